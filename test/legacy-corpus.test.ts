/**
 * Real editor output nobody here wrote (test/legacy/corpus: Gutenberg, TinyMCE, Lexical, Tiptap,
 * Quill, pandoc, Readability pages, and bodies written as Vietnamese portals' editors write them),
 * each wrapped in `<press-article>` with the toolbar in a document 320 CSS px wide, measured as a
 * reader would: every text run at 200 % (twice its size, within 2 %), the page's width at 200 %,
 * 7:1 against what is behind each run at both raised levels, and WCAG 1.4.12 spacing. Any miss
 * fails; the figures go to .tmp/reports for docs/legacy-content.md.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { PressArticle, ReadingPreferences } from '../src/index.js';
import { frameList, narrowDocument } from './a11y-toolbar-helpers.js';
import { imagesSettled, px, resetPreferences, settle } from './helpers.js';
import { closeParagraphs, contrastOf, spacingMisses, textRuns } from './reader-measures.js';
import files from './legacy/corpus/files.json';

interface Body {
  file: string;
  source: string;
  lang: string;
  dir: string;
  legacy: string[];
}

interface Figures {
  file: string;
  runs: number;
  scaled: number;
  width: number;
  more: number;
  most: number;
  spaced: number;
  paragraphsClose: number;
}

const corpus = '/test/legacy/corpus/';
const bodies: Body[] = files;
const DEFAULTS = { fontScale: 1, contrast: undefined, textSpacing: undefined };

async function measure(frame: HTMLIFrameElement, body: Body, html: string): Promise<Figures> {
  const doc = frame.contentDocument!;
  const view = frame.contentWindow!;
  // The corpus's own relative image paths, from this page.
  const markup = html.replaceAll('../../../../fixtures/', '/fixtures/');
  doc.body.innerHTML =
    `<press-article lang="${body.lang}" dir="${body.dir}">` +
    `<press-a11y-toolbar></press-a11y-toolbar>${markup}</press-article>`;
  const article = doc.querySelector('press-article') as PressArticle;
  const set = async (change: Partial<ReadingPreferences>) => {
    article.setPreferences(change);
    await settle(article);
  };
  await settle(article);
  await imagesSettled(doc);
  const runs = textRuns(article);
  const natural = runs.map((run) => px(view.getComputedStyle(run).fontSize));

  await set({ fontScale: 2 });
  const scaled = runs.filter((run, index) => {
    const ratio = px(view.getComputedStyle(run).fontSize) / natural[index]!;
    return Math.abs(ratio - 2) <= 0.04;
  }).length;
  const width = doc.documentElement.scrollWidth;
  await set({ contrast: 'more' });
  const more = textRuns(article).filter((run) => contrastOf(run) >= 7).length;
  await set({ contrast: 'most' });
  const most = textRuns(article).filter((run) => contrastOf(run) >= 7).length;
  await set({ contrast: undefined, textSpacing: true });
  const spaced = textRuns(article).filter((run) => !spacingMisses(run).length).length;
  const paragraphsClose = closeParagraphs(article).length;
  await set(DEFAULTS);
  return { file: body.file, runs: runs.length, scaled, width, more, most, spaced, paragraphsClose };
}

describe('legacy corpus: real editor output, as a reader measures it', () => {
  const { keep, removeAll } = frameList();
  let frame: HTMLIFrameElement;
  const figures: Figures[] = [];

  before(async () => {
    resetPreferences();
    frame = keep(await narrowDocument());
  });
  after(async () => {
    removeAll();
    resetPreferences();
    await executeServerCommand('press-report', { name: 'legacy-corpus', data: figures });
  });

  after(() => {
    // Bodies of images alone hold no text: the corpus as a whole must.
    expect(figures.filter(({ runs }) => runs).length).to.be.at.least(90);
    expect(figures.reduce((sum, { runs }) => sum + runs, 0)).to.be.at.least(1000);
  });

  it('holds at least 100 bodies from at least 4 upstream projects', () => {
    expect(bodies.length).to.be.at.least(100);
    const upstream = new Set(bodies.map((body) => body.source));
    expect(upstream.size).to.be.at.least(8);
  });

  for (const body of bodies) {
    it(body.file, async () => {
      const html = await (await fetch(corpus + body.file)).text();
      const found = await measure(frame, body, html);
      figures.push(found);
      const { runs } = found;
      expect(
        found,
        'every run scales, reaches 7:1 and is spaced; the page fits 320 px',
      ).to.deep.equal({
        ...found,
        scaled: runs,
        width: Math.min(found.width, 320),
        more: runs,
        most: runs,
        spaced: runs,
        paragraphsClose: 0,
      });
    });
  }
});
