/**
 * Server rendering, end to end (run after `npm run build`): the seed article rendered by
 * `press-elements/server`, opened in Chromium without JavaScript (everything a reader needs must
 * show), then with JavaScript (it must hydrate without an error, match a client-only render, and
 * the toolbar must work).
 */
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import resolve from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
// Only to write our own manifest's tag names into templates; no content goes through it.
// eslint-disable-next-line no-restricted-imports
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { cspStyleHashes, renderArticle, renderToString } from '../dist/server/render-article.js';
import { formatDateTime } from '../dist/date-format.js';
import { stringsFor } from '../dist/i18n.js';
import { flatTextIn, launch, recordProblems } from './support/chromium.mjs';
import { readSeed, seedArticleData } from './support/seed-article.mjs';
import { serve } from './support/static-server.mjs';

const seed = await readSeed();
const strings = stringsFor(seed.lang);
const captions = seed.body.filter((block) => block.type === 'figure').map((b) => b.caption);
const authors = seed.byline.authors.map((author) => author.name);
const tags = [
  'press-article',
  'press-a11y-toolbar',
  'press-header',
  'press-figure',
  'press-byline',
];

/** Waits in `tab` until every press element is defined and settled (three rounds of updates). */
function settleElements(tab) {
  return tab.evaluate(async (names) => {
    await Promise.all(names.map((name) => customElements.whenDefined(name)));
    for (let round = 0; round < 3; round++)
      await Promise.all(
        [...document.querySelectorAll(names.join(','))].map((el) => el.updateComplete),
      );
  }, tags);
}

/** A new tab of `browser` at `url`, every press element settled, and the problems it reports. */
async function openSettled(browser, url) {
  const tab = await browser.newPage();
  const problems = recordProblems(tab);
  await tab.goto(url, { waitUntil: 'load' });
  await settleElements(tab);
  return { tab, problems };
}

/** The browser side: Lit's hydration support and the elements, bundled from dist/ as an app would. */
async function bundleHydration() {
  await mkdir('.tmp/ssr-check', { recursive: true });
  // Lit's development build: it reports hydration problems most loudly.
  const bundle = await rollup({
    input: 'dist/hydrate.js',
    plugins: [resolve({ exportConditions: ['development'] })],
  });
  await bundle.write({ dir: '.tmp/ssr-check', entryFileNames: 'hydrate.js', format: 'es' });
  await bundle.close();
  // As a bundler's shared chunk may order it: Lit evaluated before press-elements/hydrate.
  await writeFile(
    '.tmp/ssr-check/lit-first-entry.js',
    "import 'lit';\nimport '../../dist/hydrate.js';\n",
  );
  const litFirst = await rollup({
    input: '.tmp/ssr-check/lit-first-entry.js',
    plugins: [resolve({ exportConditions: ['development'] })],
  });
  await litFirst.write({ dir: '.tmp/ssr-check', entryFileNames: 'lit-first.js', format: 'es' });
  await litFirst.close();
}

/**
 * Runs while the page is parsed, before any module: keeps each element's server-rendered base
 * part, so that a spec can tell hydration (the same nodes) from rendering anew (new ones).
 */
const KEEP_SERVER_NODES = `<script>window.serverNodes = [...document.querySelectorAll('press-header, press-figure, press-byline')].map((el) => el.shadowRoot.querySelector('[part~="base"]'));</script>`;

