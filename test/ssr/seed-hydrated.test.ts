/**
 * The seed article as `press-elements/server` renders it (from dist/: run after `npm run build`),
 * opened with JavaScript: press-elements/hydrate, bundled from dist/ as an app would (Lit's
 * development build), must hydrate it without an error, match a client-only render of the same
 * markup, and the toolbar must work. Also: the CDN bundles, chunk orders, a strict CSP and a
 * reader's saved preferences. Pages: test/server/ssr-pages.mjs.
 */
import { expect } from '@open-wc/testing';
import seed from '../../fixtures/seed-article/article.json';
import {
  baseCounts,
  hydratedAndFresh,
  openFrame,
  openSettled,
  problems,
  realProblems,
  recordProblems,
  serverJsonLd,
  servePages,
  settleElements,
  stopProblems,
  TAGS,
  type FrameWindow,
  type Press,
} from './pages.js';

const captions = seed.body.filter((block) => block.type === 'figure').map((b) => b.caption);
const PREFERENCES = 'press-elements:preferences:v1';
let html: string;

before(async () => {
  ({ html } = await servePages('seed', 'seed'));
});

afterEach(() => localStorage.removeItem(PREFERENCES));

describe('the server-rendered seed article with JavaScript', () => {
  let frame: HTMLIFrameElement;
  let win: FrameWindow;
  let doc: Document;

  before(async () => {
    await recordProblems();
    ({ frame, win, doc } = await openSettled('/ssr-pages/seed/ssr.html'));
  });

  after(async () => {
    frame.remove();
    await stopProblems();
  });

  it('hydrates without an error or a warning', async () => {
    expect(realProblems(await problems())).to.deep.equal([]);
  });

  it('adopts the server-rendered shadow roots instead of rendering twice', () => {
    const bases = baseCounts(doc);
    expect(bases.length).to.be.at.least(TAGS.length);
    expect(bases).to.deep.equal(bases.map(() => 1));
  });

  it('keeps one NewsArticle JSON-LD, the one the server wrote, equal to what the page shows', async () => {
    const server = serverJsonLd(html);
    // Once the article's JSON-LD writer has loaded and kept it in step (or replaced it).
    await doc.querySelector<Press>('press-article')!.structuredDataComplete;
    const scripts = [...doc.querySelectorAll('script[type="application/ld+json"]')].map(
      (el) => JSON.parse(el.textContent) as ReturnType<typeof serverJsonLd>,
    );
    const headline = doc.querySelector('h1')!.textContent.replace(/\s+/g, ' ').trim();
    expect(scripts.length).to.equal(1);
    expect(server['@type']).to.equal('NewsArticle');
    expect(server.headline).to.equal(headline);
    expect(scripts[0]!.headline).to.equal(server.headline);
    expect(scripts[0]!.author.map((person) => person.name)).to.deep.equal(
      server.author.map((person) => person.name),
    );
    expect(scripts[0]!.image.map((image) => image.caption)).to.deep.equal(
      server.image.map((image) => image.caption),
    );
    expect(server.image.map((image) => image.caption)).to.deep.equal(captions);
  });

  it('ends up as a client-only render of the same markup would', async () => {
    for (const pair of await hydratedAndFresh(win))
      expect(pair.hydrated, pair.tag).to.deep.equal(pair.fresh);
  });

  it('has a working toolbar: A+ enlarges the article’s text and announces it', async () => {
    const article = doc.querySelector<Press>('press-article')!;
    const toolbar = doc.querySelector<Press>('press-a11y-toolbar')!;
    const paragraph = article.querySelector(':scope > p')!;
    const size = () => parseFloat(win.getComputedStyle(paragraph).fontSize);
    const before = size();
    const changed = new Promise<{ fontScale: number }>((done) =>
      article.addEventListener('press-preferences-change', (event) => done(event.detail), {
        once: true,
      }),
    );
    toolbar.shadowRoot!.querySelector<HTMLElement>('[part~="button-larger"]')!.click();
    const detail = await changed;
    await article.updateComplete;
    await toolbar.updateComplete;
    const status = toolbar.shadowRoot!.querySelector('[part="status"]')!.textContent.trim();
    const percent = new Intl.NumberFormat(article.lang, {
      style: 'percent',
      maximumFractionDigits: 1,
    }).format(detail.fontScale);
    expect(detail.fontScale, 'a larger scale').to.be.above(1);
    expect(Math.abs(size() / before - detail.fontScale), 'the text grew by it').to.be.below(0.01);
    expect(status, 'announced').to.include(percent);
    expect(realProblems(await problems())).to.deep.equal([]);
  });
});

