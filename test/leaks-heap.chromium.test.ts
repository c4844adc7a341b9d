/**
 * Chromium only (it needs the `gc()` and exact `performance.memory` that web-test-runner.config.mjs
 * enables with --js-flags=--expose-gc and --enable-precise-memory-info): 2,000 create/attach/detach
 * cycles of every element leave the JS heap flat, under 1 MiB of growth after garbage collection,
 * and every detached element is collected (all 1,980 checked; the last batch may still have work in
 * flight). Collections run without a stack (see collectedHeap), so the count is exact.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import { expect } from '@open-wc/testing';
import '../src/define.js';
import { resetPreferences } from './helpers.js';
import { arena, cycles } from './security/lifecycle.js';
import { elements } from './security/manifest.js';

const CYCLES = 2000;
const MIB = 1024 * 1024;
const BATCH = 20;

/** Chromium's extensions: `gc()` from --expose-gc, exact sizes from --enable-precise-memory-info. */
const chromium = globalThis as unknown as {
  gc: (options?: { type: 'major'; execution: 'async' }) => Promise<void> | void;
  performance: { memory: { usedJSHeapSize: number } };
};

async function collectedHeap(): Promise<number> {
  // Work an element queued for its last frame or idle time (observers, clocks) finishes first.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await new Promise((resolve) => setTimeout(resolve, 200));
  for (let i = 0; i < 3; i++) {
    // A macrotask between collections lets WeakRefs and finalizers from the last job go.
    await new Promise((resolve) => setTimeout(resolve, 0));
    // Run in a task of its own, with no stack: a collection called from script scans the stack
    // conservatively, and any stale word there that looks like a pointer keeps a node alive.
    await chromium.gc({ type: 'major', execution: 'async' });
  }
  return chromium.performance.memory.usedJSHeapSize;
}

describe(`JS heap after ${CYCLES} create/attach/detach cycles (Chromium)`, () => {
  before(() => resetPreferences());

  for (const { tag } of elements) {
    it(`${tag} grows the heap by less than 1 MiB and is collected`, async function () {
      this.timeout(120_000);
      const box = arena();
      // Warm-up: compiled templates, style sheets and caches are created once, not per element.
      await cycles(tag, box, 200);
      const before = await collectedHeap();
      const refs: WeakRef<Element>[] = [];
      await cycles(tag, box, CYCLES, (el) => refs.push(new WeakRef(el)), BATCH);
      box.remove();
      const after = await collectedHeap();
      // The last batch may still have work in flight (an image decode, a lazy import): not a leak.
      const countAlive = () =>
        refs.slice(0, -BATCH).filter((ref) => ref.deref() !== undefined).length;
      // Give stragglers a few more collections before counting them.
      let alive = countAlive();
      for (let retry = 0; alive > 0 && retry < 10; retry++) {
        await collectedHeap();
        alive = countAlive();
      }
      const growth = after - before;
      await executeServerCommand('press-report', {
        name: `leaks-heap-${tag}`,
        data: { growthKiB: growth / 1024, cycles: CYCLES, alive },
      });
      expect(alive, 'detached elements still reachable').to.equal(0);
      expect(growth).to.be.below(MIB);
    });
  }
});
