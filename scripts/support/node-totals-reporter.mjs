/**
 * A node:test reporter that prints nothing and records the run's test counts (suites are not
 * tests; skipped and todo tests count as neither): see totals.mjs. .ci/run adds it beside the
 * spec reporter through NODE_OPTIONS.
 */
import { recordTotals } from './totals.mjs';

export default async function* totals(events) {
  let passed = 0;
  let failed = 0;
  for await (const { type, data } of events) {
    if (type !== 'test:pass' && type !== 'test:fail') continue;
    if (data.details?.type === 'suite' || data.skip || data.todo) continue;
    if (type === 'test:pass') passed++;
    else failed++;
  }
  recordTotals('node:test', passed, failed);
  yield* [];
}
