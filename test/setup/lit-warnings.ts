/**
 * Imported at the top of every test file by web-test-runner.config.mjs: root hooks that fail the
 * file, naming each test during which Lit logged a development-mode warning (other than the
 * one-time "Lit is in dev mode" notice). The warnings are recorded by test/setup/page-guards.js.
 */

declare global {
  var __pressLitWarnings: string[] | undefined;
  var litIssuedWarnings: Set<string> | undefined;
}

/** Lit's own record of what it has warned about, minus the dev-mode notice. */
function issuedByLit(): string[] {
  return Array.from(globalThis.litIssuedWarnings ?? []).filter(
    (warning) => warning.includes(' ') && !warning.includes('lit.dev/msg/dev-mode'),
  );
}

let alreadyIssued = 0;
const offences: string[] = [];

// Checked after each test, reported once after the file: a failing afterEach would stop the
// remaining tests of the file, and one warning should not hide their results.
afterEach(function litWarningGuard(this: Mocha.Context) {
  const recorded = globalThis.__pressLitWarnings;
  if (!recorded) throw new Error('test/setup/page-guards.js is not installed on this page.');
  const issued = issuedByLit();
  const fresh = new Set([...recorded.splice(0), ...issued.slice(alreadyIssued)]);
  alreadyIssued = issued.length;
  if (fresh.size > 0) {
    const title = this.currentTest?.fullTitle() ?? 'a test';
    offences.push(`Lit warned during "${title}":\n${[...fresh].join('\n')}`);
  }
});

after(function litWarningReport() {
  if (offences.length > 0) throw new Error(offences.join('\n\n'));
});

export {};
