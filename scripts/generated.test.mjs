/**
 * Files that repeat what is written once elsewhere are generated, and the committed copies are
 * current: themes/default.css holds src/tokens.ts's defaults, themes/before-upgrade.css the
 * headline's stacked-mark floors, as the build writes them. Compared with the committed files
 * (git), so a build that rewrote them in this checkout cannot hide a stale commit. Run after
 * `npm run build` (ci:generated).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { blocks, generated, withBlock } from './write-themes.mjs';

/** The committed text of `path`, or the working copy outside a git checkout (a tarball). */
function committed(path) {
  try {
    return execFileSync('git', ['show', `HEAD:${path}`], { encoding: 'utf8' });
  } catch {
    return readFileSync(path, 'utf8');
  }
}

test('every generated file, as committed, is what the build writes', async () => {
  const files = await generated(committed);
  assert.deepEqual([...files.keys()], ['themes/default.css', 'themes/before-upgrade.css']);
  for (const [path, text] of files) {
    assert.equal(text, committed(path), `${path}: run npm run build and commit it`);
    assert.equal(readFileSync(path, 'utf8'), text, `${path}: the build left it as committed`);
  }
});

test('a value changed at its source changes the generated file', async () => {
  for (const [path, name, source, content] of await blocks()) {
    const css = readFileSync(path, 'utf8');
    // The block's first number, one higher: what a changed token or floor would write.
    const changed = content.replace(/(\d+(?:\.\d+)?)/, (n) => String(Number(n) + 1));
    assert.notEqual(changed, content, `${name} holds a number`);
    assert.notEqual(await withBlock(css, name, source, changed), css, `${path}: ${name}`);
  }
});
