/**
 * The reader's text size reaches text whose size the portal's editor fixed (CKEditor, TinyMCE,
 * Word): inline px, pt, keywords, `<font size>`, rem, a portal rule in px, sizes set later by
 * script. Every run scales by the reader's factor and keeps its size relative to the others; the
 * portal's markup reads the same again at 100 %, and nothing outside the article changes.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { PressArticle } from '../src/index.js';
import { preferencesStore } from '../src/preferences-store.js';
import { px, resetPreferences, settle } from './helpers.js';
import { textRuns } from './reader-measures.js';

/** What editors write: every way of fixing a size, nested as Word nests them. */
const legacyBody = html`
  <style>
    .portal-small {
      font-size: 13px;
    }
  </style>
  <h2 style="font-size:20pt;line-height:115%">Tiêu đề 20 pt</h2>
  <p style="font-size:11pt">
    <span style="font-size:11.0pt;font-family:Arial">Thân bài 11 pt</span>
  </p>
  <p>
    <span style="font-size:14px"
      >Chữ 14 px <b>đậm</b> và <i style="font-size:1.2em">1,2 em</i></span
    >
  </p>
  <p><font size="2">font size 2</font> <font size="+1">font size +1</font></p>
  <p><big>big</big> <small>small</small> <span style="font-size:x-large">x-large</span></p>
  <p>
    <span style="font-size:small">small keyword</span> <span style="font-size:1rem">1 rem</span>
  </p>
  <p><span style="font-size:90%">90 %</span> <span style="font-size:0.8em">0.8 em</span></p>
  <p class="portal-small">A portal rule in px</p>
  <p><span style="font-size: calc(10px + 0.5em)">calc</span></p>
  <table style="font-size:9pt">
    <tr>
      <td><span style="font-size:8pt">Ô bảng 8 pt</span></td>
    </tr>
  </table>
`;

/** Every run of the article's text (the toolbar's aside), with its size. */
const runs = (article: Element): Map<Element, number> =>
  new Map(textRuns(article).map((run) => [run, px(getComputedStyle(run).fontSize)]));

/** The article's light DOM as markup, to compare before and after. */
const markup = (root: Element) =>
  [...root.querySelectorAll('*')]
    .filter((el) => !el.closest('press-a11y-toolbar'))
    .map((el) => el.cloneNode(false) as Element)
    .map((el) => el.outerHTML);

async function scaleTo(article: PressArticle, fontScale: number) {
  preferencesStore.set({ fontScale });
  await settle(article);
}

describe('Text size on legacy markup', () => {
  let article: PressArticle;

  beforeEach(async () => {
    resetPreferences();
    article = await fixture<PressArticle>(
      html`<press-article lang="vi"
        ><press-a11y-toolbar></press-a11y-toolbar>${legacyBody}</press-article
      >`,
    );
    await settle(article);
  });
  afterEach(resetPreferences);

  it('scales every run by the reader’s factor, within 2 %, keeping their relative sizes', async () => {
    const before = runs(article);
    expect(before.size).to.be.at.least(15);
    for (const factor of [2, 1.5, 0.875]) {
      await scaleTo(article, factor);
      for (const [run, size] of runs(article)) {
        const ratio = size / before.get(run)!;
        expect(ratio, `${run.outerHTML.slice(0, 70)} at ${factor}`).to.be.closeTo(
          factor,
          factor * 0.02,
        );
      }
    }
    // A 20 pt heading stays bigger than 11 pt body text.
    const heading = px(getComputedStyle(article.querySelector('h2')!).fontSize);
    const body = px(getComputedStyle(article.querySelector('p span')!).fontSize);
    expect(heading / body).to.be.closeTo(20 / 11, 0.02);
  });

  it('gives the portal its markup and its sizes back at 100 %', async () => {
    const before = markup(article);
    const sizes = runs(article);
    const styles = [...article.querySelectorAll('[style]')].map((el) => el.getAttribute('style'));
    await scaleTo(article, 2);
    // The portal's style attributes are never written, at any size.
    expect(
      [...article.querySelectorAll('[style]')].map((el) => el.getAttribute('style')),
    ).to.deep.equal(styles);
    expect(markup(article)).not.to.deep.equal(before);
    await scaleTo(article, 1);
    expect(markup(article)).to.deep.equal(before);
    expect([...runs(article)]).to.deep.equal([...sizes]);
  });

  it('changes nothing outside the article', async () => {
    const outside = document.createElement('p');
    outside.setAttribute('style', 'font-size:14px');
    outside.textContent = 'The portal’s sidebar';
    article.after(outside);
    await scaleTo(article, 2);
    expect(getComputedStyle(outside).fontSize).to.equal('14px');
    expect(outside.getAttribute('style')).to.equal('font-size:14px');
    const toolbar = article.querySelector('press-a11y-toolbar')!;
    expect(toolbar.hasAttribute('style')).to.be.false;
    outside.remove();
  });

  it('scales sizes set later by script, and content added later', async () => {
    await scaleTo(article, 2);
    const span = article.querySelector<HTMLElement>('span[style*="14px"]')!;
    span.style.fontSize = '10px';
    const added = document.createElement('p');
    added.innerHTML = '<span style="font-size:12px">Thêm sau</span>';
    article.append(added);
    await settle(article);
    expect(getComputedStyle(span).fontSize).to.equal('20px');
    expect(getComputedStyle(added.firstElementChild!).fontSize).to.equal('24px');
    // Back at 100 %, the script's size is the one that holds.
    await scaleTo(article, 1);
    expect(getComputedStyle(span).fontSize).to.equal('10px');
  });

  it('applies a saved text size to legacy text from the first render', async () => {
    const natural = [...runs(article).values()];
    article.remove();
    preferencesStore.set({ fontScale: 2 });
    const saved = await fixture<PressArticle>(
      html`<press-article lang="vi"
        ><press-a11y-toolbar></press-a11y-toolbar>${legacyBody}</press-article
      >`,
    );
    await settle(saved);
    const scaled = [...runs(saved).values()];
    expect(scaled).to.have.length(natural.length);
    scaled.forEach((size, index) => expect(size / natural[index]!).to.be.closeTo(2, 0.04));
  });

  it('walks the article again only when its content changed', async () => {
    const original = window.getComputedStyle;
    let reads = 0;
    window.getComputedStyle = (...args) => (reads++, original(...args));
    try {
      await scaleTo(article, 2);
      const first = reads;
      expect(first, 'the first enlargement measures').to.be.at.least(20);
      for (const factor of [1.5, 1, 2, 1.25, 1]) await scaleTo(article, factor);
      expect(reads - first, 'later steps measure nothing').to.equal(0);
      article.querySelector('p')!.className = 'portal-small';
      await scaleTo(article, 2);
      expect(reads - first, 'a change of content is measured').to.be.at.least(20);
    } finally {
      window.getComputedStyle = original;
    }
  });
});
