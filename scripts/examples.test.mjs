/**
 * The integration examples (run after `npm run build`): each is built as its users would build it
 * (plain HTML with the CDN folder, React 19, Vue 3, Svelte 5 and Solid with Vite, a plain Node
 * server that renders on the server), type-checked where it has
 * types, then opened in Chromium, where it must render the seed article without a console error;
 * the frameworks must also receive the reader's choice through `press-preferences-change`.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { build } from 'vite';
import { flatTextIn, launch, recordProblems } from './support/chromium.mjs';
import { readSeed } from './support/seed-article.mjs';
import { serve } from './support/static-server.mjs';

const seed = await readSeed();
const captions = seed.body.filter((block) => block.type === 'figure').map((b) => b.caption);

const examples = {
  html: { build: () => execFileSync('node', ['examples/html/build.mjs'], { stdio: 'inherit' }) },
  react: {
    build: async () => {
      execFileSync('npx', ['tsc', '-p', 'examples/react/tsconfig.json'], { stdio: 'inherit' });
      await build({ configFile: 'examples/react/vite.config.mjs' });
    },
    framework: true,
    bundled: true,
  },
  // The React app rendered on the server by react-dom/server, then hydrated in the browser.
  'react-ssr': {
    build: async () => {
      await build({
        configFile: 'examples/react/vite.config.mjs',
        build: { ssr: 'src/server.tsx', outDir: 'dist-server', emptyOutDir: true },
      });
      const { render } = await import(pathToFileURL('examples/react/dist-server/server.js').href);
      const page = 'examples/react/dist/ssr.html';
      writeFileSync(page, readFileSync(page, 'utf8').replace('<!--app-->', render()));
    },
    page: 'examples/react/dist/ssr.html',
    // React 19 adds no `on<event>` listener to a custom element it hydrates (react#35446): this
    // page hears the event through the library's eventsRef.
    framework: true,
    hydrates: true,
  },
  vue: {
    build: async () => {
      execFileSync('npx', ['vue-tsc', '-p', 'examples/vue/tsconfig.json'], { stdio: 'inherit' });
      await build({ configFile: 'examples/vue/vite.config.mjs' });
    },
    framework: true,
    bundled: true,
  },
  svelte: {
    build: () => build({ configFile: 'examples/svelte/vite.config.mjs' }),
    framework: true,
    bundled: true,
  },
  solid: {
    build: async () => {
      execFileSync('npx', ['tsc', '-p', 'examples/solid/tsconfig.json'], { stdio: 'inherit' });
      await build({ configFile: 'examples/solid/vite.config.mjs' });
    },
    framework: true,
    bundled: true,
  },
  // A plain Node server: renderArticle per request, hydrated by the CDN folder's hydrate entry.
  node: {
    start: async () => {
      const { handle } = await import('../examples/node/server.mjs');
      const server = createServer(handle);
      await new Promise((done) => server.listen(0, '127.0.0.1', done));
      return { url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() };
    },
    framework: true,
    serverRendered: true,
  },
};

/** What a server-rendered page must show before any script runs: one of each part, readable. */
function serverPage() {
  const parts = (selector) => document.querySelectorAll(selector).length;
  const h1 = document.querySelector('h1');
  return {
    articles: parts('press-article'),
    toolbars: parts('press-a11y-toolbar'),
    headers: parts('press-header'),
    bylines: parts('press-byline'),
    figures: parts('press-figure'),
    headings: parts('h1'),
    headline: h1?.checkVisibility() ? h1.textContent.trim() : '',
    structuredData: parts('script[type="application/ld+json"]'),
  };
}

/** Runs in the page: the base part of each element's shadow root. */
function baseParts() {
  const hosts = document.querySelectorAll(
    'press-header, press-figure, press-byline, press-a11y-toolbar',
  );
  return [...hosts].map((el) => el.shadowRoot?.querySelector('[part~="base"]'));
}

/**
 * Opens `url` with the page's scripts held until the parts the server rendered are recorded
 * (`window.serverNodes`): the spec then sees whether hydration kept those very nodes.
 */
async function openRecordingServerNodes(tab, url) {
  let holding = true;
  const held = [];
  await tab.setRequestInterception(true);
  tab.on('request', (request) => {
    if (holding && request.resourceType() === 'script') held.push(request);
    else void request.continue();
  });
  const loading = tab.goto(url, { waitUntil: 'load' });
  await tab.waitForSelector('press-byline');
  await tab.evaluate(`window.serverNodes = (${baseParts})()`);
  holding = false;
  for (const request of held.splice(0)) void request.continue();
  await loading;
}

