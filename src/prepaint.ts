/**
 * The opt-in pre-paint script: put it in the page's `<head>`, before any stylesheet that paints
 * the article, so a page that loads with a saved choice never flashes the default style while the
 * elements' JavaScript loads. It reads the saved preferences and marks `<html>`
 * (`data-press-contrast`, `data-press-text-spacing`, `--press-font-scale`); one adopted style
 * sheet then paints every `<press-article>` that is not defined yet as the element will (text
 * size, colours, fonts, spacing, measure). Once defined, the element applies the preferences
 * itself and these rules stop matching.
 *
 * Two forms, same code: `dist/prepaint-script.js` (export `press-elements/prepaint-script`), a
 * classic script for `<script src>` under a strict CSP; and `prepaintScript`, the same text for an
 * inline `<script nonce="…">`. It sets no inline `style` attribute and injects no `<style>`, only
 * CSSOM calls, which `style-src` does not restrict.
 */
import { NO_CONTRAST, contrastRules, spacingRules } from './light-dom-styles.js';
import { MAX_FONT_SCALE, MIN_FONT_SCALE, STORAGE_KEY } from './preferences-store.js';
import { contrastPalettes, defaultTokens, type TokenName } from './tokens.js';

const tokenVar = (name: TokenName) => `var(--press-${name},${defaultTokens[name]})`;
const articleVar = (name: string, fallback: TokenName) =>
  `var(--press-article-${name},${tokenVar(fallback)})`;

/** An article not defined yet that will be at `level`: saved, or written by the portal. */
const pending = (level: string) =>
  `:is(html[data-press-contrast=${level}] press-article:not([contrast]),press-article[contrast=${level}]):not(:defined)`;

const palette = (level: keyof typeof contrastPalettes) =>
  Object.entries(contrastPalettes[level])
    .map(([name, value]) => `--press-${name}:${value};`)
    .join('') +
  `color:${articleVar('color', 'color-text')};background:${articleVar('background', 'color-background')}`;

const systemPending = `html:not([data-press-contrast]) press-article:not(:defined)${NO_CONTRAST}`;
const spacing = 'html[data-press-text-spacing] press-article:not(:defined,[text-spacing])';

/**
 * An article's box and type before it is defined, as article.styles.ts paints the element: the
 * measure as padding, so the box keeps its background, and both in em of the unscaled size. The
 * pre-paint CSS and themes/before-upgrade.css (generated from this) share it.
 */
export const articleBox =
  `display:block;overflow-wrap:break-word;` +
  `color:${articleVar('color', 'color-text')};background:${articleVar('background', 'color-background')};` +
  `font-family:${articleVar('font', 'font-body')};line-height:${articleVar('line-height', 'line-height')};` +
  `font-size:calc(${articleVar('font-size', 'font-size-base')}*var(--press-font-scale,1));` +
  `padding-inline:calc(max(${articleVar('padding', 'space-m')},(100% * var(--press-font-scale,1) - ${articleVar('measure', 'measure')})/2)/var(--press-font-scale,1))`;

/** The rules for articles that are not defined yet. */
export const prepaintCSS =
  `press-article:not(:defined){${articleBox}}` +
  `${pending('more')}{${palette('more')}}` +
  `${pending('most')}{${palette('most')};color-scheme:dark}` +
  contrastRules(`${pending('more')},${pending('most')}`) +
  `@media (prefers-contrast:more){${systemPending}{${palette('more')}}${contrastRules(systemPending)}}` +
  `${spacing}{line-height:max(1.5,${articleVar('line-height', 'line-height')});letter-spacing:.12em;word-spacing:.16em}` +
  spacingRules(spacing);

/** Runs in the page, before first paint. Self-contained: it is shipped as its own source text. */
function prepaint(key: string, min: number, max: number, css: string) {
  const root = document.documentElement;
  try {
    const saved = JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, unknown>;
    const scale = saved.fontScale;
    if (typeof scale == 'number' && isFinite(scale))
      root.style.setProperty('--press-font-scale', String(Math.min(max, Math.max(min, scale))));
    if (/^(normal|more|most)$/.test(String(saved.contrast)))
      root.dataset.pressContrast = String(saved.contrast);
    if (saved.textSpacing === true) root.dataset.pressTextSpacing = '';
  } catch {
    // Blocked storage or garbage: the page paints with the defaults.
  }
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // No constructable style sheets: the elements still apply the preferences once defined.
  }
}

/** The pre-paint script's source, for an inline `<script nonce="…">` in the page's `<head>`. */
export const prepaintScript = `(${prepaint.toString()})(${JSON.stringify(STORAGE_KEY)},${MIN_FONT_SCALE},${MAX_FONT_SCALE},${JSON.stringify(prepaintCSS)});`;
