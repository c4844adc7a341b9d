/** The Svelte example's build: the library from this repository's dist/, as an app would get it. */
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  // Svelte needs no glue for custom elements: a tag with a dash is one.
  plugins: [svelte()],
  resolve: { alias: [{ find: /^press-elements\/define$/, replacement: `${dist}define.js` }] },
  build: { outDir: 'dist', emptyOutDir: true, reportCompressedSize: false },
  logLevel: 'warn',
});
