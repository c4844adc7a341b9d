/** Registers a custom element once, tolerating a second copy of the library on the page. */
import { warnOnce } from './warn.js';

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
    registry.define(tag, ctor);
    return;
  }
  if (existing === ctor) return;
  warnOnce(
    `<${tag}> is already defined by another copy of the library; this copy's definition is ` +
      'ignored. Load press-elements once per page to avoid surprises.',
  );
}
