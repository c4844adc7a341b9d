/** Custom Elements Manifest analyzer config: reads the Lit classes' JSDoc into custom-elements.json. */
import { defineTagNames, keepDocumentedEvents } from './scripts/cem-plugins.mjs';

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts', 'src/components/**/define.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
  plugins: [defineTagNames(), keepDocumentedEvents()],
};
