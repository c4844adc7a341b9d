import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/components/article/define.js';
import { STORAGE_KEY, type PressArticle } from '../src/index.js';
import { resetPreferences } from './helpers.js';

describe('press-article', () => {
  beforeEach(resetPreferences);

  it('gives its content article semantics', async () => {
    const el = await fixture<PressArticle>(html`<press-article><p>Text</p></press-article>`);
    expect(el.shadowRoot!.querySelector('article')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('scales its text by font-scale', async () => {
    const el = await fixture<PressArticle>(
      html`<press-article font-scale="2"><p>Text</p></press-article>`,
    );
    const base = await fixture<PressArticle>(html`<press-article><p>Text</p></press-article>`);
    const size = (article: PressArticle) =>
      parseFloat(getComputedStyle(article.querySelector('p')!).fontSize);
    expect(size(el)).to.be.closeTo(size(base) * 2, 0.1);
  });

  it('clamps font-scale and ignores garbage', async () => {
    const el = await fixture<PressArticle>(html`<press-article font-scale="9"></press-article>`);
    expect(el.fontScale).to.equal(2);
    el.setAttribute('font-scale', 'banana');
    expect(el.fontScale).to.equal(1);
  });

  it('swaps colour tokens for each contrast level', async () => {
    const el = await fixture<PressArticle>(html`<press-article><p>Text</p></press-article>`);
    const colours = new Set<string>();
    for (const level of ['normal', 'more', 'most'] as const) {
      el.contrast = level;
      await el.updateComplete;
      colours.add(getComputedStyle(el).backgroundColor + getComputedStyle(el).color);
    }
    expect(colours.size).to.equal(3);
  });

  it('fires press-preferences-change when the portal changes a preference', async () => {
    const el = await fixture<PressArticle>(html`<press-article></press-article>`);
    setTimeout(() => (el.fontScale = 1.5));
    const event = await oneEvent(el, 'press-preferences-change');
    expect(event.detail).to.deep.equal({ fontScale: 1.5, contrast: undefined });
    expect(event.bubbles && event.composed).to.be.true;
  });

  it('starts from the saved preferences and follows later changes', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ fontScale: 1.25, contrast: 'most' }));
    const el = await fixture<PressArticle>(html`<press-article></press-article>`);
    // The store was read before this test set storage, so tell it as another tab would.
    window.dispatchEvent(
      new StorageEvent('storage', {
        key: STORAGE_KEY,
        newValue: localStorage.getItem(STORAGE_KEY),
      }),
    );
    await el.updateComplete;
    expect(el.fontScale).to.equal(1.25);
    expect(el.contrast).to.equal('most');
  });
});
