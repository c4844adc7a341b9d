/**
 * `npm run bench`: the elements against the physical limit, plain static HTML, in one run.
 *
 * 1. Load: the seed article with the elements, rendered in the browser (CDN bundle) and on the
 *    server (press-elements/server, hydrated), vs the same article as plain HTML, each loaded
 *    cold in a fresh tab, in turn; the time from navigation to the first frame with the final
 *    content (plain: the first frame after parsing; elements: the first frame after every element
 *    has rendered, or the first paint of a server-rendered page that hydration leaves unchanged),
 *    and FCP, CLS, layouts and style recalculations of the load.
 * 2. Text-size step on a 20,000-word article: the toolbar's A+ / A- clicked, traced; main-thread
 *    work from the click to the frame that shows it, style recalculations, layouts, and which
 *    elements ran an update. The same step on the plain page (the article's font-size set
 *    directly) is the reference.
 * 3. Server rendering of the seed article: @lit-labs/ssr (press-elements/server) vs React 19's
 *    renderToString of the same article and a plain template-string renderer, in articles per
 *    second and HTML bytes.
 *
 * Options: --samples N (page loads per variant, default 21), --steps N (default 12),
 * --write (writes the results section of docs/performance.md). Needs `npm run build` first.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { seedArticleData } from '../scripts/support/seed-article.mjs';
import { article, plainMarkup } from './article.mjs';
import { launch } from '../scripts/support/chromium.mjs';
import { CHROMIUM_FLAGS, chromiumPath } from '../scripts/support/system-chromium.mjs';
import { LEGACY_REPEAT, LONG_REPEAT, root, writePages, writeServerPage } from './pages.mjs';
import { writeReportSection } from './report.mjs';
import { serve } from '../scripts/support/static-server.mjs';

const args = process.argv.slice(2);
const number = (name, fallback) => {
  const index = args.indexOf(name);
  return index === -1 ? fallback : Number(args[index + 1]);
};
const SAMPLES = number('--samples', 21);
const WARMUP = 3;
const STEPS = number('--steps', 12);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const ms = (value) => `${value.toFixed(1)} ms`;

/**
 * Runs in every page before its own scripts. "Ready" is the paint that first shows the final
 * content: the first contentful paint when every element had rendered by then (no element at all
 * on the plain page), else the first frame after the last element's first render.
 */
const OBSERVER = `(() => {
  const shifts = [];
  let lcp = 0;
  let lastRender = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) shifts.push(entry.value);
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  const define = customElements.define.bind(customElements);
  customElements.define = (name, element, options) => {
    const firstUpdated = element.prototype.firstUpdated;
    if (firstUpdated) {
      element.prototype.firstUpdated = function (...args) {
        lastRender = Math.max(lastRender, performance.now());
        return firstUpdated.apply(this, args);
      };
    }
    return define(name, element, options);
  };
  // A server-rendered page has the elements' shadow roots once parsed, before any script runs:
  // then its first paint is final if hydration changes nothing that renders (comments, the empty
  // text nodes Lit adds for empty parts and script text aside).
  let serverRendered = false;
  const changes = [];
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    const hosts = [...document.querySelectorAll('*')].filter(
      (e) => e.localName.startsWith('press-') && e.shadowRoot,
    );
    serverRendered = hosts.length > 0;
    if (!serverRendered) return;
    const inert = (node) =>
      node.nodeType === Node.COMMENT_NODE || (node.nodeType === Node.TEXT_NODE && node.data === '');
    // A script's text never renders (the JSON-LD one is kept in step with the article).
    const invisible = (record) =>
      (record.type === 'childList' && [...record.addedNodes, ...record.removedNodes].every(inert)) ||
      record.target.localName === 'script';
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        if (invisible(record)) continue;
        const target = record.target.nodeType === 1 ? record.target : record.target.parentNode;
        changes.push(record.type + ' ' + (target?.localName ?? '#root') + (record.attributeName ? '@' + record.attributeName : ''));
      }
    });
    const options = { subtree: true, childList: true, attributes: true, characterData: true };
    observer.observe(document.body, options);
    for (const host of hosts) observer.observe(host.shadowRoot, options);
  });
  const nextPaint = () =>
    new Promise((done) => requestAnimationFrame(() => setTimeout(() => done(performance.now()))));
  window.__bench = new Promise((resolve) => {
    addEventListener('DOMContentLoaded', async () => {
      const elements = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('press-'));
      await Promise.all(elements.map((e) => customElements.whenDefined(e.localName)));
      await Promise.all(elements.map((e) => e.updateComplete));
      const afterRender = await nextPaint();
      await new Promise((done) => setTimeout(done, 200));
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
      resolve({
        ready: lastRender <= fcp || (serverRendered && changes.length === 0) ? fcp : afterRender,
        serverRendered,
        changes,
        rendered: lastRender,
        fcp,
        lcp,
        cls: shifts.reduce((sum, value) => sum + value, 0),
        elements: elements.length,
      });
    });
  });
})();`;

