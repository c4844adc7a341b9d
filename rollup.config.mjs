/**
 * The single-file CDN bundle: every element and Lit, minified, for portals that add one
 * `<script type="module">`. The npm build is plain `tsc` output in dist/ (Lit stays external).
 */
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export default {
  input: 'dist/define.js',
  output: { file: 'cdn/press-elements.min.js', format: 'es', sourcemap: true },
  plugins: [
    // Lit's production build: the development one is twice the size and logs warnings.
    resolve({ exportConditions: ['production'] }),
    minifyHTML.default ? minifyHTML.default() : minifyHTML(),
    terser({ ecma: 2021, module: true, format: { comments: false } }),
  ],
};
