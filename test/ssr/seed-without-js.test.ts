/**
 * The seed article as `press-elements/server` renders it (from dist/: run after `npm run build`),
 * opened with JavaScript off (a frame whose sandbox allows no script): everything a reader needs
 * must show. Also: styled under a strict CSP that lists cspStyleHashes(), with no script.
 */
import { expect } from '@open-wc/testing';
import seed from '../../fixtures/seed-article/article.json';
import { stringsFor } from '../../src/i18n.js';
import {
  flatTextIn,
  openFrame,
  recordProblems,
  servePages,
  stopProblems,
  TAGS,
  withoutSandboxNotices,
  type FrameWindow,
} from './pages.js';

const strings = stringsFor(seed.lang);
const captions = seed.body.filter((block) => block.type === 'figure').map((b) => b.caption);
const authors = seed.byline.authors.map((author) => author.name);

describe('the server-rendered seed article with JavaScript disabled', () => {
  let frame: HTMLIFrameElement;
  let win: FrameWindow;
  let doc: Document;

  before(async () => {
    await servePages('seed', 'seed');
    ({ frame, win, doc } = await openFrame('/ssr-pages/seed/ssr.html', { scripts: false }));
  });

  after(() => frame.remove());

  it('runs no script: nothing is registered', () => {
    // The page's module would define them all: the frame loaded it, and ran none of it.
    expect(doc.querySelector('script[type="module"]')).to.exist;
    expect(TAGS.filter((name) => win.customElements.get(name))).to.deep.equal([]);
  });

  it('shows the headline in one visible h1, the kicker and the lead', () => {
    const h1s = doc.querySelectorAll('h1');
    const box = h1s[0]?.getBoundingClientRect();
    expect(h1s.length).to.equal(1);
    expect(h1s[0]?.textContent).to.equal(seed.headline);
    expect(h1s[0]?.checkVisibility() && box!.height > 0, 'the headline takes up space').to.be.true;
    const header = flatTextIn(doc, 'press-header');
    expect(header, 'kicker').to.include(seed.section.at(-1));
    expect(header, 'headline').to.include(seed.headline);
    expect(header, 'lead').to.include(seed.lead);
  });

  it('shows each photo in its reserved box, with its caption and credit', () => {
    const figures = [...doc.querySelectorAll('press-figure')].map((figure) => {
      const media = figure.shadowRoot?.querySelector('[part="media"]')?.getBoundingClientRect();
      return { ratio: media ? media.width / media.height : 0, index: figure.id };
    });
    expect(figures.length).to.equal(captions.length);
    for (const figure of figures)
      expect(Math.abs(figure.ratio - 1.5), 'a 3:2 box').to.be.below(0.01);
    for (const [index, caption] of captions.entries()) {
      const text = flatTextIn(doc, `press-figure:nth-of-type(${index + 1})`);
      expect(text, `caption ${index + 1}`).to.include(caption);
      expect(text, `credit ${index + 1}`).to.include(`${strings.creditPrefix} ${seed.publisher}`);
    }
  });

  it('shows the byline and the toolbar in the article’s language', () => {
    expect(flatTextIn(doc, 'press-byline')).to.equal(authors.join(', '));
    const toolbar = flatTextIn(doc, 'press-a11y-toolbar');
    for (const label of [...seed.toolbar.font_size, ...seed.toolbar.contrast])
      expect(toolbar, `toolbar label ${label}`).to.include(label);
  });
});

describe('the server-rendered seed article under a strict CSP, without JavaScript', () => {
  it('is styled under a strict CSP that lists cspStyleHashes()', async () => {
    await servePages('seed', 'seed');
    await recordProblems();
    const { frame, win, doc } = await openFrame('/ssr-pages/seed/ssr-csp-hashes.html', {
      scripts: false,
    });
    const policy = doc.querySelector('meta[http-equiv="Content-Security-Policy"]');
    const toolbar = doc.querySelector('press-a11y-toolbar')!.shadowRoot!;
    const media = doc.querySelector('press-figure')!.shadowRoot!.querySelector('[part="media"]')!;
    const look = {
      toolbar: win.getComputedStyle(toolbar.querySelector('[part="base"]')!).display,
      media: win.getComputedStyle(media).aspectRatio,
    };
    frame.remove();
    const problems = await stopProblems();
    // The policy is strict: styles only by hash, 'unsafe-inline' nowhere.
    expect(policy?.getAttribute('content')).to.match(/style-src 'self' 'sha256-/);
    expect(policy?.getAttribute('content')).not.to.include('unsafe-inline');
    expect(look).to.deep.equal({ toolbar: 'flex', media: '1200 / 800' });
    expect(withoutSandboxNotices(problems)).to.deep.equal([]);
  });
});
