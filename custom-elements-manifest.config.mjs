/**
 * Custom Elements Manifest analyzer config: reads the Lit classes' JSDoc into custom-elements.json,
 * then generates editor and framework types from it into dist/types/ (published, see `exports`):
 * React 19 JSX intrinsic elements, Vue global components, VS Code custom data, JetBrains web-types.
 */
import { jsxTypesPlugin } from '@wc-toolkit/jsx-types';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';
import { readFileSync, writeFileSync } from 'node:fs';
import {
  defineTagNames,
  keepDocumentedEvents,
  privateStateWithoutAttributes,
} from './scripts/cem-plugins.mjs';

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
      for (const file of ['react.d.ts', 'vue.d.ts']) {
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
