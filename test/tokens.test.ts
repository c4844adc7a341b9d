import { expect } from '@open-wc/testing';
import { defaultTokens } from '../src/tokens.js';

/** The custom properties the default theme file sets on :root. */
async function themeTokens(): Promise<Map<string, string>> {
  const css = await (await fetch('/themes/default.css')).text();
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  const root = Array.from(sheet.cssRules).find(
    (rule): rule is CSSStyleRule => rule instanceof CSSStyleRule && rule.selectorText === ':root',
  )!;
  const tokens = new Map<string, string>();
  for (const name of Array.from(root.style)) {
    tokens.set(name, root.style.getPropertyValue(name).trim());
  }
  return tokens;
}

describe('design tokens', () => {
  it('the default theme sets every global token to the components’ own default', async () => {
    const theme = await themeTokens();
    const normalise = (value: string) => value.replace(/["']/g, '').replace(/\s+/g, ' ');
    for (const [name, value] of Object.entries(defaultTokens)) {
      expect(normalise(theme.get(`--press-${name}`) ?? '(missing)'), name).to.equal(
        normalise(value),
      );
    }
    expect(theme.size).to.equal(Object.keys(defaultTokens).length);
  });
});