function page(body, script = '/.tmp/ssr-check/hydrate.js', head = '') {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />${head}
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${seed.headline}</title>
    <link rel="stylesheet" href="/themes/default.css" />
    <link rel="icon" href="data:," />
  </head>
  <body>
    ${body}
    <script type="module" src="${script}"></script>
  </body>
</html>`;
}

const csp = `
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; img-src 'self' data:" />`;

async function hashedCsp(html) {
  const { styles, attributes } = await cspStyleHashes(html);
  const styleSrc = [
    "'self'",
    ...styles,
    ...(attributes.length ? ["'unsafe-hashes'", ...attributes] : []),
  ];
  return `
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; img-src 'self' data:; style-src ${styleSrc.join(' ')}" />`;
}

/**
 * In the page: each press element of the (hydrated) article beside a fresh twin rendered in the
 * browser alone from the same light DOM: what a reader meets in it (flat text, slotted content in
 * place) and the ARIA, style and tabindex attributes of its shadow root.
 */
function hydratedAndFresh(tab) {
  return tab.evaluate(async (names) => {
    const flat = (node) => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent;
      if (!(node instanceof Element) || node instanceof HTMLStyleElement) return '';
      if (node.hidden) return '';
      if (node instanceof HTMLSlotElement) {
        const assigned = node.assignedNodes();
        return (assigned.length ? assigned : [...node.childNodes]).map(flat).join('');
      }
      return [...(node.shadowRoot ?? node).childNodes].map(flat).join('');
    };
    const summary = (el) => {
      const attributes = [...el.shadowRoot.querySelectorAll('*')].flatMap((node) =>
        [...node.attributes]
          .filter((a) => /^(aria-|style$|tabindex$)/.test(a.name))
          .map((a) => `${node.localName}[${a.name}=${a.value.replace(/\s+/g, '')}]`),
      );
      const text = flat(el).replace(/\s+/g, ' ').trim();
      // Several authors are joined by manual slot assignment in a client-only byline, which a
      // declarative shadow root cannot express; the server's light DOM carries the separators
      // instead, so the byline's attributes differ by design while what it says does not.
      return el.localName === 'press-byline' ? [text] : [text, ...attributes];
    };
    const hydrated = document.querySelector('press-article');
    const fresh = document.createElement('div');
    fresh.innerHTML = hydrated.outerHTML.replace(/ id="[^"]*"/, ' id="fresh"');
    document.body.append(fresh);
    const list = (root) => [root, ...root.querySelectorAll(names.join(','))];
    const twins = list(fresh.firstElementChild);
    for (let round = 0; round < 3; round++) await Promise.all(twins.map((el) => el.updateComplete));
    const pairs = list(hydrated).map((el, i) => ({
      tag: el.localName,
      hydrated: summary(el),
      fresh: summary(twins[i]),
    }));
    fresh.remove();
    return pairs;
  }, tags);
}

/**
 * Lit's notice that it runs in development mode, and the library's own advice on the content (the
 * seed's photos have no alt text), are expected here; nothing else is.
 */
const realProblems = (problems) =>
  problems.filter(
    (text) => !text.includes('Lit is in dev mode') && !text.startsWith('warn: press-elements: '),
  );