async function loadOnce(browser, url) {
  const tab = await browser.newPage();
  await tab.setCacheEnabled(false);
  await tab.evaluateOnNewDocument(OBSERVER);
  await tab.goto(url, { waitUntil: 'load' });
  const result = await tab.evaluate('window.__bench');
  const counts = await tab.metrics();
  await tab.close();
  return {
    ...result,
    layouts: counts.LayoutCount,
    recalcs: counts.RecalcStyleCount,
    script: counts.ScriptDuration * 1000,
  };
}

async function benchLoad(browser, origin, urls) {
  const variants = {
    plain: urls['seed-plain.html'],
    elements: urls['seed-elements.html'],
    server: urls['seed-server.html'],
  };
  const samples = { plain: [], elements: [], server: [] };
  const names = Object.keys(variants);
  for (let i = 0; i < WARMUP + SAMPLES; i++) {
    // Rotate which goes first, so drift on a shared machine hits all alike.
    const order = names.map((_, k) => names[(i + k) % names.length]);
    for (const name of order) {
      const sample = await loadOnce(browser, origin + variants[name]);
      if (i >= WARMUP) samples[name].push(sample);
    }
  }
  const summary = (list) => ({
    ready: median(list.map((s) => s.ready)),
    readyP25: quantile(
      list.map((s) => s.ready),
      0.25,
    ),
    readyP75: quantile(
      list.map((s) => s.ready),
      0.75,
    ),
    fcp: median(list.map((s) => s.fcp)),
    lcp: median(list.map((s) => s.lcp)),
    cls: Math.max(...list.map((s) => s.cls)),
    layouts: median(list.map((s) => s.layouts)),
    recalcs: median(list.map((s) => s.recalcs)),
    script: median(list.map((s) => s.script)),
    elements: list[0].elements,
    // Loads whose first paint came before the elements had rendered: the reader saw the light DOM
    // un-upgraded for a frame or more (invisible to CLS: the slotted boxes are new, not moved).
    early: list.filter((s) => s.elements > 0 && s.rendered > s.fcp).length,
    // What hydration changed in a server-rendered page, over all its loads.
    changes: [...new Set(list.flatMap((s) => s.changes ?? []))],
    serverRendered: list.every((s) => s.serverRendered),
  });
  const plain = summary(samples.plain);
  const elements = summary(samples.elements);
  const server = summary(samples.server);
  const hydrateBytes = gzipSync(readFileSync(join(root, '.tmp/bench/hydrate.min.js')), {
    level: 9,
  }).length;
  if (!server.serverRendered) throw new Error('The server-rendered page had no shadow roots');
  return {
    plain,
    elements,
    server,
    ratio: elements.ready / plain.ready,
    serverRatio: server.ready / plain.ready,
    hydrateBytes,
    samples: SAMPLES,
  };
}

