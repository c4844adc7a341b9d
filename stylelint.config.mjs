/**
 * CSS is code: every `css` literal in src/ (read through postcss-lit, strictly, with `${…}` as placeholders)
 * and every file in themes/ is parsed and checked by `npm run lint`. A syntax error fails it (a
 * stray `; }` once made browsers drop the toolbar's size-readout rule), and so do the mistakes
 * stylelint-config-recommended knows: unknown properties, units and pseudo-classes, invalid hex
 * colours, duplicate properties and selectors, empty blocks.
 */
export default {
  extends: ['stylelint-config-recommended'],
  rules: {
    // Type scales with the reader's choices: no px font sizes anywhere.
    'declaration-property-unit-disallowed-list': { 'font-size': ['px'], font: ['px'] },
  },
  overrides: [
    {
      files: ['src/**/*.ts'],
      customSyntax: './tools/stylelint/lit-syntax.mjs',
      rules: {
        // `${…}` reads as a placeholder here; the values are checked in the shipped CSS, filled in
        // (test/css-lint.test.mjs).
        'declaration-property-value-no-unknown': null,
        'selector-type-no-unknown': [true, { ignoreTypes: ['/^POSTCSS_LIT_\\d+$/'] }],
        // Components take colours from tokens: src/tokens.ts holds the literals, in no `css`.
        'color-no-hex': true,
        'color-named': 'never',
      },
    },
  ],
};
