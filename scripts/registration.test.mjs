/**
 * Registration as apps meet it (run after `npm run build`): production bundles (rollup and Vite)
 * of an app that imports one define entry keep the registration; the class entries register
 * nothing and can be registered under the portal's own names; and two copies of the library on
 * one page never throw, the second warning once.
 */
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve as resolvePath } from 'node:path';
import { after, before, describe, it } from 'node:test';
import resolve from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
import { build } from 'vite';
import { launch, recordProblems } from './support/chromium.mjs';
import { serve } from './support/static-server.mjs';

/** Apps, each one module importing the package by name, as an app's code would. */
const apps = {
  // One define entry, and nothing used from it: only its side effect keeps the element.
  'one-define': `import 'press-elements/header/define';`,
  // The class only: nothing may be registered.
  'class-only': `import { PressHeader } from 'press-elements/header';
window.pressHeaderClass = PressHeader;`,
  // The portal's own names first, then the standard define entry of the same copy.
  'own-names': `import { PressHeader, PressFigure } from 'press-elements';
customElements.define('portal-header', PressHeader);
customElements.define('portal-figure', PressFigure);
await import('press-elements/define');`,
  // A whole copy of the library, Lit included: a widget's.
  widget: `import 'press-elements/define';`,
};

let work;
let server;
let browser;

/** Bundles `app` with rollup (production conditions, tree-shaking honouring `sideEffects`). */
async function bundleWithRollup(name) {
  const bundle = await rollup({
    input: join(work, `${name}.js`),
    plugins: [resolve({ exportConditions: ['production'] })],
  });
  await bundle.write({
    dir: join(work, 'out', `rollup-${name}`),
    format: 'es',
    entryFileNames: 'app.js',
  });
  await bundle.close();
  return `/out/rollup-${name}/app.js`;
}

async function bundleWithVite(name) {
  await build({
    root: work,
    logLevel: 'warn',
    configFile: false,
    build: {
      outDir: join(work, 'out', `vite-${name}`),
      emptyOutDir: true,
      reportCompressedSize: false,
      rollupOptions: { input: join(work, `${name}.js`), output: { entryFileNames: 'app.js' } },
    },
  });
  return `/out/vite-${name}/app.js`;
}

const pages = {};

/** Opens a page that loads `scripts` in order, with `body`, recording console problems. */
async function open(scripts, body = '') {
  const path = `/page-${Object.keys(pages).length}.html`;
  const tags = scripts.map((src) => `<script type="module" src="${src}"></script>`).join('');
  pages[path] =
    `<!doctype html><html lang="en"><head><link rel="icon" href="data:," />${tags}</head>` +
    `<body>${body}</body></html>`;
  const tab = await browser.newPage();
  const problems = recordProblems(tab);
  await tab.goto(`${server.url}${path}`, { waitUntil: 'load' });
  return { tab, problems };
}

/** In the page: the text of `selector`'s headline part once it has rendered. */
const headline = (tab, selector) =>
  tab.evaluate(async (sel) => {
    const el = document.querySelector(sel);
    await customElements.whenDefined(el.localName);
    await el.updateComplete;
    return el.shadowRoot?.querySelector('[part~="headline"]')?.textContent.trim() ?? null;
  }, selector);

describe('registration', () => {
  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'press-registration-'));
    // The package as an app installs it: a node_modules entry pointing at this repository.
    await mkdir(join(work, 'node_modules'));
    await symlink(resolvePath('.'), join(work, 'node_modules', 'press-elements'), 'dir');
    for (const [name, code] of Object.entries(apps))
      await writeFile(join(work, `${name}.js`), code);
    server = await serve(work, { pages });
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await rm(work, { recursive: true, force: true });
  });

  for (const bundler of ['rollup', 'vite']) {
    it(`a ${bundler} production bundle of an app importing one define entry keeps it`, async () => {
      const src =
        bundler === 'rollup'
          ? await bundleWithRollup('one-define')
          : await bundleWithVite('one-define');
      const { tab, problems } = await open([src], '<press-header headline="Kept"></press-header>');
      const defined = await tab.evaluate(() => [
        Boolean(customElements.get('press-header')),
        Boolean(customElements.get('press-figure')),
      ]);
      assert.deepEqual(defined, [true, false], 'press-header only');
      assert.equal(await headline(tab, 'press-header'), 'Kept');
      await tab.close();
      assert.deepEqual(problems, []);
    });
  }

  it('the class entry registers nothing', async () => {
    const { tab, problems } = await open([await bundleWithRollup('class-only')]);
    const state = await tab.evaluate(() => ({
      classLoaded: typeof window.pressHeaderClass === 'function',
      defined: customElements.get('press-header') !== undefined,
    }));
    await tab.close();
    assert.deepEqual(state, { classLoaded: true, defined: false });
    assert.deepEqual(problems, []);
  });

  it('registers the classes under the portal’s names, then the standard ones without a throw', async () => {
    const { tab, problems } = await open(
      [await bundleWithRollup('own-names')],
      '<portal-header headline="Own name"></portal-header><press-header headline="Standard"></press-header>',
    );
    assert.equal(await headline(tab, 'portal-header'), 'Own name');
    assert.equal(await headline(tab, 'press-header'), 'Standard');
    await tab.close();
    assert.deepEqual(problems, []);
  });

  it('two copies of the library on one page never throw; the second warns once', async () => {
    // Two separate builds, each with its own Lit and classes, as a portal and a widget ship them.
    const first = await bundleWithRollup('widget');
    const second = await bundleWithVite('widget');
    const { tab, problems } = await open(
      [first, second],
      '<press-header headline="Both"></press-header>',
    );
    assert.equal(await headline(tab, 'press-header'), 'Both');
    await tab.close();
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(problems[0], /^warn: press-elements: .*already defined by another copy/);
  });
});
