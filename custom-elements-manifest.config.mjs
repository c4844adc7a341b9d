/**
 * Custom Elements Manifest analyzer config: reads the Lit classes' JSDoc into custom-elements.json,
 * then generates editor and framework types from it into dist/types/ (published, see `exports`):
 * React 19 JSX intrinsic elements, Vue global components, Svelte and Solid element types, VS Code
 * custom data, JetBrains web-types.
 */
import { jsxTypesPlugin } from '@wc-toolkit/jsx-types';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementSolidJsPlugin } from 'custom-element-solidjs-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';
import { readFileSync, writeFileSync } from 'node:fs';
import {
  defineTagNames,
  keepDocumentedEvents,
  privateStateWithoutAttributes,
} from './scripts/cem-plugins.mjs';
import { svelteTypesPlugin } from './scripts/svelte-types.mjs';

const outdir = 'dist/types';
/** Each element's class module, relative to dist/types/: `press-a11y-toolbar` → a11y-toolbar. */
const classModule = (_name, tag) => {
  const folder = tag.replace(/^press-/, '');
  return `../components/${folder}/${folder}.js`;
};

/**
 * The generators name the elements' event classes (`PressPreferencesChangeEvent`…) without
 * importing them, and Vue's wraps them in `CustomEvent<…>` as if they were `detail` types. This
 * runs last: it imports the classes from the package entry and uses them as the event types.
 */
function importEventTypes() {
  return {
    name: 'import-event-types',
    packageLinkPhase({ customElementsManifest }) {
      const names = new Set(
        customElementsManifest.modules
          .flatMap((module) => module.declarations ?? [])
          .flatMap((declaration) => declaration.events ?? [])
          .map((event) => event.type?.text)
          .filter((name) => name && /^[A-Z]\w*$/.test(name)),
      );
      if (names.size === 0) return;
      const imports = `import type { ${[...names].sort().join(', ')} } from '../index.js';\n`;
      for (const file of ['react.d.ts', 'vue.d.ts', 'solid.d.ts']) {
        const path = `${outdir}/${file}`;
        let text = readFileSync(path, 'utf8');
        for (const name of names) text = text.replaceAll(`CustomEvent<${name}>`, name);
        // The generators import event classes from the element modules, which do not export
        // them: they come from the index only (a second import is a duplicate identifier).
        text = text.replace(
          /^import type \{ ([^}]*) \} from "(\.\.\/components\/[^"]+)";$/gm,
          (line, list, from) => {
            const kept = list.split(', ').filter((name) => !names.has(name));
            return `import type { ${kept.join(', ')} } from "${from}";`;
          },
        );
        // Vue's template compiler turns `@press-preferences-change` into `onPressPreferencesChange`.
        if (file === 'vue.d.ts')
          text = text.replace(/^(\s*)"on([a-z][\w-]*)"\?: (.*)$/gm, (line, indent, event, type) => {
            const camel = event.replace(/-(\w)/g, (_, c) => c.toUpperCase());
            return `${line}\n${indent}on${camel[0].toUpperCase()}${camel.slice(1)}?: ${type}`;
          });
        // Solid's JSX is extended by the package itself: importing the types is all it takes.
        if (file === 'solid.d.ts')
          text += `\ndeclare module 'solid-js' {\n  namespace JSX {\n    interface IntrinsicElements extends CustomElements {}\n  }\n}\n`;
        writeFileSync(path, imports + text);
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts', 'src/components/**/define.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
  plugins: [
    privateStateWithoutAttributes(),
    defineTagNames(),
    keepDocumentedEvents(),
    jsxTypesPlugin({
      outdir,
      fileName: 'react.d.ts',
      componentTypePath: classModule,
      stronglyTypedEvents: true,
      hideLogs: true,
    }),
    customElementVuejsPlugin({
      outdir,
      fileName: 'vue.d.ts',
      componentTypePath: classModule,
      hideLogs: true,
    }),
    svelteTypesPlugin({ outdir, fileName: 'svelte.d.ts' }),
    customElementSolidJsPlugin({
      outdir,
      fileName: 'solid.d.ts',
      componentTypePath: classModule,
      hideLogs: true,
    }),
    customElementVsCodePlugin({
      outdir,
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      hideLogs: true,
    }),
    customElementJetBrainsPlugin({
      outdir,
      webTypesFileName: 'web-types.json',
      packageJson: false,
      hideLogs: true,
    }),
    importEventTypes(),
  ],
};
