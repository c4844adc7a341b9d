import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/components/article/define.js';
import '../src/components/byline/define.js';
import '../src/components/figure/define.js';
import '../src/components/header/define.js';
import type { PressArticle, PressPreferencesChangeEvent } from '../src/index.js';
import { STORAGE_KEY } from '../src/preferences-store.js';
import { contrastPalettes } from '../src/tokens.js';
import { channels } from './a11y-toolbar-helpers.js';
import { resetPreferences, settle } from './helpers.js';

const fontSize = (el: Element) => parseFloat(getComputedStyle(el).fontSize);

describe('press-article', () => {
  beforeEach(resetPreferences);

  it('gives its content article semantics', async () => {
    const el = await fixture<PressArticle>(html`<press-article><p>Text</p></press-article>`);
    expect(el.shadowRoot!.querySelector('article')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('scales text, headings, captions and bylines by font-scale, times the reader’s root size', async () => {
    const template = (scale: number) =>
      html`<press-article font-scale=${scale}>
        <press-header headline="Tiêu đề"></press-header>
        <h2>Mục</h2>
        <p>Text</p>
        <press-figure caption="Chú thích" width="3" height="2"></press-figure>
        <press-byline author="Bích Nga"></press-byline>
      </press-article>`;
    const parts = (el: PressArticle) => [
      el.querySelector('p')!,
      el.querySelector('h2')!,
      el.querySelector('press-header')!.shadowRoot!.querySelector('[part~="headline"]')!,
      el.querySelector('press-figure')!.shadowRoot!.querySelector('[part~="caption"]')!,
      el.querySelector('press-byline')!.shadowRoot!.querySelector('[part~="authors"]')!,
    ];
    const base = parts(await fixture<PressArticle>(template(1))).map(fontSize);
    const double = parts(await fixture<PressArticle>(template(2))).map(fontSize);
    double.forEach((size, i) => expect(size).to.be.closeTo(base[i]! * 2, 0.1));
    // The reader's own default size (rem) multiplies in: nothing is fixed in px.
    const rootSize = parseFloat(getComputedStyle(document.documentElement).fontSize);
    document.documentElement.style.fontSize = `${rootSize * 1.25}px`;
    try {
      const bigger = parts(await fixture<PressArticle>(template(2))).map(fontSize);
      bigger.forEach((size, i) => expect(size).to.be.closeTo(base[i]! * 2 * 1.25, 0.2));
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('clamps font-scale and ignores garbage', async () => {
    const el = await fixture<PressArticle>(html`<press-article font-scale="9"></press-article>`);
    expect(el.fontScale).to.equal(2);
    el.setAttribute('font-scale', 'banana');
    expect(el.fontScale).to.equal(1);
  });

  it('swaps colour tokens for each contrast level, with no filter anywhere', async () => {
    const el = await fixture<PressArticle>(
      html`<press-article
        ><p>Text</p>
        <img alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="
      /></press-article>`,
    );
    const colours = new Set<string>();
    for (const level of ['normal', 'more', 'most'] as const) {
      el.contrast = level;
      await el.updateComplete;
      colours.add(getComputedStyle(el).backgroundColor + getComputedStyle(el).color);
      for (const node of [document.documentElement, document.body, el, el.querySelector('img')!]) {
        expect(getComputedStyle(node).filter, level).to.equal('none');
      }
      expect(el.querySelector('img')!.checkVisibility()).to.be.true;
    }
    expect(colours.size).to.equal(3);
  });

  it('wins over the portal’s own colours and underlines links at raised levels', async () => {
    const wrapper = await fixture(
      html`<div>
        <style>
          .portal p {
            color: #777;
            background: #eee;
          }
          .portal a {
            color: #c00;
            text-decoration: none;
          }
        </style>
        <press-article class="portal" contrast="most"
          ><p>Đọc <a href="#x">thêm</a></p></press-article
        >
      </div>`,
    );
    const el = wrapper.querySelector('press-article')!;
    await settle(wrapper);
    const p = el.querySelector('p')!;
    const link = el.querySelector('a')!;
    expect(channels(getComputedStyle(p).color)).to.deep.equal(
      channels(contrastPalettes.most['color-text']),
    );
    expect(channels(getComputedStyle(link).color)).to.deep.equal(
      channels(contrastPalettes.most['color-link']),
    );
    expect(getComputedStyle(link).textDecorationLine).to.equal('underline');
    expect(getComputedStyle(p).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    el.contrast = 'normal';
    await el.updateComplete;
    expect(getComputedStyle(link).textDecorationLine).to.equal('none');
  });

  it('fires press-preferences-change when the portal changes a preference', async () => {
    const el = await fixture<PressArticle>(html`<press-article></press-article>`);
    setTimeout(() => (el.fontScale = 1.5));
    const event = await oneEvent(el, 'press-preferences-change');
    expect(event.detail).to.deep.equal({ fontScale: 1.5, contrast: undefined, textSpacing: false });
    expect(event.bubbles && event.composed).to.be.true;
    setTimeout(() => el.setAttribute('text-spacing', ''));
    const spacing = await oneEvent<PressPreferencesChangeEvent>(el, 'press-preferences-change');
    expect(spacing.detail.textSpacing).to.be.true;
  });

  it('fires press-preferences-change when the reader changes them elsewhere', async () => {
    const el = await fixture<PressArticle>(html`<press-article></press-article>`);
    setTimeout(() => el.setPreferences({ contrast: 'more' }));
    const event = await oneEvent(el, 'press-preferences-change');
    expect(event.detail).to.deep.equal({ fontScale: 1, contrast: 'more', textSpacing: false });
  });

  it('starts from the saved preferences and follows later changes', async () => {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({ fontScale: 1.25, contrast: 'most', textSpacing: true }),
    );
    const el = await fixture<PressArticle>(html`<press-article></press-article>`);
    // The store was read before this test set storage, so tell it as another tab would.
    window.dispatchEvent(
      new StorageEvent('storage', {
        key: STORAGE_KEY,
        newValue: localStorage.getItem(STORAGE_KEY),
      }),
    );
    await el.updateComplete;
    expect(el.preferences).to.deep.equal({ fontScale: 1.25, contrast: 'most', textSpacing: true });
  });

  it('keeps what the portal wrote on one article until the reader chooses anew', async () => {
    const el = await fixture<PressArticle>(
      html`<press-article font-scale="1.5" contrast="more"></press-article>`,
    );
    expect(el.preferences).to.deep.equal({ fontScale: 1.5, contrast: 'more' });
    el.setPreferences({ fontScale: 1.75 });
    await el.updateComplete;
    expect(el.fontScale).to.equal(1.75);
  });
});
