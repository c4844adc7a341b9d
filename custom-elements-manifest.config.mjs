/** Custom Elements Manifest analyzer config: reads the Lit classes' JSDoc into custom-elements.json. */
export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts', 'src/components/**/define.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
};
