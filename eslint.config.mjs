import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import { configs as litConfigs } from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores([
    'dist/',
    'cdn/',
    'storybook-static/',
    'node_modules/',
    'coverage/',
    'custom-elements.json',
    'examples/*/dist/',
    'examples/*/dist-server/',
    // Each example is type-checked by its own tsconfig (vue-tsc, tsc) in ci:examples, and the
    // Svelte and Solid type checks in ci:package: their misuses are errors on purpose.
    'examples/*/src/',
    'examples/*/type-checks.*',
    '.tmp/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  litConfigs['flat/recommended'],
  wcConfigs['flat/recommended'],
  wcConfigs['flat/best-practice'],
  {
    plugins: { 'lit-a11y': litA11y },
    rules: { ...litA11y.configs.recommended.rules },
  },
  {
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Lit binds event listeners to the host, so methods passed as listeners are safe.
      '@typescript-eslint/unbound-method': 'off',
      // Content from a CMS is untrusted: nothing may be rendered as raw HTML.
      'lit/no-template-bind': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'lit/static-html.js',
              importNames: ['unsafeStatic'],
              message: 'CMS content is untrusted.',
            },
            {
              name: 'lit-html/static.js',
              importNames: ['unsafeStatic'],
              message: 'CMS content is untrusted.',
            },
          ],
          // unsafeHTML, unsafeSVG, unsafeMathML, from lit or lit-html, with or without `.js`.
          patterns: [{ group: ['**/directives/unsafe-*'], message: 'CMS content is untrusted.' }],
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.node } },
  },
);
