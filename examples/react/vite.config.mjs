/**
 * The React example's build: the library from this repository's dist/, as an app would get it.
 * Two pages: index.html renders in the browser, ssr.html hydrates what the server rendered.
 */
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^press-elements\/define$/, replacement: `${dist}define.js` },
      { find: /^press-elements$/, replacement: `${dist}index.js` },
    ],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    reportCompressedSize: false,
    rollupOptions: {
      input: {
        index: fileURLToPath(new URL('index.html', import.meta.url)),
        ssr: fileURLToPath(new URL('ssr.html', import.meta.url)),
      },
    },
  },
  logLevel: 'warn',
});