/** Main-thread work of one step, read off its trace. */
function analyseTrace(events) {
  const mark = events.find((e) => e.name === 'press-step' && e.cat.includes('blink.user_timing'));
  if (!mark) throw new Error('No step mark in the trace');
  const main = events.find(
    (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === mark.pid,
  );
  const onMain = events.filter((e) => e.pid === mark.pid && (!main || e.tid === main.tid));
  const start = mark.ts;
  // The frame that shows the change: the first paint after the step's last style/layout work.
  const after = onMain.filter((e) => e.ts >= start).sort((a, b) => a.ts - b.ts);
  const paint = after.find((e) => e.name === 'Paint' || e.name === 'PrePaint');
  const end = paint ? paint.ts + (paint.dur ?? 0) : start;
  const inside = after.filter((e) => e.ts <= end);
  const complete = (name) => inside.filter((e) => e.name === name && e.ph === 'X');
  // Only the tasks that did the step's work: its script, the style, layout and paint it caused
  // (not unrelated tasks that happen to run meanwhile, such as image decoding).
  const work = new Set(['EventDispatch', 'FunctionCall', 'UpdateLayoutTree', 'Layout', 'Paint']);
  const relevant = inside.filter((e) => work.has(e.name) || e === mark);
  const tasks = inside.filter(
    (e) =>
      e.name === 'RunTask' &&
      e.ph === 'X' &&
      relevant.some((r) => r.ts >= e.ts && r.ts <= e.ts + e.dur),
  );
  const busy = tasks.reduce(
    (sum, e) => sum + Math.max(0, Math.min(e.ts + e.dur, end) - Math.max(e.ts, start)),
    0,
  );
  const sum = (list) => list.reduce((total, e) => total + (e.dur ?? 0), 0) / 1000;
  return {
    busy: busy / 1000,
    span: (end - start) / 1000,
    recalcs: complete('UpdateLayoutTree').length,
    recalcElements: complete('UpdateLayoutTree').reduce(
      (total, e) => total + (e.args?.elementCount ?? 0),
      0,
    ),
    recalcTime: sum(complete('UpdateLayoutTree')),
    layouts: complete('Layout').length,
    layoutTime: sum(complete('Layout')),
    script: sum([
      ...complete('FunctionCall'),
      ...complete('EventDispatch'),
      ...complete('RunMicrotasks'),
    ]),
  };
}

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  '__metadata',
];

/** The trace events of `action()` in `tab`. */
async function trace(tab, action) {
  await tab.tracing.start({ categories: CATEGORIES });
  let data;
  try {
    await action();
  } finally {
    data = await tab.tracing.stop();
  }
  return JSON.parse(new TextDecoder().decode(data)).traceEvents;
}

/** Counts every update of every press-* element, to show which ones did work in a step. */
const COUNT_UPDATES = `(() => {
  window.__updates = {};
  for (const tag of new Set([...document.querySelectorAll('*')].map((e) => e.localName))) {
    const element = customElements.get(tag);
    if (!tag.startsWith('press-') || !element) continue;
    const original = element.prototype.performUpdate;
    element.prototype.performUpdate = function () {
      window.__updates[this.localName] = (window.__updates[this.localName] ?? 0) + 1;
      return original.call(this);
    };
  }
})()`;

const ELEMENTS_STEP = (up) => `(async () => {
  window.__updates = {};
  const toolbar = document.querySelector('press-a11y-toolbar').shadowRoot;
  performance.mark('press-step');
  toolbar.querySelector('[part~="button-${up ? 'larger' : 'smaller'}"]').click();
  await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
  await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
  return { updates: window.__updates, size: getComputedStyle(document.querySelector('press-article > p')).fontSize };
})()`;

const PLAIN_STEP = (up) => `(async () => {
  performance.mark('press-step');
  document.querySelector('.press').style.fontSize = ${up ? "'calc(1.125rem * 1.125)'" : "''"};
  await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
  await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
  return { updates: {}, size: getComputedStyle(document.querySelector('.press > p')).fontSize };
})()`;

async function openLong(browser, url) {
  const tab = await browser.newPage();
  await tab.evaluateOnNewDocument(OBSERVER);
  await tab.setViewport({ width: 1280, height: 800 });
  await tab.goto(url, { waitUntil: 'load' });
  await tab.evaluate('window.__bench');
  await tab.evaluate("localStorage.removeItem('press-elements:preferences:v1')");
  await tab.evaluate(COUNT_UPDATES);
  return tab;
}

