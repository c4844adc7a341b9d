/**
 * The global design tokens and their default values: the one place in the library where literal
 * colours and sizes live. Components read tokens through `token()`, which falls back to these
 * defaults when a portal loads no theme, and theme files override them on any ancestor.
 */
import { unsafeCSS, type CSSResult } from 'lit';

export const defaultTokens = {
  'color-text': '#1c1c1c',
  'color-text-muted': '#4d4d4d',
  'color-background': '#ffffff',
  'color-surface': '#ececec',
  'color-accent': '#a3121c',
  'color-link': '#0a4fb3',
  'color-border': '#767676',
  'color-focus': '#0a4fb3',
  'font-body': 'Georgia, "Noto Serif", "Times New Roman", serif',
  'font-heading': 'system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif',
  'font-ui': 'system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif',
  'font-size-base': '1.125rem',
  'font-size-ui': '1rem',
  'font-size-small': '0.875em',
  'font-size-headline': '2em',
  'font-size-standfirst': '1.2em',
  'line-height': '1.7',
  'line-height-heading': '1.3',
  'space-xs': '0.25em',
  'space-s': '0.5em',
  'space-m': '1em',
  'space-l': '1.5em',
  measure: '42em',
  radius: '0.25rem',
} as const;

export type TokenName = keyof typeof defaultTokens;

/** `var(--press-<name>, <default>)`, for use inside a component's `css` template. */
export function token(name: TokenName): CSSResult {
  return unsafeCSS(`var(--press-${name}, ${defaultTokens[name]})`);
}

/**
 * The raised contrast levels. `more` is light, `most` is dark; in both, body text and muted text
 * reach 7:1 (WCAG 1.4.6) and borders and focus rings 3:1 (WCAG 1.4.11), which the tests compute.
 */
export const contrastPalettes = {
  more: {
    'color-text': '#000000',
    'color-text-muted': '#1f1f1f',
    'color-background': '#ffffff',
    'color-surface': '#f2f2f2',
    'color-accent': '#6b0009',
    'color-link': '#00358a',
    'color-border': '#000000',
    'color-focus': '#000000',
  },
  most: {
    'color-text': '#ffffff',
    'color-text-muted': '#e6e6e6',
    'color-background': '#000000',
    'color-surface': '#1a1a1a',
    'color-accent': '#ffd8a8',
    'color-link': '#ffee58',
    'color-border': '#ffffff',
    'color-focus': '#ffee58',
  },
} as const satisfies Record<string, Partial<Record<TokenName, string>>>;

/** Declarations that set a palette's tokens, for a `css` block. */
export function paletteDeclarations(palette: Partial<Record<TokenName, string>>): CSSResult {
  return unsafeCSS(
    Object.entries(palette)
      .map(([name, value]) => `--press-${name}: ${value};`)
      .join(' '),
  );
}
