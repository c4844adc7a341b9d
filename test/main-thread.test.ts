import { expect, fixture } from '@open-wc/testing';
import '../src/define.js';
import { seedArticle, type ContentForm } from '../fixtures/seed-article.js';
import type { PressArticle } from '../src/index.js';
import { resetPreferences, settle } from './helpers.js';

/**
 * The point 4: the elements do no main-thread work a static page would not. The real
 * DOM methods are wrapped (still called) to see who calls them while the article renders.
 */

/** Methods and getters whose answer needs an up-to-date layout: calling one forces it. */
const LAYOUT_READS: [object, string][] = [
  [Element.prototype, 'getBoundingClientRect'],
  [Element.prototype, 'getClientRects'],
  [Element.prototype, 'clientWidth'],
  [Element.prototype, 'clientHeight'],
  [Element.prototype, 'scrollWidth'],
  [Element.prototype, 'scrollHeight'],
  [Element.prototype, 'scrollTop'],
  [HTMLElement.prototype, 'offsetWidth'],
  [HTMLElement.prototype, 'offsetHeight'],
  [HTMLElement.prototype, 'offsetTop'],
  [HTMLElement.prototype, 'offsetLeft'],
  [HTMLElement.prototype, 'innerText'],
  [window, 'getComputedStyle'],
];

/** Wraps each of `targets` so that every call is recorded with its arguments; returns them and an undo. */
function watch(targets: [object, string][]) {
  const calls: { name: string; args: unknown[] }[] = [];
  const undo: (() => void)[] = [];
  for (const [owner, name] of targets) {
    const descriptor = Object.getOwnPropertyDescriptor(owner, name)!;
    const wrapped = { ...descriptor };
    if (typeof descriptor.value === 'function') {
      const original = descriptor.value as (...args: unknown[]) => unknown;
      wrapped.value = function (this: unknown, ...args: unknown[]) {
        calls.push({ name, args });
        return original.apply(this, args);
      };
    } else if (descriptor.get) {
      const original = descriptor.get as (this: unknown) => unknown;
      wrapped.get = function (this: unknown) {
        calls.push({ name, args: [] });
        return original.call(this);
      };
    }
    Object.defineProperty(owner, name, wrapped);
    undo.push(() => Object.defineProperty(owner, name, descriptor));
  }
  return { calls, restore: () => undo.forEach((step) => step()) };
}

/** Listener types whose handlers can hold up scrolling unless they are passive. */
const SCROLL_BLOCKING = ['touchstart', 'touchmove', 'wheel', 'mousewheel'];

for (const form of ['slotted', 'attributes'] as ContentForm[]) {
  describe(`main-thread work of the seed article, ${form}`, () => {
    beforeEach(resetPreferences);

    it('renders without reading layout (no forced synchronous layout)', async () => {
      const reads = watch(LAYOUT_READS);
      try {
        await settle(await fixture<PressArticle>(seedArticle({ form })));
      } finally {
        reads.restore();
      }
      expect(reads.calls.map((call) => call.name)).to.deep.equal([]);
    });

    it('adds no listener that could hold up scrolling, and no scroll or resize listener', async () => {
      const listeners = watch([[EventTarget.prototype, 'addEventListener']]);
      try {
        await settle(await fixture<PressArticle>(seedArticle({ form })));
      } finally {
        listeners.restore();
      }
      const added = listeners.calls.map(({ args: [type, , options] }) => ({
        type: type as string,
        passive: typeof options === 'object' && !!(options as AddEventListenerOptions).passive,
      }));
      // The watch saw the elements' own listeners (e.g. the toolbar's keydown).
      expect(added.map((entry) => entry.type)).to.include('keydown');
      for (const entry of added) {
        if (SCROLL_BLOCKING.includes(entry.type)) expect(entry.passive, entry.type).to.be.true;
        expect(['scroll', 'resize'], entry.type).not.to.include(entry.type);
      }
    });

    it('starts no timer and no animation-frame loop', async () => {
      const timers = watch([
        [window, 'setTimeout'],
        [window, 'setInterval'],
        [window, 'requestAnimationFrame'],
      ]);
      let root: PressArticle;
      try {
        root = await fixture<PressArticle>(seedArticle({ form }));
        await settle(root);
      } finally {
        timers.restore();
      }
      expect(root.shadowRoot).to.exist;
      expect(timers.calls.map((call) => call.name)).to.deep.equal([]);
    });
  });
}
