/**
 * What every press element shares, written once: long words break rather than overflow the column
 * (the toolbar and the article choose otherwise); `hidden` hides the host whatever its `display`;
 * setup that needs a browser runs only in one (`connectedInBrowser`);
 * string attributes and properties read `''` when removed or set to null (Lit would leave null
 * in a field typed `string`); and a shadow root the server rendered is either hydrated (where
 * `press-elements/hydrate` runs) or rendered over in the same task (anywhere else), never shown
 * twice.
 */
import {
  css,
  isServer,
  LitElement,
  type CSSResultGroup,
  type CSSResultOrNative,
  type PropertyDeclaration,
  type PropertyValues,
} from 'lit';
import { renderAsServer } from './server-parity.js';

/** The host's own rules, before each element's styles. */
const hostStyles = css`
  /* CMS text may hold words longer than the column (URLs, 100,000 characters): break them.
     :host(*) weighs what :host does, so an element's own :host rule still wins, and is not the
     same selector twice in the one style block the server writes per element. */
  :host(*) {
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
`;

/** Reads a removed attribute (null) as `''`. */
export const textConverter = { fromAttribute: (value: string | null) => value ?? '' };

/**
 * A string property that a removed attribute, or a null or undefined value, leaves `''`. With an
 * attribute name of its own: `{ attribute: 'job-title', converter: textConverter }`.
 */
export const text: PropertyDeclaration = { converter: textConverter };

/** What hydration needs done to a server-rendered shadow root first (hydration-fixes.ts). */
type Preparation = (root: ShadowRoot, element: LitElement) => void;
let prepareHydration: Preparation | undefined;

/** Called by `press-elements/hydrate`: from then on, server-rendered elements hydrate. */
export function hydrateWith(prepare: Preparation): void {
  prepareHydration = prepare;
}

export class PressElement extends LitElement {
  protected static override finalizeStyles(styles?: CSSResultGroup): CSSResultOrNative[] {
    return super.finalizeStyles([hostStyles, styles ?? []]);
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // Without Lit's hydration support (the CDN bundle, `press-elements/define`) Lit would render
    // beside the server's markup: it is cleared first, in the same task as the render.
    if (this.shadowRoot && !('litElementHydrateSupport' in globalThis)) {
      this.shadowRoot.replaceChildren();
    }
    return super.createRenderRoot();
  }

  override connectedCallback(): void {
    // Under `defer-hydration` Lit's hydration support holds the element until the attribute goes
    // (see attributeChangedCallback); so does its setup.
    const deferred = prepareHydration && this.hasAttribute('defer-hydration');
    const declarative = this.hasUpdated ? null : this.shadowRoot;
    if (prepareHydration && !deferred && declarative?.hasChildNodes()) {
      prepareHydration(declarative, this);
      // Hydrated at once, in the state the server rendered (see server-parity.ts); connected as
      // usual next, and rendered again with what the browser knows.
      (this as { renderRoot: HTMLElement | DocumentFragment }).renderRoot ??=
        this.createRenderRoot();
      this.enableUpdating(true);
      renderAsServer(() => this.performUpdate());
      super.connectedCallback();
      this.connectedInBrowser();
      this.requestUpdate();
      return;
    }
    super.connectedCallback();
    if (!isServer && !deferred) this.connectedInBrowser();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    // When `defer-hydration` goes, Lit's hydration support connects the element itself, past the
    // connectedCallback above: it is connected here instead, so it hydrates the same way.
    if (prepareHydration && name === 'defer-hydration' && value === null) {
      if (this.isConnected) this.connectedCallback();
      return;
    }
    super.attributeChangedCallback(name, old, value);
  }

  /**
   * The element's setup on connection that needs a browser (storage, media queries, the page's
   * sheets and observers): never run on the server.
   */
  protected connectedInBrowser(): void {}

  protected override willUpdate(changed: PropertyValues): void {
    const { elementProperties } = this.constructor as typeof LitElement;
    for (const key of changed.keys()) {
      const self = this as unknown as Record<PropertyKey, unknown>;
      if (elementProperties.get(key)?.converter === textConverter && self[key] == null) {
        self[key] = '';
      }
    }
  }
}
