/** Finds the language and direction an element is in, across shadow boundaries. */
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