/**
 * Text-size steps on the long pages, in rounds that take turns between them so that drift hits
 * all alike; one tab at a time (the pages share an origin, so their preferences would follow each
 * other's steps through the storage event).
 */
async function benchSteps(browser, origin, urls) {
  const variants = {
    plain: { url: urls['long-plain.html'], step: PLAIN_STEP },
    elements: { url: urls['long-elements.html'], step: ELEMENTS_STEP },
    fullLayout: { url: urls['long-elements-full-layout.html'], step: ELEMENTS_STEP },
    legacy: { url: urls['long-legacy.html'], step: ELEMENTS_STEP },
  };
  const results = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
  const sizes = Object.fromEntries(Object.keys(variants).map((name) => [name, new Set()]));
  const ROUNDS = 4;
  let words = 0;
  let legacyWords = 0;
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, { url, step }] of Object.entries(variants)) {
      const tab = await openLong(browser, origin + url);
      for (let i = 0; i < Math.ceil(STEPS / ROUNDS); i++) {
        let value;
        const events = await trace(tab, async () => {
          value = await tab.evaluate(step(i % 2 === 0));
        });
        sizes[name].add(value.size);
        results[name].push({ ...analyseTrace(events), updates: value.updates });
      }
      const count =
        "document.querySelector('main').textContent.split(/\\s+/).filter(Boolean).length";
      if (name === 'elements' && round === 0) words = await tab.evaluate(count);
      if (name === 'legacy' && round === 0) legacyWords = await tab.evaluate(count);
      await tab.close();
    }
  }
  const summary = (name) => {
    if (sizes[name].size < 2) throw new Error(`The text size did not change on the ${name} page`);
    const list = results[name];
    const pick = (key) => median(list.map((r) => r[key]));
    const updates = {};
    for (const r of list) {
      for (const [tag, count] of Object.entries(r.updates)) {
        updates[tag] = Math.max(updates[tag] ?? 0, count);
      }
    }
    return {
      words,
      busy: pick('busy'),
      busyMax: Math.max(...list.map((r) => r.busy)),
      span: pick('span'),
      recalcs: pick('recalcs'),
      recalcElements: pick('recalcElements'),
      recalcTime: pick('recalcTime'),
      layouts: pick('layouts'),
      layoutTime: pick('layoutTime'),
      script: pick('script'),
      updates,
    };
  };
  return {
    plainStep: summary('plain'),
    step: summary('elements'),
    fullStep: summary('fullLayout'),
    legacyStep: { ...summary('legacy'), words: legacyWords },
  };
}

/** Articles per second of each renderer: median of rounds that alternate between them. */
async function rates(renderers, rounds = 8, seconds = 0.5) {
  const samples = Object.fromEntries(Object.keys(renderers).map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const [name, render] of Object.entries(renderers)) {
      let count = 0;
      const start = performance.now();
      while (performance.now() - start < seconds * 1000) {
        await render();
        count++;
      }
      samples[name].push((count * 1000) / (performance.now() - start));
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([name, list]) => [name, median(list)]));
}

async function benchSsr() {
  const server = join(root, 'dist', 'server', 'render-article.js');
  if (!existsSync(server)) return undefined;
  const { renderArticle } = await import(pathToFileURL(server).href);
  const data = seedArticleData(article, { credits: false });
  // React's production build, as a portal's server runs it (the development one checks more).
  process.env.NODE_ENV ??= 'production';
  const { reactArticle } = await import('./react-article.mjs');
  const ssrHtml = await renderArticle(data);
  const plainHtml = plainMarkup();
  const reactHtml = reactArticle();
  // Warm all three up before timing.
  for (let i = 0; i < 200; i++) {
    await renderArticle(data);
    plainMarkup();
    reactArticle();
  }
  const { ssr, plain, react } = await rates({
    ssr: () => renderArticle(data),
    react: async () => reactArticle(),
    plain: async () => plainMarkup(),
  });
  return {
    ssr,
    plain,
    react,
    ratio: ssr / plain,
    reactRatio: ssr / react,
    ssrBytes: Buffer.byteLength(ssrHtml),
    plainBytes: Buffer.byteLength(plainHtml),
    reactBytes: Buffer.byteLength(reactHtml),
  };
}

