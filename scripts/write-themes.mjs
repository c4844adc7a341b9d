/**
 * Writes the token block of themes/default.css from src/tokens.ts (its `defaultTokens`, read from
 * dist/ after tsc): the components' own defaults are written once, in TypeScript, and the theme
 * file repeats them only as generated text. Part of `npm run build`; scripts/generated.test.mjs
 * (ci:generated) fails when the committed file is not what the build writes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const DEFAULT_THEME = new URL('../themes/default.css', import.meta.url);
const BEGIN =
  '/* Generated from src/tokens.ts by scripts/write-themes.mjs (npm run build): do not edit. */';
const END = '/* End of generated tokens. */';

/** `css` (the theme file's text) with its generated block rewritten from `tokens`. */
export function withTokens(css, tokens) {
  // Prettier's CSS style, so that `prettier --check` and this script agree: single quotes.
  const declarations = Object.entries(tokens)
    .map(([name, value]) => `  --press-${name}: ${value.replaceAll('"', "'")};`)
    .join('\n');
  const start = css.indexOf(BEGIN);
  const end = css.indexOf(END);
  if (start < 0 || end < start) throw new Error(`the theme has no generated block (${BEGIN})`);
  return `${css.slice(0, start)}${BEGIN}\n:root {\n${declarations}\n}\n${css.slice(end)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { defaultTokens } = await import('../dist/tokens.js');
  const css = readFileSync(DEFAULT_THEME, 'utf8');
  const next = withTokens(css, defaultTokens);
  if (next !== css) writeFileSync(DEFAULT_THEME, next);
}
