/**
 * Swapping articles in a single-page app: 2,000 create/attach/detach cycles of every element leave
 * no listener on window or document behind. (The heap check, which needs Chromium's gc(), is in
 * leaks-heap.chromium.test.ts.) Listeners are counted by test/setup/page-guards.js, installed
 * before the library loads.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import { expect } from '@open-wc/testing';
import '../src/define.js';
import { resetPreferences } from './helpers.js';
import { arena, cycles, listenerCount } from './security/lifecycle.js';
import { elements } from './security/manifest.js';

const CYCLES = 2000;

describe(`listeners after ${CYCLES} create/attach/detach cycles`, () => {
  before(() => resetPreferences());

  for (const { tag } of elements) {
    it(`${tag} leaves window and document listeners at their baseline`, async function () {
      this.timeout(120_000);
      const box = arena();
      // One warm-up cycle: shared, once-per-page listeners (the preferences store's `storage`
      // listener) belong to the baseline, not to any element.
      await cycles(tag, box, 1);
      const baseline = listenerCount();
      await cycles(tag, box, CYCLES);
      const after = listenerCount();
      box.remove();
      await executeServerCommand('press-report', {
        name: `leaks-${tag}`,
        data: { cycles: CYCLES, before: baseline, after },
      });
      expect(after).to.deep.equal(baseline);
    });
  }

  it('counts listeners that are left behind', () => {
    // The counter itself must see a listener that outlives its element, or the test above proves
    // nothing.
    const before = listenerCount();
    const listener = () => {};
    window.addEventListener('resize', listener);
    document.addEventListener('keydown', listener, { capture: true });
    expect(listenerCount()).to.deep.equal({
      window: before.window + 1,
      document: before.document + 1,
    });
    window.removeEventListener('resize', listener);
    document.removeEventListener('keydown', listener, { capture: true });
    expect(listenerCount()).to.deep.equal(before);
  });
});
