/**
 * Package hygiene (run after `npm run build`): publint and @arethetypeswrong/cli report nothing,
 * and `npm pack` holds every file the exports map points to and nothing from tests or stories.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { publint } from 'publint';
import ts from 'typescript';
import { formatMessage } from 'publint/utils';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** Every file path an exports target names (wildcard targets as a pattern). */
function exportTargets(value) {
  if (typeof value === 'string') return [value];
  return Object.values(value).flatMap(exportTargets);
}

describe('the published package', () => {
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }),
  )[0].files.map((file) => file.path);

  it('passes publint, strict, with no message at all', async () => {
    const { messages } = await publint({ pkgDir: '.', strict: true, pack: 'npm' });
    const text = messages.map((message) => formatMessage(message, pkg) ?? message.code);
    assert.deepEqual(text, []);
  });

  it('has correct types for every module entry (arethetypeswrong, ESM only)', () => {
    // A classic script for `<script src>` (no import or export) is not a module to type.
    const scripts = Object.entries(pkg.exports)
      .filter(([, target]) => typeof target === 'string' && target.endsWith('.js'))
      .filter(([, target]) => !/^\s*(import|export)\b/m.test(readFileSync(target, 'utf8')))
      .map(([entry]) => entry);
    const exclude = scripts.length ? ['--exclude-entrypoints', ...scripts] : [];
    // Exits non-zero on any problem; the package is ESM only, so CommonJS resolution is not asked.
    execFileSync(
      'npx',
      ['attw', '--pack', '.', '--profile', 'esm-only', '--format', 'ascii', ...exclude],
      { stdio: 'inherit' },
    );
  });

  it('describes every element, attribute and event to VS Code and JetBrains IDEs', () => {
    const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
    const vscode = JSON.parse(readFileSync('dist/types/vscode.html-custom-data.json', 'utf8'));
    const webTypes = JSON.parse(readFileSync(pkg['web-types'], 'utf8'));
    assert.equal(webTypes.name, pkg.name);
    const elements = manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .filter((declaration) => declaration.tagName);
    assert.ok(elements.length > 0);
    for (const element of elements) {
      const attributes = (element.attributes ?? []).map((attribute) => attribute.name).sort();
      const events = (element.events ?? []).map((event) => event.name).sort();
      const tag = vscode.tags.find((candidate) => candidate.name === element.tagName);
      assert.ok(tag, `${element.tagName} in VS Code custom data`);
      assert.deepEqual(tag.attributes.map((attribute) => attribute.name).sort(), attributes);
      const web = webTypes.contributions.html.elements.find((e) => e.name === element.tagName);
      assert.ok(web, `${element.tagName} in web-types`);
      assert.deepEqual(web.attributes.map((attribute) => attribute.name).sort(), attributes);
      assert.deepEqual((web.events ?? []).map((event) => event.name).sort(), events);
    }
  });

  it('packs every file the exports map and the manifest fields point to', () => {
    const targets = [
      ...exportTargets(pkg.exports),
      pkg.main,
      pkg.module,
      pkg.types,
      pkg.unpkg,
      pkg.customElements,
      pkg['web-types'],
    ].map((target) => target.replace(/^\.\//, ''));
    for (const target of new Set(targets)) {
      const pattern = new RegExp(
        `^${target.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace('*', '[^/]+')}$`,
      );
      assert.ok(
        packed.some((file) => pattern.test(file)),
        `${target} is in the package`,
      );
    }
  });

  it('packs nothing from tests, stories, fixtures, examples or sources', () => {
    const stray = packed.filter((file) =>
      /^(test|stories|fixtures|examples|scripts|src|bench|\.storybook)\//.test(file),
    );
    assert.deepEqual(stray, []);
  });

  it('ships framework types that type-check with skipLibCheck off (React, Vue, Svelte, Solid)', () => {
    // One program each, as a project uses one framework.
    const frameworks = ['react', 'vue', 'svelte', 'solid'];
    for (const file of frameworks.map((name) => `dist/types/${name}.d.ts`)) {
      const program = ts.createProgram([file], {
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        module: ts.ModuleKind.NodeNext,
        moduleResolution: ts.ModuleResolutionKind.NodeNext,
        target: ts.ScriptTarget.ES2022,
        lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
        types: [],
      });
      const errors = ts
        .getPreEmitDiagnostics(program)
        .map((d) => `${d.file?.fileName}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
      assert.deepEqual(errors, [], file);
    }
  });

  it('types what Svelte and Solid templates write: each misuse in their type checks is reported', () => {
    // Every `@ts-expect-error` must meet an error, or tsc fails on it as unused.
    for (const name of ['svelte', 'solid']) {
      execFileSync('npx', ['tsc', '-p', `examples/${name}/tsconfig.json`], { stdio: 'inherit' });
    }
  });

  it('packs the source map every packed file names (bundlers read them: Astro failed on one)', () => {
    const named = [];
    for (const file of packed.filter((path) => /\.(js|mjs|d\.ts)$/.test(path))) {
      const url = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(readFileSync(file, 'utf8'))?.[1];
      if (!url) continue;
      const target = join(dirname(file), url);
      named.push(target);
      assert.ok(packed.includes(target), `${file} names ${target}, which is not in the package`);
    }
    assert.ok(named.length > 10, `${named.length} files name a source map`);
  });

  it('ships its licence, and builds before it is packed', () => {
    assert.ok(packed.includes('LICENSE'), 'LICENSE is in the package');
    assert.match(readFileSync('LICENSE', 'utf8'), new RegExp(`^${pkg.license} License`));
    // `npm pack` and `npm publish` run prepack: what is packed is what the sources build.
    assert.equal(pkg.scripts.prepack, 'npm run build');
  });

  it('packs only source maps that carry their sources (they point at no unpublished file)', () => {
    for (const file of packed.filter((path) => path.endsWith('.map'))) {
      const map = JSON.parse(readFileSync(file, 'utf8'));
      const carried = (map.sourcesContent ?? []).filter((content) => typeof content === 'string');
      assert.equal(carried.length, map.sources.length, `${file} embeds every source`);
    }
  });
});
