/** Registers a custom element once, tolerating a second copy of the library on the page. */
import { warnOnce } from './warn.js';

let warnedOfAnotherCopy = false;

/**
 * Defines `tag` unless it is already defined. A second copy of press-elements (a portal plus a
 * widget, or two versions) must never throw `NotSupportedError`; the copy that loses keeps working
 * through the first one's class and says so once.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag);
  if (!existing) {
    try {
      registry.define(tag, ctor);
    } catch {
      // The portal registered this class under a name of its own first: a registry takes a
      // constructor once, so the standard tag gets a subclass that behaves the same.
      registry.define(tag, class extends (ctor as typeof HTMLElement) {});
    }
    return;
  }
  if (existing === ctor || warnedOfAnotherCopy) return;
  // Once per copy: a second copy finds every one of its tags taken, and one warning says it all.
  warnedOfAnotherCopy = true;
  warnOnce(
    `<${tag}> and the other elements are already defined by another copy of the library; this ` +
      "copy's definitions are ignored. Load press-elements once per page to avoid surprises.",
  );
}
