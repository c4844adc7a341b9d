/** Walks what an element rendered (its shadow trees and light DOM) and reports what must not be. */
import { isDangerousUrl, URL_ATTRIBUTES } from './payloads.js';

/** Every element under `host`: light DOM children and, recursively, every shadow tree. */
export function descendants(host: Element): Element[] {
  const found: Element[] = [];
  const visit = (root: Element | ShadowRoot) => {
    for (const child of Array.from(root.children)) {
      found.push(child);
      if (child.shadowRoot) visit(child.shadowRoot);
      visit(child);
    }
  };
  if (host.shadowRoot) visit(host.shadowRoot);
  visit(host);
  return found;
}

const ACTIVE_ELEMENTS = new Set([
  'script',
  'iframe',
  'object',
  'embed',
  'frame',
  'frameset',
  'base',
]);

function urlsIn(name: string, value: string): string[] {
  if (name === 'srcset')
    return value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '');
  if (name === 'style')
    return Array.from(value.matchAll(/url\(\s*['"]?([^'")]*)/gi), (m) => m[1] ?? '');
  return URL_ATTRIBUTES.has(name) ? [value] : [];
}

/**
 * What `host` rendered that could run script: an event-handler attribute, a `javascript:`,
 * `vbscript:` or non-image `data:` URL in a URL-bearing attribute or a style, or an element that
 * runs or embeds content. The host's own attributes are the input and are not counted.
 */
export function unsafeRendering(host: Element): string[] {
  const problems: string[] = [];
  for (const el of descendants(host)) {
    if (ACTIVE_ELEMENTS.has(el.localName)) problems.push(`<${el.localName}> rendered`);
    for (const { name, value } of Array.from(el.attributes)) {
      if (name.startsWith('on')) problems.push(`<${el.localName} ${name}="${value.slice(0, 60)}">`);
      for (const url of urlsIn(name, value)) {
        if (isDangerousUrl(url)) problems.push(`<${el.localName} ${name}="${url.slice(0, 60)}">`);
      }
    }
  }
  return problems;
}

/**
 * Rendered boxes and text that stick out of `container` sideways: the host, and every visible
 * element and text of its shadow trees and light DOM. One pixel of rounding is allowed.
 */
export function sidewaysOverflow(host: Element, container: Element): string[] {
  const bounds = container.getBoundingClientRect();
  const problems: string[] = [];
  const check = (box: DOMRect, what: string) => {
    if (box.width === 0 && box.height === 0) return;
    if (box.left < bounds.left - 1 || box.right > bounds.right + 1) {
      problems.push(
        `${what} spans ${Math.round(box.left)}–${Math.round(box.right)}px in a ` +
          `${Math.round(bounds.left)}–${Math.round(bounds.right)}px column`,
      );
    }
  };
  const range = document.createRange();
  for (const el of [host, ...descendants(host)]) {
    if (!el.checkVisibility()) continue;
    const part = el.getAttribute('part');
    const name = `<${el.localName}${part ? ` part="${part}"` : ''}>`;
    check(el.getBoundingClientRect(), name);
    for (const node of Array.from(el.childNodes)) {
      if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
      range.selectNodeContents(node);
      check(range.getBoundingClientRect(), `text in ${name}`);
    }
  }
  return problems;
}

/**
 * What a reader can meet in the shadow trees: their text and their elements' attribute values
 * (aria labels, `datetime`, widths…). Light DOM is the portal's and is not included.
 */
export function shadowOutput(host: Element): string {
  const parts: string[] = [];
  const visit = (root: ShadowRoot) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) {
        if (node.parentElement?.localName !== 'style') parts.push(node.textContent ?? '');
        continue;
      }
      const el = node as Element;
      for (const { value } of Array.from(el.attributes)) parts.push(value);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  if (host.shadowRoot) visit(host.shadowRoot);
  return parts.join('\u0000');
}
