/**
 * Writes the generated blocks of the theme files from the TypeScript that owns their values (read
 * from dist/ after tsc), so that each is written once: themes/default.css's tokens from
 * src/tokens.ts, themes/before-upgrade.css's article box from the pre-paint CSS, its
 * stacked-mark floors from src/script-typography.ts and the header's styles, and the reflow of
 * legacy bodies from the article's light-DOM rules. Formatted by Prettier, as the rest of the files are. Part of
 * `npm run build`; scripts/generated.test.mjs (ci:generated) fails when a committed file is not
 * what the build writes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format } from 'prettier';

const begin = (name, source) =>
  `/* Generated: ${name}, from ${source} by scripts/write-themes.mjs (npm run build). Do not edit. */`;
const end = (name) => `/* End of generated: ${name}. */`;

/** `css` with the block called `name` holding `content` (Prettier formats the whole file). */
export async function withBlock(css, name, source, content) {
  const [open, close] = [begin(name, source), end(name)];
  const start = css.indexOf(open);
  const stop = css.indexOf(close);
  if (start < 0 || stop < start) throw new Error(`no generated block "${name}" (${open})`);
  const next = `${css.slice(0, start)}${open}\n${content}\n${css.slice(stop)}`;
  return format(next, { parser: 'css', singleQuote: true, printWidth: 100 });
}

/** Every generated block: file, name, source, and its content from the built modules. */
export async function blocks() {
  const { defaultTokens } = await import('../dist/tokens.js');
  const { STACKED_MARKS, stackedMarkLangs } = await import('../dist/script-typography.js');
  const { headlineMarkFloor } = await import('../dist/components/header/header.styles.js');
  const { articleBox } = await import('../dist/prepaint.js');
  const { reflowRules } = await import('../dist/light-dom-styles.js');
  const tokens = Object.entries(defaultTokens)
    .map(([name, value]) => `--press-${name}: ${value};`)
    .join('\n');
  const floors = Object.keys(STACKED_MARKS)
    .map(
      (group) =>
        `press-header:not(:defined)${stackedMarkLangs(group)} > [slot='headline'] {` +
        `--_stacked-marks: ${headlineMarkFloor(group)}; }`,
    )
    .join('\n');
  return [
    ['themes/default.css', 'tokens', 'src/tokens.ts', `:root {\n${tokens}\n}`],
    [
      'themes/before-upgrade.css',
      'article box',
      'src/prepaint.ts, as the pre-paint CSS',
      `press-article:not(:defined) {${articleBox}}`,
    ],
    [
      'themes/before-upgrade.css',
      'headline floors',
      'src/script-typography.ts and header.styles.ts',
      floors,
    ],
    [
      'themes/before-upgrade.css',
      'legacy reflow',
      'src/light-dom-styles.ts',
      reflowRules('press-article'),
    ],
  ];
}

/** Each generated file's text as the build writes it, from its current text. */
export async function generated(read = (path) => readFileSync(path, 'utf8')) {
  const files = new Map();
  for (const [path, name, source, content] of await blocks())
    files.set(path, await withBlock(files.get(path) ?? read(path), name, source, content));
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [path, text] of await generated())
    if (text !== readFileSync(path, 'utf8')) writeFileSync(path, text);
}
