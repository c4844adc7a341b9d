/**
 * The lint rule against rendering untrusted markup (eslint.config.mjs, `no-restricted-imports`)
 * really fires: every way to import unsafeHTML, unsafeSVG, unsafeMathML or unsafeStatic is an
 * error in library code, and the safe `literal` is not. Run with `node --test` (npm run ci:lint-rules).
 */
import { ESLint } from 'eslint';
import assert from 'node:assert/strict';
import { test } from 'node:test';

const root = new URL('../..', import.meta.url).pathname;
const eslint = new ESLint({ cwd: root });
// An existing library file, so the typed lint setup knows the path; its text is replaced here.
const filePath = `${root}src/index.ts`;

async function restricted(code) {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((message) => message.ruleId === 'no-restricted-imports');
}

const unsafeImports = [
  "import { unsafeHTML } from 'lit/directives/unsafe-html.js';",
  "import { unsafeHTML } from 'lit/directives/unsafe-html';",
  "import { unsafeHTML } from 'lit-html/directives/unsafe-html.js';",
  "import { unsafeSVG } from 'lit/directives/unsafe-svg.js';",
  "import { unsafeMathML } from 'lit/directives/unsafe-mathml.js';",
  "import { unsafeStatic } from 'lit/static-html.js';",
  "import { unsafeStatic } from 'lit-html/static.js';",
];

test('refuses every unsafe import and allows the static `literal` tag', async () => {
  // One file (typed linting is slow to start): an import a line, then the safe one last.
  const names = unsafeImports.map((line) => line.match(/\{ (\w+) \}/)[1]);
  const code = [
    ...unsafeImports.map((line, i) => line.replace(/\{ (\w+) \}/, `{ $1 as u${i} }`)),
    "import { literal } from 'lit/static-html.js';",
    `export const used = [${names.map((_, i) => `u${i}`).join(', ')}, literal\`h2\`];`,
    '',
  ].join('\n');
  const messages = await restricted(code);
  assert.deepEqual(
    messages.map((message) => message.line),
    unsafeImports.map((_, i) => i + 1),
    JSON.stringify(messages),
  );
  for (const message of messages) assert.match(message.message, /untrusted/);
});
