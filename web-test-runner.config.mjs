/**
 * Browser tests in real engines. BROWSERS picks them (comma-separated: chromium, firefox, webkit);
 * the default is Chromium. CHROME_PATH overrides the Chromium binary.
 */
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { litSsrPlugin } from '@lit-labs/testing/web-test-runner-ssr-plugin.js';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { readFileSync } from 'node:fs';
import { axTreePlugin } from './test/server/ax-tree.mjs';
import { delayImages } from './test/server/delay-images.mjs';
import { keyChordPlugin } from './test/server/key-chord.mjs';
import { reportPlugin } from './test/server/report.mjs';
import { ssrPagesPlugin } from './test/server/ssr-pages.mjs';
import { CHROMIUM_FLAGS, findChromium } from './scripts/support/system-chromium.mjs';
import { totalsReporter } from './scripts/support/totals.mjs';

/** Request destinations (`Sec-Fetch-Dest`) of images and other media. */
const MEDIA = new Set(['image', 'video', 'audio', 'track', 'iframe', 'embed', 'object']);

const wanted = (process.env.BROWSERS ?? 'chromium').split(',').map((name) => name.trim());

// VOICE=1: the browsers reach the speech-dispatcher .ci/run started for the voice spec (other runs
// get an address with nothing behind it, so they have no voice).
if (process.env.VOICE && process.env.PRESS_VOICE_ADDRESS)
  process.env.SPEECHD_ADDRESS = process.env.PRESS_VOICE_ADDRESS;

const chromiumFlags = [
  ...CHROMIUM_FLAGS,
  // VOICE=1 (npm run ci:voice): speech through speech-dispatcher, for test/*.voice.test.ts.
  ...(process.env.VOICE ? ['--enable-speech-dispatcher'] : []),
  // For test/leaks-heap.chromium.test.ts: a callable gc() and exact heap figures.
  '--js-flags=--expose-gc',
  '--enable-precise-memory-info',
];

const browsers = [];
const chromium = wanted.includes('chromium')
  ? chromeLauncher({
      launchOptions: { executablePath: findChromium(), headless: true, args: chromiumFlags },
    })
  : undefined;
if (chromium) browsers.push(chromium);
if (wanted.includes('firefox')) {
  const { puppeteerLauncher } = await import('@web/test-runner-puppeteer');
  browsers.push(
    puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
        headless: true,
      },
    }),
  );
}
if (wanted.includes('webkit')) {
  // Needs Xvfb and WebKitWebDriver running: see .ci/run.
  const { webdriverLauncher } = await import('@web/test-runner-webdriver');
  browsers.push(
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: Number(process.env.WEBKIT_DRIVER_PORT ?? 4444),
      path: '/',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {
          binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          args: ['--automation'],
        },
      },
    }),
  );
}

// `executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }])`:
// the media features emulateMedia() cannot set (forced-colors, prefers-contrast), through CDP, so
// Chromium only; answers false elsewhere. An empty list ends the emulation.
const cdpSessions = new WeakMap();
const emulateMediaFeatures = {
  name: 'emulate-media-features',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-media-features') return undefined;
    try {
      const page = session.browser.getPage(session.id);
      if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
      await cdpSessions.get(page).send('Emulation.setEmulatedMedia', { features: payload });
      return true;
    } catch {
      return false;
    }
  },
};

// Every test page starts with the guards (Lit warnings, window/document listener counts), and
// every test file imports the root hook that fails a test during which Lit warned.
const pageGuards = readFileSync(new URL('./test/setup/page-guards.js', import.meta.url), 'utf8');
const testRunnerHtml = (testFramework) =>
  `<!DOCTYPE html><html><head><script>${pageGuards}</script></head><body>` +
  `<script type="module" src="${testFramework}"></script></body></html>`;
const litWarningGuard = {
  name: 'lit-warning-guard',
  transform(context) {
    // Same first line, so line numbers in stack traces do not move.
    if (/^\/test\/.*\.test\.ts$/.test(context.path))
      return { body: `import '/test/setup/lit-warnings.ts'; ${context.body}` };
  },
};