describe('the server-rendered seed article, hydrated as a client-only page would be', () => {
  it('connects each element once when hydrating, as a client-only page does', async () => {
    // Counts what the elements start watching (the probe): a double connection would watch twice.
    const observed = async (path: string) => {
      const { frame, win, doc } = await openSettled(`${path}?probe`);
      // The JSON-LD writer is a chunk of its own, loaded on connection: it watches the article.
      await doc.querySelector<Press>('press-article')!.structuredDataComplete;
      const count = win.observeCalls!;
      frame.remove();
      return count;
    };
    const clientOnly = await observed('/ssr-pages/seed/client.html');
    expect(clientOnly).to.be.above(0);
    expect(await observed('/ssr-pages/seed/ssr.html')).to.equal(clientOnly);
  });

  it('hydrates whatever order the chunks run in: Lit evaluated first keeps every server node', async () => {
    const kept = async (path: string) => {
      await recordProblems();
      const { frame, win, doc } = await openSettled(path);
      const serverNodes = win.serverNodes!;
      const nodes = {
        count: serverNodes.length,
        kept: serverNodes.filter((node) => node?.isConnected).length,
        // Rendered twice: a second base part beside the server's.
        doubled: [...doc.querySelectorAll('press-header, press-figure, press-byline')].filter(
          (el) => el.shadowRoot!.querySelectorAll('[part~="base"]').length !== 1,
        ).length,
      };
      frame.remove();
      return { ...nodes, problems: realProblems(await stopProblems()) };
    };
    const inOrder = await kept('/ssr-pages/seed/ssr-kept.html');
    expect(inOrder.count).to.be.at.least(4);
    expect(inOrder).to.deep.equal({ ...inOrder, kept: inOrder.count, doubled: 0, problems: [] });
    const litFirst = await kept('/ssr-pages/seed/ssr-lit-first.html');
    expect(litFirst).to.deep.equal({ ...litFirst, kept: litFirst.count, doubled: 0, problems: [] });
    // The control: the CDN bundle does not hydrate, and renders every base part anew.
    expect((await kept('/ssr-pages/seed/ssr-cdn.html')).kept).to.equal(0);
  });

  it('says once, clearly, when hydration comes after the elements were registered', async () => {
    await recordProblems();
    const { frame } = await openSettled('/ssr-pages/seed/ssr-hydrate-late.html');
    frame.remove();
    const list = await stopProblems();
    const late = list.filter((text) => text.includes('press-elements/hydrate alone, first'));
    expect(late.length, list.join('\n')).to.equal(1);
  });

  it('re-renders cleanly under the CDN bundle, which does not hydrate', async () => {
    await recordProblems();
    const { frame, win, doc } = await openSettled('/ssr-pages/seed/ssr-cdn.html');
    const bases = baseCounts(doc);
    const pairs = await hydratedAndFresh(win);
    frame.remove();
    const list = await stopProblems();
    expect(bases, 'one rendering per element').to.deep.equal(bases.map(() => 1));
    for (const pair of pairs) expect(pair.hydrated, pair.tag).to.deep.equal(pair.fresh);
    expect(realProblems(list)).to.deep.equal([]);
  });

  it('is styled after hydration under a strict CSP, as a client-only page is', async () => {
    // Every element's shadow styles, read off computed values the styles set; the probe keeps
    // the policy's violations.
    const styled = async (path: string) => {
      await recordProblems();
      const { frame, win, doc } = await openSettled(`${path}?probe`);
      const values = [...doc.querySelectorAll(TAGS.join(','))].map((el) => {
        const base = win.getComputedStyle(el.shadowRoot!.querySelector('[part~="base"]') ?? el);
        const media = el.shadowRoot!.querySelector('[part="media"]');
        return [
          el.localName,
          base.display,
          base.fontSize,
          base.maxInlineSize,
          base.gap,
          base.getPropertyValue('--press-font-scale'),
          media ? win.getComputedStyle(media).aspectRatio : '',
        ].join(' ');
      });
      const violations = win.violations!;
      frame.remove();
      return { values, violations, problems: await stopProblems() };
    };
    const client = await styled('/ssr-pages/seed/client-csp.html');
    expect(client.values.length).to.be.at.least(TAGS.length);
    expect(realProblems(client.problems)).to.deep.equal([]);
    // The server's inline <style>s are refused, as the policy says; nothing else goes wrong.
    // (Chromium's words, then Firefox's.)
    const refused =
      /inline style violates the following Content Security Policy|blocked an inline style \(style-src-(elem|attr)\) from being applied/;
    for (const path of [
      '/ssr-pages/seed/ssr-csp.html',
      '/ssr-pages/seed/ssr-cdn-hydrate-csp.html',
    ]) {
      const hydrated = await styled(path);
      expect(hydrated.values, path).to.deep.equal(client.values);
      expect(
        hydrated.violations.some(
          (violation) => violation.blocked === 'inline' && /^style-src/.test(violation.directive),
        ),
        `the policy was in force (${path})`,
      ).to.be.true;
      expect(
        realProblems(hydrated.problems.filter((text) => !refused.test(text))),
        path,
      ).to.deep.equal([]);
    }
  });
});

