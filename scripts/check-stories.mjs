#!/usr/bin/env node
/**
 * Loads every entry of the static Storybook (storybook-static/index.json: stories, autodocs and
 * MDX pages) in headless Chromium and fails on any console error, uncaught page error, render
 * error, or axe-core violation. Run after `npm run build-storybook` (the `ci:stories` script).
 *
 * Each entry gets a fresh browser context, so no story sees another's saved reader preferences.
 * Environment: CHROME_PATH (Chromium binary), STORIES (comma-separated ids or substrings, to
 * check a few), CONCURRENCY (pages at once, default 2).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './support/static-server.mjs';
import { recordTotals } from './support/totals.mjs';
import { launch } from './support/chromium.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)), 'storybook-static');
const require = createRequire(import.meta.url);

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The shipped themes besides the default: themes/<name>.css is `theme:<name>` in Storybook.
 * before-upgrade.css is no theme: it lays out markup whose elements are not defined yet.
 */
const otherThemes = readdirSync(resolve(root, '..', 'themes'))
  .filter((file) => file.endsWith('.css') && !['default.css', 'before-upgrade.css'].includes(file))
  .map((file) => file.slice(0, -'.css'.length));

/** Time for one entry to render, play and finish its own a11y run. */
const renderTimeout = 30_000;

/**
 * Installed before any script of the page: records Storybook's render events, which tell when
 * the entry has rendered (and its play function and the a11y addon's own run have finished).
 */
function watchStorybook() {
  const status = { done: false, errors: [] };
  window.__storyCheck = status;
  const events = {
    storyFinished: () => (status.done = true),
    docsRendered: () => (status.done = true),
    storyErrored: (error) =>
      status.errors.push(`Render error: ${error?.title ?? ''} ${error?.description ?? ''}`),
    storyThrewException: (error) => status.errors.push(`Story threw: ${error?.message ?? error}`),
    playFunctionThrewException: (error) =>
      status.errors.push(`Play function threw: ${error?.message ?? error}`),
    storyMissing: (id) => status.errors.push(`Story missing: ${id}`),
  };
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      for (const [name, listener] of Object.entries(events)) value.on(name, listener);
    },
  });
}

/** Waits until every Lit element in the document (shadow roots included) has rendered. */
async function settle() {
  const all = (node) =>
    [...node.querySelectorAll('*')].flatMap((el) => [
      el,
      ...(el.shadowRoot ? all(el.shadowRoot) : []),
    ]);
  for (let round = 0; round < 3; round++) {
    await Promise.all(
      all(document)
        .map((el) => el.updateComplete)
        .filter(Boolean),
    );
  }
  await document.fonts.ready;
}

async function checkEntry(browser, origin, entry, globals) {
  const problems = [];
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 1024, height: 800 });
    page.on('console', (message) => {
      if (message.type() === 'error') {
        const where = message.location()?.url ? ` (${message.location().url})` : '';
        problems.push(`Console error: ${message.text()}${where}`);
      }
    });
    page.on('pageerror', (error) => problems.push(`Page error: ${error.message}`));
    await page.evaluateOnNewDocument(watchStorybook);
    const viewMode = entry.type === 'docs' ? 'docs' : 'story';
    await page.goto(
      `${origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${viewMode}` +
        (globals ? `&globals=${globals}` : ''),
    );
    // Storybook says when it has rendered; an uncaught error may stop it from ever saying so.
    const crashed = new Promise((done) => page.once('pageerror', () => setTimeout(done, 2000)));
    const rendered = page
      .waitForFunction(() => window.__storyCheck?.done || window.__storyCheck?.errors.length, {
        timeout: renderTimeout,
      })
      .then(
        () => true,
        () => false,
      );
    if (!(await Promise.race([rendered, crashed.then(() => true)]))) {
      problems.push(`Did not finish rendering within ${renderTimeout / 1000} s`);
    }
    problems.push(...(await page.evaluate(() => window.__storyCheck?.errors ?? [])));
    await page.evaluate(settle);

    await page.evaluate(axeSource);
    const violations = await page.evaluate(async (docs) => {
      const result = await window.axe.run(
        docs
          ? // Storybook's own argument tables (its toggles fail contrast) are not ours to fix.
            { include: ['#storybook-docs'], exclude: ['.docblock-argstable'] }
          : { include: ['#storybook-root'] },
        {
          rules: {
            // As in Storybook's a11y addon: a lone component is not expected to sit in a landmark.
            region: { enabled: false },
            // A docs page stacks many stories, each with its own top-level headline, between
            // Storybook's headings; heading order is checked on each story's own page instead.
            'heading-order': { enabled: !docs },
          },
          resultTypes: ['violations'],
        },
      );
      return result.violations.map((violation) => ({
        id: violation.id,
        help: violation.help,
        nodes: violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary}`),
      }));
    }, viewMode === 'docs');
    for (const violation of violations) {
      problems.push(
        `axe ${violation.id}: ${violation.help}\n      ${violation.nodes.join('\n      ')}`,
      );
    }
  } finally {
    await context.close();
  }
  return problems;
}

async function main() {
  if (!existsSync(join(root, 'index.json'))) {
    throw new Error('No storybook-static/index.json: run `npm run build-storybook` first.');
  }
  const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
  const filters = (process.env.STORIES ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const entries = Object.values(index.entries).filter(
    (entry) => !filters.length || filters.some((filter) => entry.id.includes(filter)),
  );
  if (!entries.length) throw new Error('No entries to check in storybook-static/index.json.');
  // Every entry with the default globals, and the full-page articles once more in each other
  // shipped theme: the themes' contrast is checked by axe on real pages, not only by the tests.
  const runs = [
    ...entries.map((entry) => ({ entry })),
    ...entries
      .filter((entry) => entry.type === 'story' && entry.id.startsWith('articles--'))
      .flatMap((entry) => otherThemes.map((theme) => ({ entry, globals: `theme:${theme}` }))),
  ];

  const server = await serve(root, {
    // The browser asks for it by itself; Storybook's icon is favicon.svg.
    handle: (request, response) =>
      request.url === '/favicon.ico' && (response.writeHead(204).end(), true),
  });
  const { origin } = server;
  const browser = await launch();

  const failures = [];
  let next = 0;
  const worker = async () => {
    while (next < runs.length) {
      const { entry, globals } = runs[next++];
      const name = globals ? `${entry.id} (${globals})` : entry.id;
      let problems;
      try {
        problems = await checkEntry(browser, origin, entry, globals);
      } catch (error) {
        problems = [`Check crashed: ${error.stack ?? error}`];
      }
      console.log(`${problems.length ? 'FAIL' : 'ok  '} ${entry.type.padEnd(5)} ${name}`);
      for (const problem of problems) console.log(`    ${problem}`);
      if (problems.length) failures.push(name);
    }
  };
  try {
    const concurrency = Math.max(1, Number(process.env.CONCURRENCY ?? 2));
    await Promise.all(Array.from({ length: concurrency }, worker));
  } finally {
    await browser.close();
    await server.close();
  }

  const stories = entries.filter((entry) => entry.type === 'story').length;
  console.log(
    `\n${entries.length} entries (${stories} stories, ${entries.length - stories} docs pages), ` +
      `${runs.length} loads with the theme variants: ` +
      `${runs.length - failures.length} passed, ${failures.length} failed`,
  );
  recordTotals('stories', runs.length - failures.length, failures.length);
  if (failures.length) process.exitCode = 1;
}

await main();
