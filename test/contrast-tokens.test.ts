import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { PressArticle } from '../src/index.js';
import type { Contrast } from '../src/preferences-store.js';
import { contrastPalettes, defaultTokens, type TokenName } from '../src/tokens.js';
import { contrastRatio } from './a11y-toolbar-helpers.js';
import { resetPreferences, settle } from './helpers.js';
import { contrastOf, textHolders } from './reader-measures.js';

const levels: Record<Contrast, Record<string, string>> = {
  normal: defaultTokens,
  more: { ...defaultTokens, ...contrastPalettes.more },
  most: { ...defaultTokens, ...contrastPalettes.most },
};
/** WCAG 1.4.3 for the portal's default, 1.4.6 for the raised levels. */
const textMinimum = (level: Contrast) => (level === 'normal' ? 4.5 : 7);

const textTokens: TokenName[] = ['color-text', 'color-text-muted', 'color-link', 'color-accent'];
const uiTokens: TokenName[] = ['color-border', 'color-focus'];
const backgrounds: TokenName[] = ['color-background', 'color-surface'];

describe('contrast tokens', () => {
  for (const [level, tokens] of Object.entries(levels) as [Contrast, Record<string, string>][]) {
    it(`${level}: every text colour on every background reaches ${textMinimum(level)}:1`, () => {
      for (const text of textTokens) {
        for (const background of backgrounds) {
          const ratio = contrastRatio(tokens[text]!, tokens[background]!);
          expect(ratio, `${text} on ${background}`).to.be.at.least(textMinimum(level));
        }
      }
    });

    it(`${level}: borders and focus rings reach 3:1 on every background`, () => {
      for (const ui of uiTokens) {
        for (const background of backgrounds) {
          const ratio = contrastRatio(tokens[ui]!, tokens[background]!);
          expect(ratio, `${ui} on ${background}`).to.be.at.least(3);
        }
      }
    });
  }
});

describe('contrast in a rendered article', () => {
  beforeEach(resetPreferences);

  for (const level of ['normal', 'more', 'most'] as const) {
    it(`${level}: every text in the article and its toolbar meets its minimum`, async () => {
      const el = await fixture<PressArticle>(
        html`<press-article lang="vi" contrast=${level}>
          <press-a11y-toolbar></press-a11y-toolbar>
          <press-header kicker="Lịch sử" headline="Tiêu đề bài" standfirst="Sa pô"></press-header>
          <p>Đoạn văn với <a href="#x">một liên kết</a> và <em>nhấn mạnh</em>.</p>
          <press-figure caption="Chú thích ảnh" credit="TTXVN" width="3" height="2"></press-figure>
          <press-byline author="Bích Nga" source="VOV"></press-byline>
        </press-article>`,
      );
      await settle(el);
      const holders = textHolders(el);
      expect(holders.length).to.be.at.least(10);
      for (const holder of holders) {
        // The text over what is really behind it: every background up the flat tree, composited.
        expect(
          contrastOf(holder),
          `${holder.localName}: "${holder.textContent.trim()}"`,
        ).to.be.at.least(textMinimum(level));
      }
      await expect(el).to.be.accessible();
    });
  }
});
