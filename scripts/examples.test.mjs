/**
 * The integration examples (run after `npm run build`): each is built as its users would build it
 * (plain HTML with the CDN bundle, React 19 with Vite, Vue 3 with Vite), type-checked where it has
 * types, then opened in Chromium, where it must render the seed article without a console error;
 * the frameworks must also receive the reader's choice through `press-preferences-change`.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
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
  },
};

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

      before(async () => {
        await example.build();
        tab = await browser.newPage();
        problems = recordProblems(tab);
        const page = example.page ?? `examples/${name}/dist/index.html`;
        await tab.goto(`${server.url}/${page}`, { waitUntil: 'load' });
        await tab.waitForFunction(
          () => document.querySelector('press-byline')?.shadowRoot?.querySelector('[part="base"]'),
          { timeout: 10000 },
        );
      });

      after(() => tab?.close());

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

      if (example.hydrates)
        it('hydrates the server’s markup as it is: no mismatch, nothing added to the article', async () => {
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