function machine() {
  let chromium;
  try {
    // Debian's wrapper script prints a shell warning on stderr; only the version line counts.
    chromium = execFileSync(chromiumPath(), ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    chromium = chromiumPath();
  }
  return {
    cpu: `${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}`,
    memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
    node: process.version,
    chromium,
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
  };
}

const verdict = (ok) => (ok ? 'meets the goal' : 'misses the goal');

/** Issue 17's goals for the load: ready and first-paint ratios against plain HTML. */
const GOALS = { ready: 1.25, readyAim: 1.15, serverReady: 1.1, fcp: 1.05 };

function fcpRatio(fcp, plainFcp) {
  const ratio = fcp / plainFcp;
  return `${ratio.toFixed(2)} (goal ≤ ${GOALS.fcp}: ${verdict(ratio <= GOALS.fcp)})`;
}

function report({ load, step, plainStep, fullStep, legacyStep, ssr, host }) {
  const list = (counts) =>
    Object.entries(counts)
      .map(([tag, count]) => `\`${tag}\` ×${count}`)
      .join(', ');
  const updates = list(step.updates);
  const fullUpdates = list(fullStep.updates);
  const onlyArticleAndToolbar = Object.keys(step.updates).every((tag) =>
    ['press-article', 'press-a11y-toolbar'].includes(tag),
  );
  const lines = [
    `Measured ${host.date} on ${host.cpu}, ${host.memory}, Node ${host.node}, ${host.chromium}, headless, software rendering (\`--disable-gpu\`), no CPU or network throttling, pages served gzipped from 127.0.0.1 with the HTTP cache disabled.`,
    '',
    '### 1. Seed article: elements vs plain static HTML',
    '',
    `${load.samples} cold loads of each page, in turn, after ${WARMUP} warm-up loads each. The elements are measured in both ways a portal can serve them: the contract's markup with the CDN bundle as one \`<script type="module">\` (rendered in the browser), and the page \`press-elements/server\` writes (declarative shadow DOM) with \`press-elements/hydrate\` bundled the same way (${(load.hydrateBytes / 1000).toFixed(1)} kB gzip). "Ready" is the time from navigation start to the first paint that shows the final content: for plain HTML, the first contentful paint; for the elements, the first contentful paint if all ${load.elements.elements} elements had rendered by then (server-rendered: if hydration then changed nothing that renders), else the first frame after the last one rendered. Each ratio is one of medians, against issue 17's goals; the 25th–75th percentiles show how much the loads vary on this machine.`,
    '',
    '| | plain HTML | elements, rendered in the browser | ratio | elements, server-rendered | ratio |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    `| **Ready, median** | ${ms(load.plain.ready)} | ${ms(load.elements.ready)} | **${load.ratio.toFixed(2)}** (goal ≤ ${GOALS.ready}, aim ${GOALS.readyAim}: ${verdict(load.ratio <= GOALS.ready)}) | ${ms(load.server.ready)} | **${load.serverRatio.toFixed(2)}** (goal ≤ ${GOALS.serverReady}: ${verdict(load.serverRatio <= GOALS.serverReady)}) |`,
    `| Ready, 25th–75th percentile | ${ms(load.plain.readyP25)}–${ms(load.plain.readyP75)} | ${ms(load.elements.readyP25)}–${ms(load.elements.readyP75)} | | ${ms(load.server.readyP25)}–${ms(load.server.readyP75)} | |`,
    `| First contentful paint, median | ${ms(load.plain.fcp)} | ${ms(load.elements.fcp)} | ${fcpRatio(load.elements.fcp, load.plain.fcp)} | ${ms(load.server.fcp)} | ${fcpRatio(load.server.fcp, load.plain.fcp)} |`,
    `| Largest contentful paint, median | ${ms(load.plain.lcp)} | ${ms(load.elements.lcp)} | ${(load.elements.lcp / load.plain.lcp).toFixed(2)} | ${ms(load.server.lcp)} | ${(load.server.lcp / load.plain.lcp).toFixed(2)} |`,
    `| Cumulative layout shift, worst | ${load.plain.cls.toFixed(3)} | ${load.elements.cls.toFixed(3)} | goal 0: ${verdict(load.elements.cls === 0)} | ${load.server.cls.toFixed(3)} | goal 0: ${verdict(load.server.cls === 0)} |`,
    `| Layouts during the load, median | ${load.plain.layouts} | ${load.elements.layouts} | | ${load.server.layouts} | |`,
    `| Style recalculations during the load, median | ${load.plain.recalcs} | ${load.elements.recalcs} | | ${load.server.recalcs} | |`,
    `| Script time, median | ${ms(load.plain.script)} | ${ms(load.elements.script)} | | ${ms(load.server.script)} | goal ≤ the browser-rendered page's: ${verdict(load.server.script <= load.elements.script)} |`,
    `| Loads painted before the elements had rendered | – | ${load.elements.early} of ${load.samples} | | ${load.server.early} of ${load.samples} | |`,
    `| What hydration changed that renders | – | – | | ${load.server.changes.length ? load.server.changes.map((c) => `\`${c}\``).join(', ') : 'nothing'} | |`,
    '',
    `### 2. One text-size step on a ${step.words.toLocaleString('en-US')}-word article`,
    '',
    `The seed body repeated ${LONG_REPEAT} times (with its figures), 1280×800 viewport. ${STEPS} steps alternating A+ and A-, each traced, in four rounds that take turns between the pages (a fresh tab each); medians. Main-thread work is the sum of the renderer main thread's tasks from the step to the end of the paint of the frame that shows it. The plain page's step sets the article's \`font-size\` directly: the browser's own cost of re-laying out the text. Both long articles are cut into chunks of 24 elements, and every chunk after the first skips style and layout while out of view (\`content-visibility: auto\`, content-chunks.ts); the third column turns that off (and the default theme's same rule for paragraphs and figures) to show the cost of laying out everything. The legacy column is a ${legacyStep.words.toLocaleString('en-US')}-word body as the seed portal's editors write it (the corpus's Vietnamese bodies repeated ${LEGACY_REPEAT} times: inline px sizes in nested spans, caption paragraphs, layout tables), whose fixed sizes the article pins on the first enlargement (the worst step) and reuses after.`,
    '',
    '| | plain HTML | elements (default theme) | elements, everything laid out | legacy CMS body | goal |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
    `| **Main-thread work, median** | ${ms(plainStep.busy)} | ${ms(step.busy)} | ${ms(fullStep.busy)} | ${ms(legacyStep.busy)} | ≤ 16 ms: elements ${verdict(step.busy <= 16)}, legacy body ${verdict(legacyStep.busy <= 16)} |`,
    `| Main-thread work, worst | ${ms(plainStep.busyMax)} | ${ms(step.busyMax)} | ${ms(fullStep.busyMax)} | ${ms(legacyStep.busyMax)} | |`,
    `| Style recalculations | ${plainStep.recalcs} | ${step.recalcs} | ${fullStep.recalcs} | ${legacyStep.recalcs} | 1: ${verdict(step.recalcs <= 1)} |`,
    `| Elements restyled | ${plainStep.recalcElements.toLocaleString('en-US')} | ${step.recalcElements.toLocaleString('en-US')} | ${fullStep.recalcElements.toLocaleString('en-US')} | ${legacyStep.recalcElements.toLocaleString('en-US')} | |`,
    `| Style recalculation time | ${ms(plainStep.recalcTime)} | ${ms(step.recalcTime)} | ${ms(fullStep.recalcTime)} | ${ms(legacyStep.recalcTime)} | |`,
    `| Layouts | ${plainStep.layouts} | ${step.layouts} | ${fullStep.layouts} | ${legacyStep.layouts} | |`,
    `| Layout time | ${ms(plainStep.layoutTime)} | ${ms(step.layoutTime)} | ${ms(fullStep.layoutTime)} | ${ms(legacyStep.layoutTime)} | |`,
    `| Script (event, function calls, microtasks) | ${ms(plainStep.script)} | ${ms(step.script)} | ${ms(fullStep.script)} | ${ms(legacyStep.script)} | |`,
    `| Elements that ran an update | – | ${updates || 'none'} | ${fullUpdates || 'none'} | ${list(legacyStep.updates) || 'none'} | only the article and its toolbar: ${verdict(onlyArticleAndToolbar)} |`,
  ];
  if (ssr) {
    lines.push(
      '',
      '### 3. Server rendering of the seed article',
      '',
      `\`press-elements/server\` (\`renderArticle\`, @lit-labs/ssr, declarative shadow DOM for every element) against React 19's \`renderToString\` of a component tree that writes the plain page's article (\`bench/react-article.mjs\`, production build) and against a template-string function that writes the same; timed in eight alternating rounds of half a second each after a warm-up, medians, in one Node process. Goals (issue 17): \`renderArticle\` at ≥ 0.25× React's articles per second, and its HTML ≤ 1.6× the plain page's.`,
      '',
      '| | plain template strings | React 19 `renderToString` | `renderArticle` | `renderArticle` against React | against plain | goal |',
      '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
      `| **Articles per second** | ${Math.round(ssr.plain).toLocaleString('en-US')} | ${Math.round(ssr.react).toLocaleString('en-US')} | ${Math.round(ssr.ssr).toLocaleString('en-US')} | **${ssr.reactRatio.toFixed(3)}×** | ${ssr.ratio.toFixed(3)}× | ≥ 0.25× React: ${verdict(ssr.reactRatio >= 0.25)} |`,
      `| **HTML per article** | ${ssr.plainBytes.toLocaleString('en-US')} B | ${ssr.reactBytes.toLocaleString('en-US')} B | ${ssr.ssrBytes.toLocaleString('en-US')} B | ${(ssr.ssrBytes / ssr.reactBytes).toFixed(2)}× | **${(ssr.ssrBytes / ssr.plainBytes).toFixed(2)}×** | ≤ 1.6× plain: ${verdict(ssr.ssrBytes / ssr.plainBytes <= 1.6)} |`,
    );
  }
  return lines.join('\n');
}

