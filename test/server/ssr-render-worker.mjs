/**
 * Worker thread of test/server/ssr-pages.mjs: server rendering through the built package
 * (`dist/server/render-article.js`, as `press-elements/server`), in a thread of its own, so that
 * Lit's DOM shim and a patched `Date.now` never touch the test runner's process. `workerData` is
 * `{ task, payload }`; the answer is posted back once. Templates come from the browser as JSON:
 * their `strings` lost `raw`, which Lit needs to trust them, and get it back here (as
 * @lit-labs/testing's own worker does).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

const dist = (path) => pathToFileURL(join(process.cwd(), 'dist', path)).href;
const { cspStyleHashes, renderArticle, renderToString } = await import(
  dist('server/render-article.js')
);
// Only to write the manifest's tag names into templates; no content goes through it.
const { html: staticHtml, unsafeStatic } = await import('lit/static-html.js');

/** A template (or a structure holding some) as serialised by the browser, made renderable. */
function revive(value) {
  if (Array.isArray(value)) return value.map(revive);
  if (value === null || typeof value !== 'object') return value;
  if ('_$litType$' in value) {
    const strings = [...value.strings];
    strings.raw = [...value.strings];
    return { ...value, strings, values: value.values.map(revive) };
  }
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, revive(inner)]));
}

const tasks = {
  /** The article data, rendered as `renderArticle` does for a page. */
  article: (article) => renderArticle(revive(article)),
  /** `renderToString` of each template. */
  strings: (templates) =>
    Promise.all(templates.map((template) => renderToString(revive(template)))),
  /** Each tag name rendered alone, `<tag lang="vi"></tag>`, with nothing around it. */
  tags: (names) =>
    Promise.all(
      names.map((tag) => {
        const name = unsafeStatic(tag);
        return renderToString(staticHtml`<${name} lang="vi"></${name}>`);
      }),
    ),
  /** `cspStyleHashes` of server-rendered HTML. */
  hashes: (html) => cspStyleHashes(html),
  /**
   * Renders the article and the templates with `Date.now` watched: the callers of every read
   * (none is the answer hoped for).
   */
  async clock({ article, templates }) {
    const now = Date.now;
    const reads = [];
    Date.now = () => {
      reads.push(new Error().stack.split('\n')[2]?.trim());
      return now();
    };
    try {
      await renderArticle(revive(article));
      for (const template of templates) await renderToString(revive(template));
    } finally {
      Date.now = now;
    }
    return reads;
  },
};

const { task, payload } = workerData;
if (!tasks[task]) throw new Error(`ssr-render-worker: no task ${task}`);
parentPort.postMessage(await tasks[task](payload));