describe('integration examples', () => {
  let server;
  let browser;

  before(async () => {
    server = await serve('.');
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const [name, example] of Object.entries(examples)) {
    describe(name, () => {
      let tab;
      let problems;

      let started;

      before(async () => {
        await example.build?.();
        started = await example.start?.();
        tab = await browser.newPage();
        problems = recordProblems(tab);
        const page = example.page ?? `examples/${name}/dist/index.html`;
        const url = started?.url ?? `${server.url}/${page}`;
        if (example.serverRendered) await openRecordingServerNodes(tab, url);
        else await tab.goto(url, { waitUntil: 'load' });
        await tab.waitForFunction(
          () => document.querySelector('press-byline')?.shadowRoot?.querySelector('[part="base"]'),
          { timeout: 10000 },
        );
      });

      after(async () => {
        await tab?.close();
        started?.close();
      });

      it('renders the seed article: headline, lead, captions, byline', async () => {
        const header = await flatTextIn(tab, 'press-header');
        assert.ok(header.includes(seed.headline));
        assert.ok(header.includes(seed.lead));
        for (const [index, caption] of captions.entries()) {
          const text = await flatTextIn(tab, `press-figure:nth-of-type(${index + 1})`);
          assert.ok(text.includes(caption), `caption ${index + 1}`);
        }
        const byline = await flatTextIn(tab, 'press-byline');
        assert.equal(byline, seed.byline.authors.map((a) => a.name).join(', '));
        assert.deepEqual(problems, []);
      });

      if (example.bundled)
        it('splits off the features loaded on demand, as the CDN folder does', () => {
          // Chunk names without their hash: figure-enhance, read-aloud, structured-data…
          const names = (folder) =>
            new Set(readdirSync(folder).map((file) => file.replace(/-[\w-]{8}\.js(\.map)?$/, '')));
          const cdn = [...names('cdn/chunks')];
          const app = names(`examples/${name}/dist/assets`);
          assert.ok(cdn.length >= 5, `${cdn.length} chunks in cdn/chunks`);
          assert.deepEqual(
            cdn.filter((chunk) => !app.has(chunk)),
            [],
          );
        });

      if (example.framework)
        it('hands the reader’s choice to the framework (press-preferences-change)', async () => {
          await tab.evaluate(() =>
            document
              .querySelector('press-a11y-toolbar')
              .shadowRoot.querySelector('[part~="button-larger"]')
              .click(),
          );
          // The app shows what its press-preferences-change listener received.
          await tab.waitForFunction(
            () => Number(document.querySelector('#reader-choice').textContent) > 1,
            { timeout: 5000 },
          );
          const shown = await tab.evaluate(() => ({
            shown: Number(document.querySelector('#reader-choice').textContent),
            scale: document.querySelector('press-article').fontScale,
          }));
          assert.ok(shown.scale > 1);
          assert.equal(shown.shown, shown.scale);
        });

      if (example.serverRendered) {
        it('is readable with JavaScript off: one of every part, the headline in one h1', async () => {
          const off = await browser.newPage();
          await off.setJavaScriptEnabled(false);
          await off.goto(started.url, { waitUntil: 'load' });
          const shown = await off.evaluate(serverPage);
          await off.close();
          assert.deepEqual(shown, {
            articles: 1,
            toolbars: 1,
            headers: 1,
            bylines: 1,
            figures: captions.length,
            headings: 1,
            headline: seed.headline,
            structuredData: 1,
          });
        });

        it('hydrates every server node in place, adding none', async () => {
          const kept = await tab.evaluate(`(() => {
            const now = (${baseParts})();
            return window.serverNodes.length === now.length &&
              window.serverNodes.every((node, i) => node && node === now[i]);
          })()`);
          assert.ok(kept, 'every shadow root part the server wrote is still the one on the page');
          const after = await tab.evaluate(serverPage);
          assert.equal(after.toolbars + after.headers + after.bylines, 3);
          assert.equal(after.figures, captions.length);
          assert.equal(after.structuredData, 1);
          assert.deepEqual(problems, []);
        });
      }

      if (example.hydrates)
        it('hydrates the server’s markup as it is: no mismatch, nothing added to the article', async () => {
          // The JSON-LD is written once the page is idle: wait for it as a portal's code would.
          await tab.evaluate(() => document.querySelector('press-article').structuredDataComplete);
          const { errors, scripts, inHead } = await tab.evaluate(() => ({
            errors: window.hydrationErrors,
            scripts: document.querySelectorAll('press-article > script').length,
            inHead: document.head.querySelectorAll('script[type="application/ld+json"]').length,
          }));
          assert.deepEqual(errors, []);
          assert.equal(scripts, 0, 'the article’s children are React’s');
          assert.equal(inHead, 1, 'its structured data is in the head');
          assert.deepEqual(problems, []);
        });
    });
  }
});
