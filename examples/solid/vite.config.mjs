/** The Solid example's build: the library from this repository's dist/, as an app would get it. */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  // Solid needs no glue for custom elements: it sets their properties.
  plugins: [solid()],
  resolve: { alias: [{ find: /^press-elements\/define$/, replacement: `${dist}define.js` }] },
  build: { outDir: 'dist', emptyOutDir: true, reportCompressedSize: false },
  logLevel: 'warn',
});
