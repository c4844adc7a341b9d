/**
 * Custom Elements Manifest analyzer plugins of this package.
 *
 * The classes never register themselves (so portals can register them under other names), which
 * hides their tag names from the analyzer: `defineTagNames` reads them from the define entries.
 * `keepDocumentedEvents` drops the nameless duplicates that the analyzer infers from
 * `dispatchEvent(new SomeEvent())` when the JSDoc `@fires` already names the event.
 * `privateStateWithoutAttributes` keeps private reactive state out of the attributes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const DEFINE_CALL = /defineElement\(\s*'([a-z][\w-]*-[\w-]*)'\s*,\s*(\w+)\s*\)/g;

/** Every declaration in the manifest, with the module that holds it. */
function* declarations(manifest) {
  for (const mod of manifest.modules) {
    for (const declaration of mod.declarations ?? []) yield [mod, declaration];
  }
}

function tagsByClass() {
  const tags = new Map();
  const files = readdirSync('src/components')
    .map((name) => `src/components/${name}/define.ts`)
    .filter((file) => existsSync(file));
  for (const file of files) {
    for (const [, tag, className] of readFileSync(file, 'utf8').matchAll(DEFINE_CALL)) {
      tags.set(className, { tag, file: file.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js') });
    }
  }
  return tags;
}

export function defineTagNames() {
  return {
    name: 'press-define-tag-names',
    packageLinkPhase({ customElementsManifest }) {
      const tags = tagsByClass();
      for (const [mod, declaration] of declarations(customElementsManifest)) {
        const found = tags.get(declaration.name);
        if (declaration.kind !== 'class' || !found) continue;
        // A class the define entries register is an element, whatever it extends (PressElement).
        declaration.customElement = true;
        declaration.tagName = found.tag;
        mod.exports = [
          ...(mod.exports ?? []),
          {
            kind: 'custom-element-definition',
            name: found.tag,
            declaration: { name: declaration.name, module: mod.path },
          },
        ];
      }
    },
  };
}

export function keepDocumentedEvents() {
  return {
    name: 'press-keep-documented-events',
    packageLinkPhase({ customElementsManifest }) {
      for (const [, declaration] of declarations(customElementsManifest)) {
        if (!declaration.events) continue;
        const documented = declaration.events.filter((event) => event.description);
        declaration.events = declaration.events.filter(
          (event) =>
            event.description || !documented.some((other) => other.type?.text === event.type?.text),
        );
      }
    },
  };
}

/**
 * Private reactive state is declared in `static properties` with `state: true`, which the
 * analyzer reads as an attribute. A private or protected field never has one: drop it.
 */
export function privateStateWithoutAttributes() {
  return {
    name: 'press-private-state-without-attributes',
    packageLinkPhase({ customElementsManifest }) {
      for (const [, declaration] of declarations(customElementsManifest)) {
        const hidden = new Set();
        for (const member of declaration.members ?? []) {
          if (member.privacy !== 'private' && member.privacy !== 'protected') continue;
          hidden.add(member.name);
          delete member.attribute;
        }
        if (declaration.attributes) {
          declaration.attributes = declaration.attributes.filter(
            (attribute) => !hidden.has(attribute.fieldName),
          );
        }
      }
    },
  };
}
