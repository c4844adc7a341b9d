/**
 * The single-file CDN bundle, loaded by a plain HTML page in the contract's markup
 * (fixtures/seed-article/index.html), renders the seed article. Runs after `npm run build`.
 */
import { expect } from '@open-wc/testing';
import type { AxeResults } from 'axe-core';
import article from '../../fixtures/seed-article/article.json';

type FrameWindow = Window & typeof globalThis & { axe: { run(context: Document): Promise<AxeResults> } };

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

async function openPage(): Promise<FrameWindow> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 800px; border: 0';
  frame.src = '/fixtures/seed-article/index.html';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as FrameWindow;
  await win.customElements.whenDefined('press-a11y-toolbar');
  await new Promise((resolve) => setTimeout(resolve, 50));
  return win;
}

describe('the CDN bundle on a plain HTML page', () => {
  let win: FrameWindow;

  before(async () => {
    win = await openPage();
  });

  it('defines every element', () => {
    for (const tag of ['press-article', 'press-header', 'press-figure', 'press-byline', 'press-a11y-toolbar']) {
      expect(win.customElements.get(tag), tag).to.exist;
    }
  });

  it('renders the article’s text as written', () => {
    const doc = win.document;
    expect(fold(doc.querySelector('h1')!.textContent)).to.equal(article.headline);
    expect(fold(doc.querySelector('[slot="standfirst"]')!.textContent)).to.equal(article.lead);
    const paragraphs = Array.from(doc.querySelectorAll('press-article > p'), (p) => fold(p.textContent));
    const expected = article.body.flatMap((b) => ('text' in b && b.text ? [fold(b.text)] : []));
    expect(paragraphs).to.deep.equal(expected);
    const captions = Array.from(doc.querySelectorAll('press-figure'), (f) => fold(f.textContent));
    expect(captions).to.deep.equal(article.body.filter((b) => b.type === 'figure').map((b) => b.caption));
  });

  it('makes the toolbar change the text size', async () => {
    const doc = win.document;
    const paragraph = doc.querySelector('press-article > p')!;
    const before = parseFloat(win.getComputedStyle(paragraph).fontSize);
    const larger = doc
      .querySelector('press-a11y-toolbar')!
      .shadowRoot!.querySelector<HTMLElement>('[part~="button-larger"]')!;
    larger.click();
    await doc.querySelector('press-article')!.updateComplete;
    expect(parseFloat(win.getComputedStyle(paragraph).fontSize)).to.be.greaterThan(before);
    doc.querySelector('press-article')!.setPreferences({ fontScale: 1 });
  });

  it('has zero axe violations', async () => {
    const source = await (await fetch('/node_modules/axe-core/axe.min.js')).text();
    const script = win.document.createElement('script');
    script.textContent = source;
    win.document.head.append(script);
    const results = await win.axe.run(win.document);
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).to.deep.equal([]);
  });
});
