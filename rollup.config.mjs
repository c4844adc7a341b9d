/**
 * The CDN build: every element and Lit, minified, for portals that add one
 * `<script type="module">`: an entry module with its on-demand chunks in `cdn/`, and the same code
 * as a single file. The npm build is plain `tsc` output in dist/ (Lit stays external).
 * `productionPlugins()` is also what the size budgets and benchmarks (bench/) build with.
 */
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import {
  defaultShouldMinify,
  defaultShouldMinifyCSS,
} from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';
import { defaultStrategy } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/** Stands for one `${…}` while a CSS literal is minified: a character CSS never holds. */
const EXPRESSION = '\uE000';

/**
 * Minifies the text of a `css` literal by removing only what CSS syntax ignores: comments, runs
 * of whitespace, whitespace next to `{ } ; , ( )`, after `:` and before `!`, and the last `;` of a
 * block; and the quotes of an attribute selector's value that is an identifier. It never parses
 * or rewrites declarations, so an interpolated value, declaration list or rule (our tokens and
 * contrast palettes) stays exactly where it was; other strings are copied untouched. Space
 * before `:` is kept (`a :hover` is a descendant selector), and so is every space around an
 * expression unless punctuation makes it insignificant (`margin: ${x} 0`).
 *
 * Why not a maintained minifier (measured 2026-12-04): the plugin's own strategy, LightningCSS,
 * stops on an expression in a selector (`:host(${is})`: "Invalid empty selector"). Given stand-ins
 * it parses, it reorders declarations within a rule, which binds 4 of our 33 literals' expressions
 * to the wrong declarations; used on the 29 others it changes the elements' gzip sizes by -10 to
 * +9 bytes (-11 in all), since gzip already removes what it would shorten.
 */
export function minifyCSSText(text) {
  const dropSpaceAfter = '{};,:(';
  const dropSpaceBefore = '{};,)!';
  let out = '';
  let space = false;
  for (let i = 0; i < text.length;) {
    const char = text[i];
    if (char === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 2;
      space = true;
      continue;
    }
    if (/\s/.test(char)) {
      space = true;
      i++;
      continue;
    }
    if (space && out && !dropSpaceAfter.includes(out.at(-1)) && !dropSpaceBefore.includes(char)) {
      out += ' ';
    }
    space = false;
    if (char === '"' || char === "'") {
      let end = i + 1;
      while (end < text.length && text[end] !== char) end += text[end] === '\\' ? 2 : 1;
      const value = text.slice(i + 1, end);
      // An attribute selector's value that is an identifier needs no quotes: `[part=media]`.
      const bare = out.endsWith('=') && text[end + 1] === ']' && /^[a-z][\w-]*$/i.test(value);
      out += bare ? value : text.slice(i, end + 1);
      i = end + 1;
      continue;
    }
    if (char === '}' && out.endsWith(';')) out = out.slice(0, -1);
    out += char;
    i++;
  }
  return out;
}

const strategy = {
  ...defaultStrategy,
  minifyCSS(combined) {
    const placeholder = defaultStrategy.getPlaceholder([]);
    const parts = combined.split(placeholder);
    return minifyCSSText(parts.join(EXPRESSION)).split(EXPRESSION).join(placeholder);
  },
};

/**
 * Minified HTML and CSS literals, then terser: shared by the CDN bundle and the size budgets.
 * `html: false` leaves the `html` literals as written: code that hydrates server-rendered markup
 * must hold the very templates the server rendered, which Lit compares (a minified one is another
 * template, and hydration fails with "Hydration value mismatch").
 */
function minifyPlugins({ html = true } = {}) {
  return [
    minifyHTML({
      // A literal that cannot be minified safely must stop the build, not ship half-done.
      failOnError: true,
      options: {
        strategy,
        shouldMinify: html ? defaultShouldMinify : () => false,
        shouldMinifyCSS: defaultShouldMinifyCSS,
        minifyOptions: {
          // Runs of whitespace become one space, never none: between inline content (a slot and
          // the credit after it, a name and its separator) a space can be visible.
          conservativeCollapse: true,
        },
      },
    }),
    terser({
      ecma: 2021,
      module: true,
      compress: { passes: 2 },
      format: { comments: false },
    }),
  ];
}

/**
 * The CDN build's whole pipeline: Lit's production build (the development one is twice the size
 * and logs warnings), then minified literals and terser. The benchmarks and size budgets build
 * with it too. `options`: see minifyPlugins.
 */
export function productionPlugins(options) {
  return [resolve({ exportConditions: ['production'] }), ...minifyPlugins(options)];
}

/**
 * The CDN entry module: it registers every element and first-renders them. Code a feature needs
 * only when it is used (read aloud, figure zoom, the legacy-content work…) sits beside it in
 * `cdn/chunks/`, imported with relative URLs, so any host or CDN that serves the folder serves it.
 */
export const CDN_ENTRY = 'cdn/press-elements.min.js';
/** The same code as one file, lazily loaded parts inlined, for a portal that copies one file. */
export const CDN_SINGLE_FILE = 'cdn/press-elements.all.min.js';

/** The entry for server-rendered pages: it hydrates the server's markup instead of rendering. */
export const CDN_HYDRATE_ENTRY = 'cdn/press-elements.hydrate.min.js';

/** One entry of the CDN folder, with its own chunks (hashed names: a shared one is one file). */
const folderBuild = (entryFileNames) => ({
  dir: 'cdn',
  entryFileNames,
  // Hashed: a chunk's name changes with its content, so hosts may cache it forever.
  chunkFileNames: 'chunks/[name]-[hash].js',
  format: 'es',
  sourcemap: true,
});

export default [
  {
    input: 'dist/define.js',
    // The entry may export what its chunks import from it, instead of a second shared chunk that
    // every page would fetch after the entry (one request up front, one file to modulepreload).
    preserveEntrySignatures: 'allow-extension',
    output: [
      folderBuild('press-elements.min.js'),
      { file: CDN_SINGLE_FILE, inlineDynamicImports: true, format: 'es', sourcemap: true },
    ],
    plugins: productionPlugins(),
  },
  {
    // Built on its own rather than beside the other entry, which would move their shared code
    // into a chunk that both pages fetch only after their entry.
    input: 'dist/hydrate.js',
    preserveEntrySignatures: 'allow-extension',
    output: folderBuild('press-elements.hydrate.min.js'),
    plugins: productionPlugins({ html: false }),
  },
];
