/**
 * The CSS lint (stylelint.config.mjs, part of `npm run lint`) really fails on broken CSS: a
 * planted syntax error, in a component's `css` literal and in a theme, is an error, as are a
 * literal colour in a component and a px font size. And the CSS the elements really ship, with
 * every `${…}` filled in (the shadow styles in the server's output, the pre-paint and light-DOM
 * rules), parses clean too. Run after `npm run build` with `node --test` (npm run ci:lint-rules).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import stylelint from 'stylelint';
import { readSeed, seedArticleData } from '../scripts/support/seed-article.mjs';

const root = new URL('..', import.meta.url).pathname;
const read = (path) => readFileSync(`${root}${path}`, 'utf8');

/** Errors stylelint reports for `code` as if it were the file `path`, as "rule: text". */
async function errors(code, path) {
  const { results } = await stylelint.lint({ code, codeFilename: `${root}${path}`, cwd: root });
  return results.flatMap((result) =>
    result.warnings.filter((w) => w.severity === 'error').map((w) => `${w.rule}: ${w.text}`),
  );
}

const toolbarStyles = 'src/components/a11y-toolbar/a11y-toolbar.styles.ts';
const disabledRule = "[part~='button'][aria-disabled='true'] {";

test('passes the shipped component styles and themes as they are', async () => {
  assert.deepEqual(await errors(read(toolbarStyles), toolbarStyles), []);
  for (const theme of ['default', 'dark', 'high-contrast', 'seed-portal', 'before-upgrade'])
    assert.deepEqual(await errors(read(`themes/${theme}.css`), `themes/${theme}.css`), [], theme);
});

test('fails on a stray "; }" in a component’s css literal (the bug that moved the toolbar)', async () => {
  const source = read(toolbarStyles);
  // After the rule's closing brace, on its own line (a `}` inside `${…}` is no CSS).
  const end = source.indexOf('\n  }\n', source.indexOf(disabledRule)) + '\n  }'.length;
  assert.ok(end > disabledRule.length, 'the disabled-button rule is where the error goes');
  const planted = `${source.slice(0, end)}\n  ; }${source.slice(end)}`;
  const found = await errors(planted, toolbarStyles);
  assert.equal(found.length, 1, found.join('\n'));
  assert.match(found[0], /^CssSyntaxError/);
});

test('fails on a syntax error and an invalid colour in a theme', async () => {
  const theme = read('themes/dark.css');
  const unclosed = await errors(`${theme}\npress-article { color: red;`, 'themes/dark.css');
  assert.match(unclosed.join('\n'), /CssSyntaxError/);
  const hex = await errors(`${theme}\npress-article { color: #12; }`, 'themes/dark.css');
  assert.match(hex.join('\n'), /"#12"/);
});

test('fails on a literal colour or a px font size in a component', async () => {
  const source = read(toolbarStyles);
  const literal = source.replace(disabledRule, `${disabledRule}\n    color: #777;`);
  assert.match((await errors(literal, toolbarStyles)).join('\n'), /^color-no-hex/);
  const px = source.replace(disabledRule, `${disabledRule}\n    font-size: 13px;`);
  assert.match(
    (await errors(px, toolbarStyles)).join('\n'),
    /declaration-property-unit-disallowed-list/,
  );
});

test('parses every style the built elements ship, every placeholder filled in', async () => {
  const { renderArticle } = await import(`${root}dist/server/render-article.js`);
  const html = await renderArticle(seedArticleData(await readSeed()));
  const blocks = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map(([, css]) => css);
  const { prepaintCSS } = await import(`${root}dist/prepaint.js`);
  const { pictureStyles } = await import(`${root}dist/components/figure/figure.styles.js`);
  const all = [...new Set([...blocks, prepaintCSS, pictureStyles])];
  assert.ok(blocks.length >= 5, `${blocks.length} style blocks in the server's output`);
  for (const css of all) {
    const found = await errors(css, 'dist/shipped.css');
    assert.deepEqual(found, [], css.slice(0, 200));
  }
});
