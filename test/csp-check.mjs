/**
 * Strict CSP with Trusted Types (run after `npm run build`, as `npm run ci:csp`): serves the seed
 * article as a portal would (server-rendered markup, the CDN folder, a theme) under
 *   default-src 'self'; style-src 'self'; require-trusted-types-for 'script'
 * and opens it in every engine installed here (Chromium; Firefox; WebKit when DISPLAY is set).
 * test/csp/driver.js renders and works the toolbar, and reports; the check fails on any
 * securitypolicyviolation event or CSP report, or if the probes show the policy was not enforced.
 * The toolbar's text-size buttons load an on-demand chunk: the check fails if none was loaded, as
 * chunks would then go unchecked.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../scripts/support/static-server.mjs';
import { CHROMIUM_FLAGS, findChromium } from '../scripts/support/system-chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const POLICY = "default-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
/**
 * The seed article's page as a portal writes it (fixtures/seed-article/index.html: the contract's
 * markup, a theme, the CDN bundle), served at `/` with the driver added: `<base>` keeps its
 * relative URLs pointing where they do in the fixture.
 */
function page() {
  return readFileSync(join(root, 'fixtures/seed-article/index.html'), 'utf8')
    .replace('<head>', '<head>\n    <base href="/fixtures/seed-article/" />')
    .replace('</head>', '  <script src="/csp/driver.js"></script>\n  </head>');
}

let onResult = () => {};
const reports = [];
/** The on-demand chunks the page loaded, per engine visit. */
const chunks = new Set();
const server = await serve(root, {
  headers: {
    'content-security-policy': `${POLICY}; report-uri /csp-report`,
    'cache-control': 'no-store',
  },
  pages: {
    '/': page(),
    '/csp/driver.js': readFileSync(join(root, 'test/csp/driver.js'), 'utf8'),
  },
  handle(req, res) {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (url.pathname.startsWith('/cdn/chunks/') && url.pathname.endsWith('.js')) {
      chunks.add(url.pathname);
    }
    if (req.method !== 'POST') return false;
    let data = '';
    req.on('data', (chunk) => (data += chunk));
    req.on('end', () => {
      res.writeHead(204).end();
      // The driver's own probes (test/csp/driver.js) are refused on purpose: not counted.
      if (url.pathname === '/csp-report' && !data.includes('/csp/driver.js')) reports.push(data);
      if (url.pathname === '/result') onResult(JSON.parse(data));
    });
    return true;
  },
});

function engines(url) {
  const profile = () => mkdtempSync(join(tmpdir(), 'press-csp-'));
  const list = [];
  const chromium = findChromium();
  if (chromium) {
    const dir = profile();
    list.push({
      name: 'Chromium',
      dir,
      command: chromium,
      args: ['--headless=new', ...CHROMIUM_FLAGS, `--user-data-dir=${dir}`, url],
    });
  }
  if (existsSync('/usr/bin/firefox-esr')) {
    const dir = profile();
    list.push({
      name: 'Firefox',
      dir,
      command: '/usr/bin/firefox-esr',
      args: ['--headless', '--no-remote', '--profile', dir, url],
    });
  }
  const miniBrowser = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
  if (existsSync(miniBrowser) && process.env.DISPLAY) {
    list.push({ name: 'WebKit', dir: profile(), command: miniBrowser, args: [url] });
  }
  return list;
}

async function visit(engine) {
  reports.length = 0;
  const result = new Promise((resolve, reject) => {
    onResult = resolve;
    setTimeout(() => reject(new Error(`${engine.name}: no result within 90 s`)), 90_000);
  });
  const child = spawn(engine.command, engine.args, {
    stdio: 'ignore',
    env: { ...process.env, HOME: engine.dir },
  });
  try {
    const outcome = await result;
    await new Promise((resolve) => setTimeout(resolve, 500)); // late CSP reports
    return outcome;
  } finally {
    child.kill('SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 300)); // let the browser release its profile
    try {
      rmSync(engine.dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    } catch (error) {
      // Firefox may still be writing its profile: a temporary folder left behind fails nothing.
      console.log(`(left ${engine.dir}: ${error.code})`);
    }
  }
}

if (!existsSync(join(root, 'cdn/press-elements.min.js'))) {
  console.error('cdn/press-elements.min.js is missing: run `npm run build` first.');
  process.exit(1);
}
const url = `${server.url}/`;
const failures = [];
const list = engines(url);
for (const engine of list) {
  chunks.clear();
  const result = await visit(engine).catch((error) => ({ error: String(error) }));
  const problems = [];
  if (result.error) problems.push(result.error);
  else {
    if (!result.rendered) problems.push('the elements did not render');
    if (result.buttons < 5) problems.push(`the toolbar has ${result.buttons} buttons`);
    if (result.violations.length) problems.push(`violations: ${JSON.stringify(result.violations)}`);
    if (reports.length) problems.push(`CSP reports: ${reports.join(' ')}`);
    if (!chunks.size) problems.push('no on-demand chunk was loaded');
    if (
      !result.probeViolations.includes('style-src-attr') &&
      !result.probeViolations.includes('style-src')
    )
      problems.push(`the inline-style probe was not refused (${result.probeViolations})`);
    if (result.trustedTypes && !result.sinkRefused)
      problems.push('Trusted Types did not refuse a string into innerHTML');
  }
  const tt = result.trustedTypes ? 'Trusted Types enforced' : 'no Trusted Types in this engine';
  console.log(
    `${engine.name}: ${problems.length ? 'FAIL' : 'ok'}, ${result.violations?.length ?? '?'} violations, ` +
      `${reports.length} reports, ${chunks.size} chunks loaded, ${tt}${problems.length ? `\n  ${problems.join('\n  ')}` : ''}`,
  );
  if (problems.length) failures.push(engine.name);
}
await server.close();
if (list.length === 0) failures.push('no browser found');
console.log(
  failures.length
    ? `CSP check failed: ${failures.join(', ')}`
    : `CSP check passed in ${list.length} engines.`,
);
process.exit(failures.length ? 1 : 0);
