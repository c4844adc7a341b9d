/**
 * Server rendering for the specs in test/ssr/ (run after `npm run build`: `npm run ci:ssr`). The
 * built package renders, in a worker thread (test/server/ssr-render-worker.mjs), and the dev server
 * serves the pages an app would, with the browser side bundled from dist/ as an app would bundle it.
 *
 * Commands (`executeServerCommand`):
 * - `press-ssr-render` `{ task, payload }`: a worker task (article, strings, tags, hashes, clock).
 * - `press-ssr-page` `{ name, article }`: renders `article` (article data, or `'seed'` for the
 *   seed article as the portal's pages carry it) and serves its pages under `/ssr-pages/<name>/`
 *   (see PAGES); answers `{ html, article }`, the server's markup and the data rendered.
 * - `press-problems` `'start' | 'read' | 'stop'`: what the browser reports for the session's
 *   page and its frames, as text (console errors and warnings, uncaught errors, responses of 400
 *   and above), kept from `start`; `read` and `stop` answer the list, everything the page sent
 *   before included. Puppeteer launchers only.
 * - `press-timezone` `zone | null`: the session's page, frames included, in that time zone
 *   (`null` ends the emulation). Puppeteer launchers only.
 *
 * `/ssr-pages/probe.js` is put first in a page's head when its URL has `?probe`: it counts what
 * the elements start watching and records events for the spec (see the file).
 */
import { Worker } from 'node:worker_threads';
import { readSeed, seedArticleData } from '../../scripts/support/seed-article.mjs';

const BUNDLES = '/ssr-pages/bundles';
const HYDRATE = `${BUNDLES}/hydrate/hydrate.js`;
const LIT_FIRST = `${BUNDLES}/lit-first/lit-first.js`;
const CDN = '/cdn/press-elements.min.js';
const CDN_HYDRATE = '/cdn/press-elements.hydrate.min.js';

function render(task, payload) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./ssr-render-worker.mjs', import.meta.url), {
      workerData: { task, payload },
    });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`ssr-render-worker exited (${code})`)));
  });
}

/**
 * The browser side, bundled from dist/ with rollup: press-elements/hydrate (Lit's development
 * build, which reports hydration problems most loudly), and the same with Lit evaluated first, as
 * a bundler's shared chunk may order it. Each as `{ fileName: code }`.
 */
async function bundleHydration() {
  const [{ rollup }, { default: resolve }] = await Promise.all([
    import('rollup'),
    import('@rollup/plugin-node-resolve'),
  ]);
  const entry = new URL('../../dist/hydrate.js', import.meta.url).pathname;
  const litFirst = {
    name: 'lit-first-entry',
    resolveId: (id) => (id === 'lit-first' ? id : null),
    load: (id) => (id === 'lit-first' ? `import 'lit';\nimport ${JSON.stringify(entry)};\n` : null),
  };
  const build = async (input, name) => {
    const bundle = await rollup({
      input,
      plugins: [litFirst, resolve({ exportConditions: ['development'] })],
    });
    const { output } = await bundle.generate({ entryFileNames: `${name}.js`, format: 'es' });
    await bundle.close();
    return Object.fromEntries(
      output.map((file) => [file.fileName, file.type === 'chunk' ? file.code : file.source]),
    );
  };
  return {
    hydrate: await build(entry, 'hydrate'),
    'lit-first': await build('lit-first', 'lit-first'),
  };
}

/**
 * Runs while the page is parsed, before any module: keeps each element's server-rendered base
 * part, so that a spec can tell hydration (the same nodes) from rendering anew (new ones).
 */
const KEEP_SERVER_NODES = `<script>window.serverNodes = [...document.querySelectorAll('press-header, press-figure, press-byline')].map((el) => el.shadowRoot.querySelector('[part~="base"]'));</script>`;

const CSP = `
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; img-src 'self' data:" />`;

async function hashedCsp(html) {
  const { styles, attributes } = await render('hashes', html);
  const styleSrc = [
    "'self'",
    ...styles,
    ...(attributes.length ? ["'unsafe-hashes'", ...attributes] : []),
  ];
  return `
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; img-src 'self' data:; style-src ${styleSrc.join(' ')}" />`;
}

const escapeText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function page(title, body, script = HYDRATE, head = '') {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />${head}
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeText(title)}</title>
    <link rel="stylesheet" href="/themes/default.css" />
    <link rel="icon" href="data:," />
  </head>
  <body>
    ${body}
    <script type="module" src="${script}"></script>
  </body>
