/**
 * Lit's hydration support, whatever order a bundler evaluates the chunks in. Lit applies it when
 * LitElement's module is evaluated, if the support has been evaluated before; a bundler that puts
 * Lit in a shared chunk that runs first would leave every element rendering anew over its
 * server-rendered shadow root. Then the support is applied here, still before any element is
 * registered. Elements registered earlier (by another entry) cannot hydrate: that is said once.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { LitElement } from 'lit';
import { warnOnce } from './warn.js';

type Support = (lit: { LitElement: typeof LitElement }) => void;

// The support gives LitElement an `observedAttributes` of its own (it adds `defer-hydration`).
if (!Object.getOwnPropertyDescriptor(LitElement, 'observedAttributes')) {
  (globalThis as { litElementHydrateSupport?: Support }).litElementHydrateSupport?.({ LitElement });
}

if (customElements.get('press-article')) {
  warnOnce(
    'hydrate loaded after the elements were registered (press-elements/define or the CDN ' +
      'bundle ran first): server-rendered elements render anew instead of hydrating. Load ' +
      'press-elements/hydrate alone, first.',
  );
}
