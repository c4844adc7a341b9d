/**
 * Test totals for .ci/run, from each runner's own reporter: every run appends one JSON line
 * `{ runner, passed, failed }` to the file PRESS_TOTALS names, and .ci/run adds them up. Nothing
 * is written when PRESS_TOTALS is unset (local runs).
 */
import { appendFileSync } from 'node:fs';

export function recordTotals(runner, passed, failed) {
  const file = process.env.PRESS_TOTALS;
  if (file) appendFileSync(file, `${JSON.stringify({ runner, passed, failed })}\n`);
}

/** A @web/test-runner reporter that records the counts of the tests the run's sessions held. */
export function totalsReporter() {
  return {
    stop({ sessions }) {
      let passed = 0;
      let failed = 0;
      const count = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) continue;
          if (test.passed) passed++;
          else failed++;
        }
        suite.suites.forEach(count);
      };
      for (const session of sessions) {
        const before = failed;
        if (session.testResults) count(session.testResults);
        // A file that failed without a failing test (it did not load, or threw between tests).
        if (session.passed === false && failed === before) failed++;
      }
      recordTotals('web-test-runner', passed, failed);
    },
  };
}
