/** Finds the language and direction an element is in, across shadow boundaries, and follows them. */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { cachedFormatter } from './intl-cache.js';
import { rendersAsServer } from './server-parity.js';
import { warnOnce } from './warn.js';

/** The canonical form of a BCP 47 tag, or undefined when it is not one. */
export function canonicalLang(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag.trim())[0];
  } catch {
    return undefined;
  }
}

/** The nearest ancestor-or-self attribute `name`, stepping out of shadow roots into their hosts. */
function nearestAttribute(el: Element, name: string): string | null {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.hasAttribute(name)) return node.getAttribute(name);
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}

/**
 * The element's language: the nearest `lang`, else the document's, else `en`. A tag that is not
 * valid BCP 47 falls back the same way, with one warning per bad tag.
 */
export function resolveLang(el: Element): string {
  const raw = nearestAttribute(el, 'lang');
  const lang = canonicalLang(raw);
  if (lang) return lang;
  if (raw) warnOnce(`lang="${raw}" is not a valid language tag; using the document's or English.`);
  return canonicalLang(el.ownerDocument?.documentElement.lang) ?? 'en';
}

/**
 * The element's direction. `:dir()` knows what the browser decided, `dir="auto"` included; where
 * it is not supported, the nearest `dir` attribute decides (`auto` and unknown values count as ltr).
 */
export function resolveDir(el: Element): 'ltr' | 'rtl' {
  try {
    return el.matches(':dir(rtl)') ? 'rtl' : 'ltr';
  } catch {
    return nearestAttribute(el, 'dir')?.toLowerCase() === 'rtl' ? 'rtl' : 'ltr';
  }
}

/**
 * `Intl.ListFormat` parts for `count` items in `lang`: `{ index }` for an item, `{ text }` for a
 * separator such as ", " or " và ", so that separators can be put between elements.
 */
export function listParts(lang: string, count: number): ({ index: number } | { text: string })[] {
  // A list of one has no separators, and the first Intl.ListFormat of a page loads its locale
  // data (about 14 ms at load here): most bylines name one author.
  if (count < 2) return count === 1 ? [{ index: 0 }] : [];
  const placeholders = Array.from({ length: count }, (_, i) => `\u0000${i}\u0000`);
  return cachedFormatter(`list|${lang}`, () => new Intl.ListFormat(lang, { type: 'conjunction' }))
    .formatToParts(placeholders)
    .map((part) =>
      part.type === 'element' ? { index: Number(part.value.slice(1, -1)) } : { text: part.value },
    );
}

// One observer for the whole page: a `lang`/`dir` change in the document, or in any shadow root
// that holds a host (a document-wide observer does not see into shadow roots), re-resolves them.
const hosts = new Set<LocaleController>();
let observer: MutationObserver | undefined;
let observed = new WeakSet<Node>();

function observe(node: Node) {
  if (observed.has(node)) return;
  observed.add(node);
  observer?.observe(node, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
}

function watch(controller: LocaleController) {
  hosts.add(controller);
  observer ??= new MutationObserver(() => hosts.forEach((c) => c.refresh()));
  observe(document.documentElement);
  for (let root = controller.host.getRootNode(); root instanceof ShadowRoot;) {
    observe(root);
    root = root.host.getRootNode();
  }
}

function unwatch(controller: LocaleController) {
  hosts.delete(controller);
  if (hosts.size === 0) {
    observer?.disconnect();
    observer = undefined;
    observed = new WeakSet();
  }
}

/**
 * Gives a Lit host its resolved `lang` and `dir`, and requests an update when either changes at
 * run time. On the server there is no tree to walk: the host's own `lang` and `dir`, else `en`
 * and `ltr`, are used.
 */
export class LocaleController implements ReactiveController {
  private resolved?: { lang: string; dir: 'ltr' | 'rtl' };

  constructor(readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  get lang(): string {
    // While hydrating, what the server saw: the host's own attribute (see server-parity.ts).
    const resolved = rendersAsServer() ? undefined : this.resolved;
    return resolved?.lang ?? canonicalLang(this.host.getAttribute('lang')) ?? 'en';
  }

  get dir(): 'ltr' | 'rtl' {
    const resolved = rendersAsServer() ? undefined : this.resolved;
    return resolved?.dir ?? (this.host.getAttribute('dir') === 'rtl' ? 'rtl' : 'ltr');
  }

  hostConnected(): void {
    if (isServer) return;
    this.refresh();
    watch(this);
  }

  hostDisconnected(): void {
    if (!isServer) unwatch(this);
  }

  /** Re-reads the tree; requests an update only when something changed. */
  refresh(): void {
    const lang = resolveLang(this.host);
    const dir = resolveDir(this.host);
    if (lang === this.resolved?.lang && dir === this.resolved.dir) return;
    this.resolved = { lang, dir };
    this.host.requestUpdate();
  }
}