// Files named *.chromium.test.ts use Chromium-only APIs (gc(), performance.memory): they run in
// their own group, in Chromium, whenever BROWSERS includes it and no --files narrows the run.
const chromiumOnly = 'test/**/*.chromium.test.ts';
// Files named *.voice.test.ts need a real voice (speech-dispatcher, started by .ci/run): they run
// only when named with --files (npm run ci:voice).
const voiceOnly = 'test/**/*.voice.test.ts';
const narrowed = process.argv.includes('--files');
// The published-vector corpus runs in Chromium and Firefox: hundreds of thousands of renders take
// WebKit's WebDriver session past CI's time, and its engine is covered by the fuzz specs.
const notInWebkit =
  wanted.length === 1 && wanted[0] === 'webkit' ? ['!test/security/published-vectors.test.ts'] : [];
const groups =
  chromium && !narrowed
    ? [{ name: 'chromium-only', files: [chromiumOnly], browsers: [chromium] }]
    : [];

export default {
  // test/dist/ and test/ssr/ check the built package (npm run build first): see the ci:dist and
  // ci:ssr scripts.
  files: [
    'test/**/*.test.ts',
    '!test/dist/**',
    '!test/ssr/**',
    ...(narrowed ? [] : [`!${chromiumOnly}`, `!${voiceOnly}`]),
    ...notInWebkit,
  ],
  testRunnerHtml,
  groups,
  // Lit's development build, so that its warnings can be asserted on (MODE=prod for production).
  nodeResolve: { exportConditions: process.env.MODE === 'prod' ? ['production'] : ['development'] },
  middleware: [
    // The fuzz and hostile-input specs make pages ask for thousands of images that do not exist,
    // on purpose (the legacy corpus, for videos), and the runner would list each 404 under the
    // passing file. Missing media are answered 410 Gone instead: the page sees the same failed
    // load, and a missing module, fixture or font is still reported.
    async (context, next) => {
      await next();
      const dest = context.get('sec-fetch-dest');
      if (context.status === 404 && MEDIA.has(dest)) context.status = 410;
    },
    // A sandboxed frame (opaque origin, storage blocked) loads the modules through CORS.
    (context, next) => (context.set('Access-Control-Allow-Origin', '*'), next()),
    // Hostile image URLs ask for paths that do not decode (`%`) or that the static server refuses
    // with a stack trace ("Malicious Path": a NUL, a `..` segment, a leading `//`): a plain 404.
    (context, next) => {
      let path;
      try {
        path = decodeURIComponent(context.path);
      } catch {
        path = '\0';
      }
      if (!/\0|(^|\/)\.\.(\/|$)|^\/\//.test(path)) return next();
      context.status = 404;
      return undefined;
    },
    // Holds a figure test's image until the test releases it (layout-shift tests).
    delayImages(),
  ],
  plugins: [
    esbuildPlugin({ ts: true, json: true, tsconfig: './tsconfig.json' }),
    litWarningGuard,
    emulateMediaFeatures,
    // executeServerCommand('press-ax-tree'): Chromium's computed accessibility tree.
    axTreePlugin(),
    // executeServerCommand('press-key-chord', ['Shift', 'Tab']): keys held together, every engine.
    keyChordPlugin(),
    // executeServerCommand('press-report', { name, data }): figures for the docs, per browser.
    reportPlugin(),
    // For test/ssr/ (after npm run build): @lit-labs/testing's ssrFixture renders through
    // dist/ in a worker; ssrPagesPlugin serves server-rendered pages and the hydrate bundles.
    litSsrPlugin(),
    ssrPagesPlugin(),
  ],
  // A passing run prints nothing it need not. Left out: Lit's one-time "Lit is in dev mode"
  // notice under every file (the tests run Lit's development build on purpose, see nodeResolve),
  // and the library's own warnings, which the specs provoke on purpose with bad input (missing
  // alt, unsafe URLs) and assert on with captureWarnings where the warning is the point. Every
  // other log, Lit's other warnings included (they fail the test, see test/setup/), is shown.
  filterBrowserLogs: ({ args }) => !/^(Lit is in dev mode|press-elements: )/.test(String(args[0])),
  // The counts .ci/run adds up come from totalsReporter (nothing parses the default one's text).
  reporters: [defaultReporter(), totalsReporter()],
  browsers,
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60000,
  // The published-vector corpus renders every vector through every sink in one file: about 8
  // minutes in Chromium here (the figure's sinks alone 6 min 12 s, with its zoom views opened),
  // past 10 on a fresh CI machine.
  testsFinishTimeout: 900000,
  testFramework: { config: { timeout: 10000 } },
};