</html>`;
}

/** Every page of one server-rendered article, by name. */
async function pagesOf(title, html) {
  // The same markup without its declarative shadow roots: what a client-only page would get.
  const clientOnly = html.replace(/<template shadowroot="open"[^>]*>[\s\S]*?<\/template>/g, '');
  return {
    ssr: page(title, html),
    client: page(title, clientOnly),
    // A portal that server-renders but loads the CDN bundle, with no hydration support.
    'ssr-cdn': page(title, html + KEEP_SERVER_NODES, CDN),
    // Lit evaluated before press-elements/hydrate, as a bundler's shared chunk may order it.
    'ssr-lit-first': page(title, html + KEEP_SERVER_NODES, LIT_FIRST),
    'ssr-kept': page(title, html + KEEP_SERVER_NODES),
    // The CDN bundle registered the elements first, then press-elements/hydrate came.
    'ssr-hydrate-late': page(
      title,
      html,
      undefined,
      `<script type="module" src="${CDN}"></script>`,
    ),
    // The same pages under a strict Content-Security-Policy: no inline style or script.
    'ssr-csp': page(title, html, undefined, CSP),
    // The CDN folder's hydrate entry (no bundler), its chunks under the same policy.
    'ssr-cdn-hydrate-csp': page(title, html, CDN_HYDRATE, CSP),
    'client-csp': page(title, clientOnly, undefined, CSP),
    // Strict, but allowing exactly the server's styles by hash, for readers without JavaScript.
    'ssr-csp-hashes': page(title, html, undefined, await hashedCsp(html)),
  };
}

/**
 * The probe (`?probe`), a classic script that runs before anything else on the page: counts
 * MutationObserver.observe calls (`window.observeCalls`: a double connection would watch twice),
 * keeps the detail of every press-preferences-change (`window.changes`) and every Content
 * Security Policy violation (`window.violations`).
 */
const PROBE = `(() => {
  window.observeCalls = 0;
  const observe = MutationObserver.prototype.observe;
  MutationObserver.prototype.observe = function (...args) {
    window.observeCalls++;
    return observe.apply(this, args);
  };
  window.changes = [];
  document.addEventListener('press-preferences-change', (event) => window.changes.push(event.detail), true);
  window.violations = [];
  document.addEventListener('securitypolicyviolation', (event) =>
    window.violations.push({ directive: event.effectiveDirective, blocked: event.blockedURI }));
})();
`;

const recorders = new Map();

function recordProblems(page) {
  const problems = [];
  const listeners = {
    console: (message) => {
      const type = message.type();
      if (type === 'error' || type === 'warn' || type === 'warning')
        problems.push(`${type === 'warning' ? 'warn' : type}: ${message.text()}`);
    },
    pageerror: (error) => problems.push(`uncaught: ${error.message}`),
    response: (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    },
  };
  for (const [event, listener] of Object.entries(listeners)) page.on(event, listener);
  return {
    problems,
    stop: () => {
      for (const [event, listener] of Object.entries(listeners)) page.off(event, listener);
    },
  };
}

function puppeteerPage(session, command) {
  if (typeof session.browser.getPage !== 'function')
    throw new Error(`${command} needs a puppeteer launcher (Chromium, Firefox)`);
  return session.browser.getPage(session.id);
}

export function ssrPagesPlugin() {
  let bundles;
  const pages = new Map();
  return {
    name: 'press-ssr-pages',
    async serve(context) {
      if (!context.path.startsWith('/ssr-pages/')) return undefined;
      if (context.path === '/ssr-pages/probe.js') return { body: PROBE, type: 'js' };
      if (context.path.startsWith(`${BUNDLES}/`)) {
        bundles ??= bundleHydration();
        const [name, file] = context.path.slice(BUNDLES.length + 1).split('/');
        const code = (await bundles)[name]?.[file];
        return code === undefined ? undefined : { body: code, type: 'js' };
      }
      const [, , name, file] = context.path.split('/');
      let body = pages.get(name)?.[file?.replace(/\.html$/, '')];
      if (body === undefined) return undefined;
      if (context.URL.searchParams.has('probe'))
        body = body.replace('<head>', '<head>\n    <script src="/ssr-pages/probe.js"></script>');
      return { body, type: 'html' };
    },
    async executeCommand({ command, payload, session }) {
      if (command === 'press-ssr-render') return render(payload.task, payload.payload);
      if (command === 'press-ssr-page') {
        if (!/^[\w-]+$/.test(payload.name)) throw new Error(`press-ssr-page: bad name`);
        const article =
          payload.article === 'seed' ? seedArticleData(await readSeed()) : payload.article;
        const html = await render('article', article);
        pages.set(payload.name, await pagesOf(article.headline, html));
        return { html, article };
      }
      if (command === 'press-problems') {
        const page = puppeteerPage(session, command);
        if (payload === 'start') {
          recorders.get(session.id)?.stop();
          recorders.set(session.id, recordProblems(page));
          return [];
        }
        const recorder = recorders.get(session.id);
        if (!recorder) throw new Error('press-problems: not started');
        // A round trip through the page: the events it sent before are in by its answer.
        await page.evaluate(() => undefined);
        if (payload === 'stop') {
          recorder.stop();
          recorders.delete(session.id);
        }
        return [...recorder.problems];
      }
      if (command === 'press-timezone') {
        await puppeteerPage(session, command).emulateTimezone(payload ?? undefined);
        return true;
      }
      return undefined;
    },
  };
}
