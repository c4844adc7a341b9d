import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { article, seedArticle } from '../fixtures/seed-article.js';
import { images, srcsetOf } from './samples/content.js';
import { defineThemePlayground } from './support/theme-playground.js';
import {
  themeFiles,
  themeNames,
  themeTitles,
  themeTokens,
  type ThemeName,
} from './support/themes.js';

/**
 * Theming: try a portal's brand on the seed article without writing code, and compare the
 * shipped theme files. See also the Theming guide under Docs.
 */
const meta: Meta = {
  title: 'Theming',
  parameters: { layout: 'fullscreen' },
  tags: ['!autodocs'],
};
export default meta;

defineThemePlayground();

type Story = StoryObj;

/**
 * Every `--press-*` token with the value in effect. Edit any value (or pick a colour) and the
 * seed article follows at once; the contrast table checks the main pairs against WCAG 2.2 AA,
 * and the CSS box holds the theme to save. "Start from" loads a shipped theme.
 */
export const Playground: Story = {
  render: (_args, { globals }) =>
    html`<story-theme-playground theme=${(globals.theme as ThemeName) ?? 'default'}>
      ${seedArticle({ form: 'slotted', id: 'playground-article' })}
    </story-theme-playground>`,
};

/** A short piece of the seed article, enough to see every token at work. */
function excerpt(theme: ThemeName) {
  const first = article.body.find((block) => block.type === 'paragraph')?.text ?? '';
  return html`<press-article id=${`excerpt-${theme}`} lang="vi">
    <press-a11y-toolbar></press-a11y-toolbar>
    <press-header>
      <a slot="kicker" href="#section">${article.section[article.section.length - 1]}</a>
      <h2 slot="headline">${article.headline}</h2>
      <p slot="standfirst">${article.lead}</p>
    </press-header>
    <p>${first.slice(0, 280)}… <a href="#more">Xem tiếp</a></p>
    <press-figure
      src="${images}/meeting-600.png"
      srcset=${srcsetOf('meeting')}
      sizes="20rem"
      width="1200"
      height="800"
      credit="TTXVN"
      >Phòng An ninh chính trị nội bộ họp triển khai công tác bảo vệ</press-figure
    >
    <press-byline published="2017-03-02T09:15:00+07:00" time-zone="Asia/Ho_Chi_Minh">
      <a href="#bich-nga">Bích Nga</a>
    </press-byline>
  </press-article>`;
}

/** The four shipped theme files side by side on the seed article, each with its source. */
export const ThemesSideBySide: Story = {
  name: 'Themes side by side',
  render: () =>
    html`<div
      style="display: grid; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); gap: 1rem; padding: 1rem"
    >
      ${themeNames.map(
        (name) =>
          html`<section
            aria-labelledby=${`theme-${name}`}
            style=${styleMap({
              ...Object.fromEntries(themeTokens(name)),
              background: 'var(--press-color-background)',
              color: 'var(--press-color-text)',
              border: '1px solid var(--press-color-border)',
              padding: '0.5rem 0',
            })}
          >
            <h2 id=${`theme-${name}`} style="font: 700 1rem system-ui, sans-serif; margin: 0 1rem">
              ${themeTitles[name]} <code>themes/${name}.css</code>
            </h2>
            ${excerpt(name)}
            <details style="margin: 0 1rem; font: 0.8125rem/1.4 ui-monospace, monospace">
              <summary>Source of themes/${name}.css</summary>
              <pre style="white-space: pre-wrap">${themeFiles[name]}</pre>
            </details>
          </section>`,
      )}
    </div>`,
};
