/**
 * The shipped theme files as Storybook uses them: their text (to show and to apply), and the
 * tokens each sets. Theme files import default.css; here that import is resolved by hand so that
 * one `<style>` holds the whole theme, exactly as a portal's page would see it.
 */
import darkCss from '../../themes/dark.css?raw';
import defaultCss from '../../themes/default.css?raw';
import highContrastCss from '../../themes/high-contrast.css?raw';
import seedPortalCss from '../../themes/seed-portal.css?raw';

export const themeFiles = {
  default: defaultCss,
  dark: darkCss,
  'high-contrast': highContrastCss,
  'seed-portal': seedPortalCss,
} as const;

export type ThemeName = keyof typeof themeFiles;

export const themeNames = Object.keys(themeFiles) as ThemeName[];

export const themeTitles: Record<ThemeName, string> = {
  default: 'Default',
  dark: 'Dark',
  'high-contrast': 'High contrast',
  'seed-portal': 'Seed portal',
};

const importRule = /@import\s+url\(['"]?\.\/default\.css['"]?\);?/g;

/** The theme's CSS with default.css inlined where the file imports it. */
export function themeCss(name: ThemeName): string {
  const own = themeFiles[name];
  return name === 'default' ? own : own.replace(importRule, () => defaultCss);
}

/** The custom properties (and `color-scheme`) a theme sets on `:root`, default.css included. */
export function themeTokens(name: ThemeName): Map<string, string> {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(themeCss(name));
  const tokens = new Map<string, string>();
  for (const rule of Array.from(sheet.cssRules)) {
    if (!(rule instanceof CSSStyleRule) || rule.selectorText !== ':root') continue;
    for (const property of Array.from(rule.style)) {
      tokens.set(property, rule.style.getPropertyValue(property).trim());
    }
  }
  return tokens;
}

/** Puts `name` on the page, replacing the theme applied before. */
export function applyTheme(name: ThemeName): void {
  let style = document.getElementById('press-theme');
  if (!style) {
    style = document.createElement('style');
    style.id = 'press-theme';
    document.head.append(style);
  }
  const css = themeCss(name);
  if (style.textContent !== css) style.textContent = css;
}
