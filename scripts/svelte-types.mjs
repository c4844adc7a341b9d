/**
 * Custom Elements Manifest analyzer plugin: Svelte 5 types for the elements, written from the
 * manifest into `svelte/elements`' `SvelteHTMLElements` (which svelte-check and the Svelte
 * language server read), so a template's attributes, properties and event attributes are checked.
 *
 * Svelte 5 sets a property when the element has one of that name and an attribute otherwise,
 * stringified. So a dashed attribute (`text-spacing`) takes the attribute's text, and a boolean
 * one only `true`, `''` or nothing: `text-spacing={false}` would write "false", which is present,
 * hence on. The property's own name (`textSpacing={false}`) takes the property's type. Events are
 * `on<name>` attributes typed with the element's event class.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const doc = (text, indent) =>
  text
    ? `${indent}/** ${text.trim().replace(/\*\//g, '*\\/').replace(/\n/g, `\n${indent} * `)} */\n`
    : '';

function attributeType(attribute, className) {
  const property = `${className}[${JSON.stringify(attribute.fieldName)}]`;
  if (attribute.name === attribute.fieldName) return property;
  const type = attribute.type?.text ?? 'string';
  if (type === 'boolean') return "true | ''";
  if (/^number( \| undefined)?$/.test(type)) return 'number | string';
  if (/^string( \| undefined)?$/.test(type)) return 'string';
  return `${property} | string`;
}

export function svelteTypesPlugin({ outdir, fileName = 'svelte.d.ts' }) {
  return {
    name: 'svelte-types',
    packageLinkPhase({ customElementsManifest }) {
      const elements = customElementsManifest.modules
        .flatMap((module) => module.declarations ?? [])
        .filter((declaration) => declaration.tagName);
      const classes = new Set();
      const entries = elements.map((element) => {
        classes.add(element.name);
        const lines = [];
        for (const attribute of element.attributes ?? []) {
          if (!attribute.fieldName) continue;
          lines.push(
            doc(attribute.description, '      ') +
              `      ${JSON.stringify(attribute.name)}?: ${attributeType(attribute, element.name)} | null;`,
          );
          if (attribute.fieldName !== attribute.name) {
            lines.push(
              `      ${attribute.fieldName}?: ${element.name}[${JSON.stringify(attribute.fieldName)}];`,
            );
          }
        }
        for (const event of element.events ?? []) {
          const type = event.type?.text ?? 'Event';
          if (/^[A-Z]\w*$/.test(type)) classes.add(type);
          lines.push(
            doc(event.description, '      ') +
              `      ${JSON.stringify(`on${event.name}`)}?: (event: ${type}) => void;`,
          );
        }
        return (
          doc(element.summary, '    ') +
          `    ${JSON.stringify(element.tagName)}: HTMLAttributes<${element.name}> & {\n${lines.join('\n')}\n    };`
        );
      });
      const text = `// Generated from custom-elements.json by scripts/svelte-types.mjs: do not edit.
import type { HTMLAttributes } from 'svelte/elements';
import type { ${[...classes].sort().join(', ')} } from '../index.js';

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
${entries.join('\n')}
  }
}

export {};
`;
      mkdirSync(outdir, { recursive: true });
      writeFileSync(join(outdir, fileName), text);
    },
  };
}
