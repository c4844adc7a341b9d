/** Registers a custom element once, tolerating a second copy of the library on the page. */
import { warnOnce } from './warn.js';

let warnedOfAnotherCopy = false;

/**
 * A page rendered on the server holds each element's shadow root already (declarative shadow
 * DOM). `press-elements/hydrate` adopts it; without Lit's hydration support (the CDN bundle,
 * `press-elements/define`) Lit would render beside the server's markup and show everything
 * twice, so that markup is cleared first, in the same task as the render: nothing flashes.
 */
function renderOverServerMarkup(ctor: CustomElementConstructor) {
  const proto = ctor.prototype as { createRenderRoot?: () => Element | ShadowRoot };
  const create = proto.createRenderRoot;
  if (!create) return;
  proto.createRenderRoot = function (this: HTMLElement) {
    if (this.shadowRoot && !('litElementHydrateSupport' in globalThis))
      this.shadowRoot.replaceChildren();
    return create.call(this);
  };
}

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
    renderOverServerMarkup(ctor);
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
