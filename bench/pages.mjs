/**
 * Writes the benchmark and Lighthouse pages into .tmp/bench/ (served from the repository root):
 * the seed article with the elements and as plain HTML, and the same pair for a long article;
 * `writeServerPage` adds the seed article as `press-elements/server` renders it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { rollup } from 'rollup';
import { productionPlugins } from '../rollup.config.mjs';
import { seedArticleData } from '../scripts/support/seed-article.mjs';
import {
  article,
  elementsMarkup,
  legacyMarkup,
  legacyWordCount,
  page,
  PLAIN_CSS,
  plainMarkup,
  wordCount,
} from './article.mjs';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const PAGES_DIR = '.tmp/bench';
/** The long article: the seed body repeated until it passes 20,000 words. */
export const LONG_REPEAT = Math.ceil(20000 / wordCount(1));
/** The long legacy body: the corpus's Vietnamese bodies repeated until they pass 20,000 words. */
export const LEGACY_REPEAT = Math.ceil(20000 / legacyWordCount(1));

/** Theme files, inline (no render-blocking request), comments and runs of spaces removed. */
function themeCss(...names) {
  const css = names.map((name) => readFileSync(join(root, 'themes', `${name}.css`), 'utf8'));
  return `${css
    .join('\n')
    .replace(/\/\*[^]*?\*\//g, '')
    .replace(/\s+/g, ' ')} body{margin:0}`;
}

/**
 * A long article's chunks, and the default theme's paragraphs and figures far down, skip layout
 * while out of view (`content-visibility: auto`); this switches that off, to show what the step
 * costs when everything is laid out.
 */
export const FULL_LAYOUT =
  'press-article::part(chunk),press-article > *{content-visibility:visible}';

/** `script` is the URL of the bundle that defines the elements. */
export function writePages(script = '/cdn/press-elements.min.js') {
  const out = join(root, PAGES_DIR);
  mkdirSync(out, { recursive: true });
  // Rendered in the browser: the default theme and the rules for markup not upgraded yet.
  const elementsHead = `<style>${themeCss('default', 'before-upgrade')}</style>\n<script type="module" src="${script}"></script>`;
  const plainHead = `<style>${PLAIN_CSS}</style>`;
  const pages = {
    'seed-elements.html': page({ head: elementsHead, content: elementsMarkup() }),
    'seed-plain.html': page({ head: plainHead, content: plainMarkup() }),
    'long-elements.html': page({
      head: elementsHead,
      content: elementsMarkup({ repeat: LONG_REPEAT }),
    }),
    'long-plain.html': page({ head: plainHead, content: plainMarkup({ repeat: LONG_REPEAT }) }),
    'long-legacy.html': page({
      head: elementsHead,
      content: legacyMarkup({ repeat: LEGACY_REPEAT }),
    }),
    'long-elements-full-layout.html': page({
      head: `${elementsHead}\n<style>${FULL_LAYOUT}</style>`,
      content: elementsMarkup({ repeat: LONG_REPEAT }),
    }),
  };
  for (const [name, html] of Object.entries(pages)) writeFileSync(join(out, name), html);
  return Object.fromEntries(Object.keys(pages).map((name) => [name, `/${PAGES_DIR}/${name}`]));
}

/**
 * The seed article rendered by `press-elements/server` (declarative shadow DOM), hydrated by
 * `press-elements/hydrate` bundled as the CDN bundle is (Lit's production build, minified). Needs
 * `npm run build` (dist/). Resolves with the page's URL.
 */
export async function writeServerPage() {
  const out = join(root, PAGES_DIR);
  mkdirSync(out, { recursive: true });
  const bundle = await rollup({
    input: join(root, 'dist', 'hydrate.js'),
    // The server's own templates, unminified: hydration compares them (rollup.config.mjs).
    plugins: productionPlugins({ html: false }),
  });
  // One file, like the CDN bundle.
  await bundle.write({
    file: join(out, 'hydrate.min.js'),
    format: 'es',
    inlineDynamicImports: true,
  });
  await bundle.close();
  const server = pathToFileURL(join(root, 'dist', 'server', 'render-article.js')).href;
  const { renderArticle } = await import(server);
  // No credits: the plain page has none either.
  const content = await renderArticle(seedArticleData(article, { credits: false }));
  const head = `<style>${themeCss('default')}</style>\n<script type="module" src="/${PAGES_DIR}/hydrate.min.js"></script>`;
  writeFileSync(join(out, 'seed-server.html'), page({ head, content }));
  return `/${PAGES_DIR}/seed-server.html`;
}
