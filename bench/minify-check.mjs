/**
 * Proof that the CDN bundle's minification is safe: the seed article rendered by the minified
 * bundle and by an unminified bundle of the same build must give the same shadow DOM, the same
 * geometry and the same style rules (CSSOM keeps the whitespace inside `var()` fallbacks and
 * `@supports` conditions as written, so whitespace around `,` `(` `)` `:` is not compared). Runs after `npm run build`.
 */
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import buildConfig, { CDN_ENTRY } from '../rollup.config.mjs';
import { elementsMarkup, page } from './article.mjs';
import { launch } from '../scripts/support/chromium.mjs';
import { serve } from '../scripts/support/static-server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, '.tmp', 'minify-check');
mkdirSync(out, { recursive: true });

const build = await rollup({
  input: join(root, buildConfig[0].input),
  plugins: [nodeResolve({ exportConditions: ['production'] })],
  onwarn: () => {},
});
await build.write({ dir: out, entryFileNames: 'unminified.js', format: 'es' });
await build.close();

/** The attribute forms and the parts the seed article leaves out, so every template renders. */
const VARIANTS = `<press-article id="b" lang="en" dir="rtl">
<press-a11y-toolbar for="b"></press-a11y-toolbar>
<press-header kicker="Kicker" headline="A headline" standfirst="The lead" level="2"></press-header>
<press-figure src="/fixtures/seed-article/images/meeting-600.png" width="600" height="400" alt="Alt"
  credit="AP" caption="A caption"></press-figure>
<press-figure src="/missing.png" width="600" height="400" caption="Broken"></press-figure>
<press-byline author="Ann" source="VOV" published="2017-03-02T09:15:00+07:00"
  modified="2017-03-03T09:15:00+07:00" time-zone="Asia/Ho_Chi_Minh" reading-time></press-byline>
<press-byline><press-author name="Ann" href="/a" job-title="Editor"></press-author>
  <press-author name="Bo"></press-author></press-byline>
<p>Body text.</p>
</press-article>`;

const bundles = {
  minified: `/${CDN_ENTRY}`,
  unminified: '/.tmp/minify-check/unminified.js',
};
for (const [name, src] of Object.entries(bundles)) {
  const head = `<script type="module" src="${src}"></script>`;
  writeFileSync(join(out, `${name}.html`), page({ head, content: elementsMarkup() + VARIANTS }));
}

/** Runs in the page: every element's rendering, as comparable text. */
async function describe() {
  const elements = [...document.querySelectorAll('*')].filter((e) =>
    e.localName.startsWith('press-'),
  );
  await Promise.all(elements.map((e) => customElements.whenDefined(e.localName)));
  await Promise.all(elements.map((e) => e.updateComplete));
  await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
  const fold = (text) =>
    text
      .replace(/<!--[^]*?-->/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  return elements.map((e) => ({
    tag: e.localName,
    dom: fold(e.shadowRoot.innerHTML),
    rules: e.shadowRoot.adoptedStyleSheets
      .flatMap((sheet) => [...sheet.cssRules].map((rule) => fold(rule.cssText)))
      .join('\n'),
    box: JSON.stringify(e.getBoundingClientRect()),
  }));
}

const server = await serve(root, { gzip: true });
const browser = await launch();
const rendered = {};
try {
  for (const name of Object.keys(bundles)) {
    const tab = await browser.newPage();
    await tab.goto(`${server.origin}/.tmp/minify-check/${name}.html`, { waitUntil: 'load' });
    rendered[name] = await tab.evaluate(`(${describe})()`);
    await tab.close();
  }
} finally {
  await browser.close();
  await server.close();
}

// The CSSOM also keeps an `@supports` condition as written (`(overflow-clip-margin: 1em)`).
const loose = (text) => text.replace(/\s*([,():])\s*/g, '$1');
const problems = [];
rendered.minified.forEach((element, i) => {
  const reference = rendered.unminified[i];
  for (const key of ['tag', 'dom', 'box']) {
    if (element[key] !== reference?.[key]) problems.push(`${element.tag} ${key} differs`);
  }
  if (loose(element.rules) !== loose(reference?.rules ?? ''))
    problems.push(`${element.tag} styles differ`);
});
if (rendered.minified.length !== rendered.unminified.length) problems.push('element count differs');

if (problems.length > 0) {
  console.error(`The minified bundle renders differently:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(
  `Minified bundle renders the same as unminified: ${rendered.minified.length} elements.`,
);