describe('server rendering of the seed article', () => {
  let server;
  let browser;
  let html;

  before(async () => {
    html = await renderArticle(seedArticleData(seed));
    await bundleHydration();
    // The same markup without its declarative shadow roots: what a client-only page would get.
    const clientOnly = html.replace(/<template shadowroot="open"[^>]*>[\s\S]*?<\/template>/g, '');
    server = await serve('.', {
      pages: {
        '/ssr.html': page(html),
        '/client.html': page(clientOnly),
        // A portal that server-renders but loads the CDN bundle, with no hydration support.
        '/ssr-cdn.html': page(html + KEEP_SERVER_NODES, '/cdn/press-elements.min.js'),
        // Lit evaluated before press-elements/hydrate, as a bundler's shared chunk may order it.
        '/ssr-lit-first.html': page(html + KEEP_SERVER_NODES, '/.tmp/ssr-check/lit-first.js'),
        '/ssr-kept.html': page(html + KEEP_SERVER_NODES),
        // The CDN bundle registered the elements first, then press-elements/hydrate came.
        '/ssr-hydrate-late.html': page(
          html,
          undefined,
          '<script type="module" src="/cdn/press-elements.min.js"></script>',
        ),
        // The same pages under a strict Content-Security-Policy: no inline style or script.
        '/ssr-csp.html': page(html, undefined, csp),
        // The CDN folder's hydrate entry (no bundler), its chunks under the same policy.
        '/ssr-cdn-hydrate-csp.html': page(html, '/cdn/press-elements.hydrate.min.js', csp),
        '/client-csp.html': page(clientOnly, undefined, csp),
        // Strict, but allowing exactly the server's styles by hash, for readers without JavaScript.
        '/ssr-csp-hashes.html': page(html, undefined, await hashedCsp(html)),
      },
    });
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('renders every element of the manifest on its own, with no DOM to lean on', async () => {
    const manifest = JSON.parse(await readFile('custom-elements.json', 'utf8'));
    const all = manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .map((declaration) => declaration.tagName)
      .filter(Boolean);
    assert.ok(tags.every((tag) => all.includes(tag)));
    for (const tag of all) {
      const name = unsafeStatic(tag);
      const out = await renderToString(staticHtml`<${name} lang="vi"></${name}>`);
      assert.match(out, new RegExp(`^<!--lit-part [^>]+--><${tag}[^>]*><template shadowroot`));
    }
  });

  it('reads no clock while rendering (Next’s prerendering fails on Date.now())', async () => {
    const now = Date.now;
    const reads = [];
    Date.now = () => {
      reads.push(new Error().stack.split('\n')[2]?.trim());
      return now();
    };
    try {
      await renderArticle(seedArticleData(seed));
      await renderToString(
        staticHtml`<press-byline lang="vi" published="2017-03-02T08:00:00+07:00"
          modified="2017-03-03T09:30:00+07:00" relative>Bích Nga</press-byline>`,
      );
    } finally {
      Date.now = now;
    }
    assert.deepEqual(reads, []);
  });

  it('takes Lit templates as body blocks, escapes text and drops unsafe author links', async () => {
    const out = await renderArticle({
      lang: 'en',
      headline: '<img src=x onerror=alert(1)>',
      body: [
        staticHtml`<h2>Inline <em>markup</em></h2>`,
        { type: 'paragraph', text: '<b>not bold</b>' },
      ],
      authors: [
        { name: 'A', url: 'javascript:alert(1)' },
        { name: 'B', url: '/authors/b' },
      ],
      toolbar: false,
    });
    assert.match(out, /<h2>Inline <em>markup<\/em><\/h2>/);
    assert.ok(out.includes('&lt;b&gt;not bold&lt;/b&gt;'));
    assert.ok(out.includes('&lt;img src=x onerror=alert(1)&gt;'));
    assert.ok(!out.includes('javascript:'));
    assert.ok(out.includes('href="/authors/b"'));
    assert.ok(!out.includes('<press-a11y-toolbar'));
  });

  it('renders every element to declarative shadow DOM', () => {
    for (const tag of tags) {
      const opening = new RegExp(
        `<${tag}\\b[^>]*>\\s*<template shadowroot="open" shadowrootmode="open"`,
      );
      assert.match(html, opening, `${tag} has a declarative shadow root`);
    }
  });

  describe('with JavaScript disabled', () => {
    let tab;

    before(async () => {
      tab = await browser.newPage();
      await tab.setJavaScriptEnabled(false);
      await tab.goto(`${server.url}/ssr.html`, { waitUntil: 'load' });
    });

    after(() => tab.close());

    it('runs no script: nothing is registered', async () => {
      const defined = await tab.evaluate(
        (names) => names.filter((name) => customElements.get(name)),
        tags,
      );
      assert.deepEqual(defined, []);
    });

    it('shows the headline in one visible h1, the kicker and the lead', async () => {
      const headline = await tab.evaluate(() => {
        const h1s = document.querySelectorAll('h1');
        const box = h1s[0]?.getBoundingClientRect();
        return {
          count: h1s.length,
          text: h1s[0]?.textContent,
          visible: h1s[0]?.checkVisibility(),
          height: box?.height,
        };
      });
      assert.equal(headline.count, 1);
      assert.equal(headline.text, seed.headline);
      assert.ok(headline.visible && headline.height > 0, 'the headline takes up space');
      const header = await flatTextIn(tab, 'press-header');
      assert.ok(header.includes(seed.section.at(-1)), 'kicker');
      assert.ok(header.includes(seed.headline), 'headline');
      assert.ok(header.includes(seed.lead), 'lead');
    });

    it('shows each photo in its reserved box, with its caption and credit', async () => {
      const figures = await tab.evaluate(() =>
        [...document.querySelectorAll('press-figure')].map((figure) => {
          const media = figure.shadowRoot?.querySelector('[part="media"]')?.getBoundingClientRect();
          return { ratio: media ? media.width / media.height : 0, index: figure.id };
        }),
      );
      assert.equal(figures.length, captions.length);
      for (const figure of figures) assert.ok(Math.abs(figure.ratio - 1.5) < 0.01, 'a 3:2 box');
      for (const [index, caption] of captions.entries()) {
        const text = await flatTextIn(tab, `press-figure:nth-of-type(${index + 1})`);
        assert.ok(text.includes(caption), `caption ${index + 1}: ${text}`);
        assert.ok(
          text.includes(`${strings.creditPrefix} ${seed.publisher}`),
          `credit ${index + 1}: ${text}`,
        );
      }
    });

    it('shows the byline and the toolbar in the article’s language', async () => {
      assert.equal(await flatTextIn(tab, 'press-byline'), authors.join(', '));
      const toolbar = await flatTextIn(tab, 'press-a11y-toolbar');
      for (const label of [...seed.toolbar.font_size, ...seed.toolbar.contrast])
        assert.ok(toolbar.includes(label), `toolbar label ${label}: ${toolbar}`);
    });
  });

  describe('with JavaScript', () => {
    let tab;
    let problems;

    before(async () => {
      ({ tab, problems } = await openSettled(browser, `${server.url}/ssr.html`));
    });

    after(() => tab.close());

    it('hydrates without an error or a warning', () => {
      assert.deepEqual(realProblems(problems), []);
    });

    it('adopts the server-rendered shadow roots instead of rendering twice', async () => {
      const bases = await tab.evaluate(
        (names) =>
          [...document.querySelectorAll(names.join(','))].map(
            (el) => el.shadowRoot.querySelectorAll('[part="base"]').length,
          ),
        tags,
      );
      assert.ok(bases.length >= tags.length);
      assert.deepEqual(
        bases,
        bases.map(() => 1),
      );
    });

    it('keeps one NewsArticle JSON-LD, the one the server wrote, equal to what the page shows', async () => {
      const server = JSON.parse(
        /<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/.exec(html)[1],
      );
      // Once the article's JSON-LD writer has loaded and kept it in step (or replaced it).
      await tab.evaluate(() => document.querySelector('press-article').structuredDataComplete);
      const { scripts, headline } = await tab.evaluate(() => ({
        scripts: [...document.querySelectorAll('script[type="application/ld+json"]')].map((el) =>
          JSON.parse(el.textContent),
        ),
        headline: document.querySelector('h1').textContent.replace(/\s+/g, ' ').trim(),
      }));
      assert.equal(scripts.length, 1);
      assert.equal(server['@type'], 'NewsArticle');
      assert.equal(server.headline, headline);
      assert.equal(scripts[0].headline, server.headline);
      assert.deepEqual(
        scripts[0].author.map((person) => person.name),
        server.author.map((person) => person.name),
      );
      assert.deepEqual(
        scripts[0].image.map((image) => image.caption),
        server.image.map((image) => image.caption),
      );
      assert.deepEqual(
        server.image.map((image) => image.caption),
        captions,
      );
    });

    it('ends up as a client-only render of the same markup would', async () => {
      for (const pair of await hydratedAndFresh(tab))
        assert.deepEqual(pair.hydrated, pair.fresh, pair.tag);
    });

    it('has a working toolbar: A+ enlarges the article’s text and announces it', async () => {
      const result = await tab.evaluate(async () => {
        const article = document.querySelector('press-article');
        const toolbar = document.querySelector('press-a11y-toolbar');
        const paragraph = article.querySelector(':scope > p');
        const size = () => parseFloat(getComputedStyle(paragraph).fontSize);
        const before = size();
        const changed = new Promise((done) =>
          article.addEventListener('press-preferences-change', (event) => done(event.detail), {
            once: true,
          }),
        );
        toolbar.shadowRoot.querySelector('[part~="button-larger"]').click();
        const detail = await changed;
        await article.updateComplete;
        await toolbar.updateComplete;
        const status = toolbar.shadowRoot.querySelector('[part="status"]').textContent.trim();
        const percent = new Intl.NumberFormat(document.querySelector('press-article').lang, {
          style: 'percent',
          maximumFractionDigits: 1,
        }).format(detail.fontScale);
        return { detail, ratio: size() / before, status, percent };
      });
      assert.ok(result.detail.fontScale > 1, 'a larger scale');
      assert.ok(Math.abs(result.ratio - result.detail.fontScale) < 0.01, 'the text grew by it');
      assert.ok(result.status.includes(result.percent), `announced: ${result.status}`);
      assert.deepEqual(realProblems(problems), []);
    });
  });

  it('connects each element once when hydrating, as a client-only page does', async () => {
    const observed = async (path) => {
      const tab = await browser.newPage();
      // Counts what the elements start watching: a double connection would watch twice.
      await tab.evaluateOnNewDocument(() => {
        window.observeCalls = 0;
        const observe = MutationObserver.prototype.observe;
        MutationObserver.prototype.observe = function (...args) {
          window.observeCalls++;
          return observe.apply(this, args);
        };
      });
      await tab.goto(`${server.url}${path}`, { waitUntil: 'load' });
      await settleElements(tab);
      const count = await tab.evaluate(() => window.observeCalls);
      await tab.close();
      return count;
    };
    const clientOnly = await observed('/client.html');
    assert.ok(clientOnly > 0);
    assert.equal(await observed('/ssr.html'), clientOnly);
  });

  it('hydrates whatever order the chunks run in: Lit evaluated first keeps every server node', async () => {
    const kept = async (path) => {
      const { tab, problems } = await openSettled(browser, `${server.url}${path}`);
      const nodes = await tab.evaluate(() => ({
        count: window.serverNodes.length,
        kept: window.serverNodes.filter((node) => node?.isConnected).length,
        // Rendered twice: a second base part beside the server's.
        doubled: [...document.querySelectorAll('press-header, press-figure, press-byline')].filter(
          (el) => el.shadowRoot.querySelectorAll('[part~="base"]').length !== 1,
        ).length,
      }));
      await tab.close();
      return { ...nodes, problems: realProblems(problems) };
    };
    const inOrder = await kept('/ssr-kept.html');
    assert.ok(inOrder.count >= 4);
    assert.deepEqual(inOrder, { ...inOrder, kept: inOrder.count, doubled: 0, problems: [] });
    const litFirst = await kept('/ssr-lit-first.html');
    assert.deepEqual(litFirst, { ...litFirst, kept: litFirst.count, doubled: 0, problems: [] });
    // The control: the CDN bundle does not hydrate, and renders every base part anew.
    assert.equal((await kept('/ssr-cdn.html')).kept, 0);
  });

  it('says once, clearly, when hydration comes after the elements were registered', async () => {
    const { tab, problems } = await openSettled(browser, `${server.url}/ssr-hydrate-late.html`);
    await tab.close();
    const late = problems.filter((text) => text.includes('press-elements/hydrate alone, first'));
    assert.equal(late.length, 1, problems.join('\n'));
  });

  it('re-renders cleanly under the CDN bundle, which does not hydrate', async () => {
    const { tab, problems } = await openSettled(browser, `${server.url}/ssr-cdn.html`);
    const bases = await tab.evaluate(
      (names) =>
        [...document.querySelectorAll(names.join(','))].map(
          (el) => el.shadowRoot.querySelectorAll('[part="base"]').length,
        ),
      tags,
    );
    const pairs = await hydratedAndFresh(tab);
    await tab.close();
    assert.deepEqual(
      bases,
      bases.map(() => 1),
      'one rendering per element',
    );
    for (const pair of pairs) assert.deepEqual(pair.hydrated, pair.fresh, pair.tag);
    assert.deepEqual(realProblems(problems), []);
  });

  it('is styled after hydration under a strict CSP, as a client-only page is', async () => {
    // Every element's shadow styles, read off computed values the styles set.
    const styled = async (path) => {
      const { tab, problems } = await openSettled(browser, `${server.url}${path}`);
      const values = await tab.evaluate(async (names) => {
        return [...document.querySelectorAll(names.join(','))].map((el) => {
          const base = getComputedStyle(el.shadowRoot.querySelector('[part~="base"]') ?? el);
          const media = el.shadowRoot.querySelector('[part="media"]');
          return [
            el.localName,
            base.display,
            base.fontSize,
            base.maxInlineSize,
            base.gap,
            base.getPropertyValue('--press-font-scale'),
            media ? getComputedStyle(media).aspectRatio : '',
          ].join(' ');
        });
      }, tags);
      await tab.close();
      return { values, problems };
    };
    const client = await styled('/client-csp.html');
    assert.deepEqual(realProblems(client.problems), []);
    // The server's inline <style>s are refused, as the policy says; nothing else goes wrong.
    const refused = /inline style violates the following Content Security Policy/;
    for (const path of ['/ssr-csp.html', '/ssr-cdn-hydrate-csp.html']) {
      const hydrated = await styled(path);
      assert.deepEqual(hydrated.values, client.values, path);
      assert.ok(
        hydrated.problems.some((text) => refused.test(text)),
        `the policy was in force (${path})`,
      );
      assert.deepEqual(
        realProblems(hydrated.problems.filter((text) => !refused.test(text))),
        [],
        path,
      );
    }
  });

  it('is styled without JavaScript under a strict CSP that lists cspStyleHashes()', async () => {
    const tab = await browser.newPage();
    const problems = recordProblems(tab);
    await tab.setJavaScriptEnabled(false);
    await tab.goto(`${server.url}/ssr-csp-hashes.html`, { waitUntil: 'load' });
    const look = await tab.evaluate(() => {
      const toolbar = document.querySelector('press-a11y-toolbar').shadowRoot;
      const media = document
        .querySelector('press-figure')
        .shadowRoot.querySelector('[part="media"]');
      return {
        toolbar: getComputedStyle(toolbar.querySelector('[part="base"]')).display,
        media: getComputedStyle(media).aspectRatio,
      };
    });
    await tab.close();
    assert.deepEqual(look, { toolbar: 'flex', media: '1200 / 800' });
    assert.deepEqual(problems, []);
  });

  describe('for a reader with saved preferences', () => {
    it('applies them to the hydrated article and toolbar', async () => {
      const tab = await browser.newPage();
      const problems = recordProblems(tab);
      const saved = { fontScale: 1.25, contrast: 'more' };
      await tab.evaluateOnNewDocument((value) => {
        localStorage.setItem('press-elements:preferences:v1', value);
      }, JSON.stringify(saved));
      await tab.goto(`${server.url}/ssr.html`, { waitUntil: 'load' });
      const state = await tab.evaluate(async () => {
        await customElements.whenDefined('press-a11y-toolbar');
        const article = document.querySelector('press-article');
        const toolbar = document.querySelector('press-a11y-toolbar');
        for (let round = 0; round < 3; round++)
          await Promise.all([article.updateComplete, toolbar.updateComplete]);
        const base = article.shadowRoot.querySelector('[part="base"]');
        return {
          fontScale: article.fontScale,
          contrast: article.getAttribute('contrast'),
          scaleVar: getComputedStyle(base).getPropertyValue('--press-font-scale').trim(),
          readout: toolbar.shadowRoot.querySelector('[part="size"]').textContent.trim(),
          percent: new Intl.NumberFormat(article.lang, { style: 'percent' }).format(
            article.fontScale,
          ),
        };
      });
      await tab.close();
      assert.equal(state.fontScale, saved.fontScale);
      assert.equal(state.contrast, saved.contrast);
      assert.equal(Number(state.scaleVar), saved.fontScale);
      assert.equal(state.readout, state.percent);
      assert.deepEqual(realProblems(problems), []);
    });

    it('fires no press-preferences-change while loading, as a client-only page does not', async () => {
      const changes = async (path) => {
        const tab = await browser.newPage();
        await tab.evaluateOnNewDocument(
          (value) => {
            localStorage.setItem('press-elements:preferences:v1', value);
            window.changes = [];
            document.addEventListener(
              'press-preferences-change',
              (event) => window.changes.push(event.detail),
              true,
            );
          },
          JSON.stringify({ fontScale: 1.25, contrast: 'more' }),
        );
        await tab.goto(`${server.url}${path}`, { waitUntil: 'load' });
        await settleElements(tab);
        const fired = await tab.evaluate(async () => {
          // A change made now is still reported.
          document.querySelector('press-article').setPreferences({ fontScale: 1.5 });
          await document.querySelector('press-article').updateComplete;
          return window.changes;
        });
        await tab.close();
        return fired;
      };
      const clientOnly = await changes('/client.html');
      assert.deepEqual(
        clientOnly.map((detail) => detail.fontScale),
        [1.5],
      );
      assert.deepEqual(await changes('/ssr.html'), clientOnly);
    });
  });
});

describe('server rendering of an English article with two authors and dates, read in Tokyo', () => {
  const published = '2017-03-02T09:15:00+07:00';
  const updated = '2017-03-03T18:40:00+07:00';
  const data = {
    lang: 'en',
    headline: 'Flood defences hold after a week of rain',
    standfirst: 'Engineers say the new levees worked as designed.',
    body: [
      { type: 'paragraph', text: 'The river peaked on Thursday night.' },
      {
        type: 'figure',
        src: '/fixtures/seed-article/images/meeting-600.png',
        width: 600,
        height: 400,
        credit: 'Ann Lee',
        caption: 'Engineers inspect the levee.',
      },
    ],
    authors: [
      { name: 'Ann Lee', url: '/authors/ann-lee', jobTitle: 'Science editor' },
      { name: 'Minh Anh' },
    ],
    published,
    updated,
  };
  let server;
  let browser;
  let html;

  before(async () => {
    await bundleHydration();
    html = await renderArticle(data);
    server = await serve('.', { pages: { '/en.html': page(html) } });
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Each `<time>` of the byline: its machine-readable value and its text. */
  const times = (tab) =>
    tab.evaluate(() =>
      [...document.querySelector('press-byline').shadowRoot.querySelectorAll('time')].map(
        (time) => [time.dateTime, time.textContent.trim()],
      ),
    );

  it('shows both authors, a role, and the dates in UTC without JavaScript', async () => {
    const tab = await browser.newPage();
    await tab.setJavaScriptEnabled(false);
    await tab.emulateTimezone('Asia/Tokyo');
    await tab.goto(`${server.url}/en.html`, { waitUntil: 'load' });
    const byline = await flatTextIn(tab, 'press-byline');
    const link = await tab.evaluate(() =>
      document.querySelector('press-byline press-author > a')?.getAttribute('href'),
    );
    const found = await times(tab);
    await tab.close();
    // Ann Lee's role after her name, as the byline shows a press-author's (en: " ({role})").
    const names = ['Ann Lee (Science editor)', 'Minh Anh'];
    assert.ok(byline.startsWith(new Intl.ListFormat('en').format(names)), byline);
    assert.equal(link, '/authors/ann-lee');
    const expected = [published, updated].map((iso) => [
      new Date(iso).toISOString(),
      formatDateTime(new Date(iso), 'en', 'UTC'),
    ]);
    assert.deepEqual(found, expected);
  });

  it('writes each author’s role into the structured data too', () => {
    const json = JSON.parse(
      /<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/.exec(html)[1],
    );
    assert.deepEqual(
      json.author.map((person) => [person.name, person.jobTitle]),
      [
        ['Ann Lee', 'Science editor'],
        ['Minh Anh', undefined],
      ],
    );
  });

  it('hydrates to the reader’s time zone, as a client-only render shows it', async () => {
    const tab = await browser.newPage();
    const problems = recordProblems(tab);
    await tab.emulateTimezone('Asia/Tokyo');
    await tab.goto(`${server.url}/en.html`, { waitUntil: 'load' });
    await tab.evaluate(async () => {
      await customElements.whenDefined('press-byline');
      for (let round = 0; round < 3; round++)
        await document.querySelector('press-byline').updateComplete;
    });
    const hydrated = await times(tab);
    const byline = await flatTextIn(tab, 'press-byline');
    const pairs = await hydratedAndFresh(tab);
    const fresh = await tab.evaluate(async () => {
      const copy = document.createElement('div');
      copy.innerHTML = document.querySelector('press-article').outerHTML;
      document.body.append(copy);
      const byline = copy.querySelector('press-byline');
      for (let round = 0; round < 3; round++) await byline.updateComplete;
      return [...byline.shadowRoot.querySelectorAll('time')].map((time) => [
        time.dateTime,
        time.textContent.trim(),
      ]);
    });
    await tab.close();
    // Ann Lee's role after her name, as the byline shows a press-author's (en: " ({role})").
    const names = ['Ann Lee (Science editor)', 'Minh Anh'];
    assert.ok(byline.startsWith(new Intl.ListFormat('en').format(names)), byline);
    assert.equal(hydrated.length, 2);
    assert.deepEqual(hydrated, fresh);
    for (const pair of pairs) assert.deepEqual(pair.hydrated, pair.fresh, pair.tag);
    assert.notDeepEqual(
      hydrated.map(([, text]) => text),
      [published, updated].map((iso) => formatDateTime(new Date(iso), 'en', 'UTC')),
      'the server’s UTC text was replaced',
    );
    assert.deepEqual(realProblems(problems), []);
  });
});

describe('server rendering of an Arabic article, right to left', () => {
  const data = {
    lang: 'ar',
    dir: 'rtl',
    kicker: 'محليات',
    headline: 'افتتاح مكتبة عامة جديدة في وسط المدينة',
    standfirst: 'تضم المكتبة أكثر من عشرين ألف كتاب.',
    body: [
      { type: 'paragraph', text: 'افتتحت البلدية المكتبة صباح اليوم.' },
      {
        type: 'figure',
        src: '/fixtures/seed-article/images/inspection-600.png',
        width: 600,
        height: 400,
        credit: 'سارة',
        caption: 'قاعة القراءة الرئيسية.',
      },
    ],
    authors: [{ name: 'سارة أحمد' }, { name: 'ليلى حسن' }],
    published: '2024-05-01T08:00:00+03:00',
    timeZone: 'Asia/Riyadh',
  };
  let server;
  let browser;

  before(async () => {
    await bundleHydration();
    server = await serve('.', { pages: { '/ar.html': page(await renderArticle(data)) } });
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('reads right to left without JavaScript, in Arabic', async () => {
    const tab = await browser.newPage();
    await tab.setJavaScriptEnabled(false);
    await tab.goto(`${server.url}/ar.html`, { waitUntil: 'load' });
    const layout = await tab.evaluate(() => {
      const base = document.querySelector('press-header').shadowRoot.querySelector('[part="base"]');
      return { direction: getComputedStyle(base).direction };
    });
    const header = await flatTextIn(tab, 'press-header');
    const figure = await flatTextIn(tab, 'press-figure');
    const byline = await flatTextIn(tab, 'press-byline');
    await tab.close();
    assert.equal(layout.direction, 'rtl');
    assert.ok(header.includes(data.headline) && header.includes(data.standfirst), header);
    assert.ok(figure.includes(data.body[1].caption), figure);
    assert.ok(figure.includes(`${stringsFor('ar').creditPrefix} ${data.body[1].credit}`), figure);
    const names = data.authors.map((author) => author.name);
    assert.ok(byline.startsWith(new Intl.ListFormat('ar').format(names)), byline);
  });

  it('hydrates to what a client-only render shows, with no error', async () => {
    const { tab, problems } = await openSettled(browser, `${server.url}/ar.html`);
    const pairs = await hydratedAndFresh(tab);
    await tab.close();
    for (const pair of pairs) assert.deepEqual(pair.hydrated, pair.fresh, pair.tag);
    assert.deepEqual(realProblems(problems), []);
  });
});