describe('the server-rendered seed article for a reader with saved preferences', () => {
  it('applies them to the hydrated article and toolbar', async () => {
    const saved = { fontScale: 1.25, contrast: 'more' };
    localStorage.setItem(PREFERENCES, JSON.stringify(saved));
    await recordProblems();
    const { frame, win, doc } = await openFrame('/ssr-pages/seed/ssr.html');
    await win.customElements.whenDefined('press-a11y-toolbar');
    const article = doc.querySelector<Press>('press-article')!;
    const toolbar = doc.querySelector<Press>('press-a11y-toolbar')!;
    for (let round = 0; round < 3; round++)
      await Promise.all([article.updateComplete, toolbar.updateComplete]);
    const base = article.shadowRoot!.querySelector('[part="base"]')!;
    const state = {
      fontScale: article.fontScale,
      contrast: article.getAttribute('contrast'),
      scaleVar: win.getComputedStyle(base).getPropertyValue('--press-font-scale').trim(),
      readout: toolbar.shadowRoot!.querySelector('[part="size"]')!.textContent.trim(),
      percent: new Intl.NumberFormat(article.lang, { style: 'percent' }).format(article.fontScale!),
    };
    frame.remove();
    const list = await stopProblems();
    expect(state.fontScale).to.equal(saved.fontScale);
    expect(state.contrast).to.equal(saved.contrast);
    expect(Number(state.scaleVar)).to.equal(saved.fontScale);
    expect(state.readout).to.equal(state.percent);
    expect(realProblems(list)).to.deep.equal([]);
  });

  it('fires no press-preferences-change while loading, as a client-only page does not', async () => {
    // The probe keeps every change's detail from before the first module.
    const changes = async (path: string) => {
      localStorage.setItem(PREFERENCES, JSON.stringify({ fontScale: 1.25, contrast: 'more' }));
      const { frame, win, doc } = await openFrame(`${path}?probe`);
      await settleElements(win);
      // A change made now is still reported.
      const article = doc.querySelector<Press>('press-article')!;
      article.setPreferences!({ fontScale: 1.5 });
      await article.updateComplete;
      const fired = [...win.changes!];
      frame.remove();
      return fired;
    };
    const clientOnly = await changes('/ssr-pages/seed/client.html');
    expect(clientOnly.map((detail) => detail.fontScale)).to.deep.equal([1.5]);
    expect(await changes('/ssr-pages/seed/ssr.html')).to.deep.equal(clientOnly);
  });
});