async function main() {
  for (const file of [
    'cdn/press-elements.min.js',
    'dist/define.js',
    'dist/server/render-article.js',
  ]) {
    if (!existsSync(join(root, file))) {
      console.error(`Missing ${file}: run \`npm run build\` first.`);
      process.exit(2);
    }
  }
  const urls = { ...writePages(), 'seed-server.html': await writeServerPage() };
  const server = await serve(root, { gzip: true });
  // Puppeteer's own default flags (automation mode, pre-commit input, hidden scrollbars…) are left
  // out: the pages are measured in a browser set up as a reader's, as the earlier runs were.
  const browser = await launch({
    defaultViewport: null,
    pipe: true,
    ignoreDefaultArgs: true,
    args: [...CHROMIUM_FLAGS, '--headless=new', '--mute-audio', 'about:blank'],
  });
  let results;
  try {
    const started = performance.now();
    console.log('Loading the seed article…');
    const load = await benchLoad(browser, server.origin, urls);
    console.log('Text-size steps on the long article…');
    const { step, plainStep, fullStep, legacyStep } = await benchSteps(
      browser,
      server.origin,
      urls,
    );
    await browser.close();
    await server.close();
    console.log('Server rendering…');
    const ssr = await benchSsr();
    results = { load, step, plainStep, fullStep, legacyStep, ssr, host: machine() };
    console.log(`(${((performance.now() - started) / 1000).toFixed(0)} s)`);
  } catch (error) {
    await browser.close();
    await server.close();
    throw error;
  }
  const section = report(results);
  console.log(`\n${section}\n`);
  if (args.includes('--write')) {
    await writeReportSection('bench', section);
  }
}

await main();
