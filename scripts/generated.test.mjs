/**
 * Files that repeat what is written once elsewhere are generated, and the committed copies are
 * current: themes/default.css holds src/tokens.ts's defaults as the build writes them. Compared
 * with the committed file (git), so a build that rewrote it in this checkout cannot hide a stale
 * commit. Run after `npm run build` (ci:generated).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { defaultTokens } from '../dist/tokens.js';
import { DEFAULT_THEME, withTokens } from './write-themes.mjs';

/** The committed text of `path`, or the working copy outside a git checkout (a tarball). */
function committed(path) {
  try {
    return execFileSync('git', ['show', `HEAD:${path}`], { encoding: 'utf8' });
  } catch {
    return readFileSync(path, 'utf8');
  }
}

test('themes/default.css, as committed, holds every default token of src/tokens.ts', () => {
  const css = committed('themes/default.css');
  assert.equal(withTokens(css, defaultTokens), css, 'run npm run build and commit the theme');
  assert.equal(readFileSync(DEFAULT_THEME, 'utf8'), css, 'the build left the theme as committed');
});

test('a token changed in src/tokens.ts changes the theme, and one removed leaves it', () => {
  const css = readFileSync(DEFAULT_THEME, 'utf8');
  const changed = withTokens(css, { ...defaultTokens, 'color-link': '#003399' });
  assert.match(changed, /--press-color-link: #003399;/);
  assert.notEqual(changed, css);
  const { measure, ...fewer } = defaultTokens;
  assert.ok(measure);
  assert.doesNotMatch(withTokens(css, fewer), /--press-measure:/);
});
