/** Finds the language and direction an element is in, across shadow boundaries, and follows them. */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
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

/** The element's direction from the nearest `dir` (`auto` and unknown values count as `ltr`). */
export function resolveDir(el: Element): 'ltr' | 'rtl' {
  return nearestAttribute(el, 'dir')?.toLowerCase() === 'rtl' ? 'rtl' : 'ltr';
}

// One observer for the whole document: every `lang`/`dir` change anywhere re-resolves the hosts.
const hosts = new Set<LocaleController>();
let observer: MutationObserver | undefined;

function watch(controller: LocaleController) {
  hosts.add(controller);
  if (!observer) {
    observer = new MutationObserver(() => hosts.forEach((c) => c.refresh()));
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang', 'dir'],
      subtree: true,
    });
  }
}

function unwatch(controller: LocaleController) {
  hosts.delete(controller);
  if (hosts.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}

/**
 * Gives a Lit host its resolved `lang` and `dir`, and requests an update when either changes at
 * run time. On the server there is no tree to walk: the host's own `lang` attribute or `en` is used.
 */
export class LocaleController implements ReactiveController {
  lang = 'en';
  dir: 'ltr' | 'rtl' = 'ltr';

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
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
    if (lang === this.lang && dir === this.dir) return;
    this.lang = lang;
    this.dir = dir;
    this.host.requestUpdate();
  }
}
