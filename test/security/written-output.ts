/**
 * What the library itself wrote, judged as a reader's browser reads it: its shadow trees hold no
 * element that runs or embeds content and no event-handler attribute, and every URL there and in
 * the structured data it adds is http(s) or relative, a data URL an image only where an image is
 * loaded. The browser's own URL parser is the judge. The light DOM is the portal's input.
 */
import { descendants } from './dom-scan.js';
import { URL_ATTRIBUTES } from './payloads.js';
import { jsonUrls, srcsetUrls, verdict } from './url-verdict.js';

const ACTIVE = new Set(['script', 'iframe', 'object', 'embed', 'frame', 'frameset', 'base']);

const IMAGE_LOADS = new Set(['img src', 'img srcset', 'source srcset']);

/** Shadow-tree elements below `host` (the light DOM is the portal's input, not our output). */
function shadowElements(host: Element): Element[] {
  const found: Element[] = [];
  const visit = (el: Element) => {
    if (!el.shadowRoot) return;
    for (const child of el.shadowRoot.querySelectorAll('*')) found.push(child);
  };
  for (const el of [host, ...descendants(host)]) visit(el);
  return found;
}

/** What `host` wrote that could run script or breaks the URL policy, one line each. */
export function writtenViolations(host: Element): string[] {
  const problems: string[] = [];
  for (const el of shadowElements(host)) {
    if (ACTIVE.has(el.localName)) problems.push(`<${el.localName}> rendered`);
    for (const { name, value } of Array.from(el.attributes)) {
      if (name.startsWith('on')) problems.push(`<${el.localName} ${name}="${value.slice(0, 60)}">`);
      if (!URL_ATTRIBUTES.has(name)) continue;
      const imageLoad = IMAGE_LOADS.has(`${el.localName} ${name}`);
      for (const url of name === 'srcset' ? srcsetUrls(value) : [value]) {
        const wrong = verdict(url, imageLoad, document.baseURI);
        if (wrong) problems.push(`<${el.localName} ${name}="${url.slice(0, 60)}"> ${wrong}`);
      }
    }
  }
  // The article's structured data: in the head, or a server template's inside it.
  const jsonLd = (host as { jsonLdScript?: HTMLScriptElement | null }).jsonLdScript;
  const scripts = [...host.querySelectorAll('script[type="application/ld+json"]')];
  for (const script of jsonLd ? [...scripts, jsonLd] : scripts) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      problems.push('structured data that is not JSON');
      continue;
    }
    for (const [url, image] of jsonUrls(data)) {
      const wrong = verdict(url, image, document.baseURI);
      if (wrong) problems.push(`structured data URL "${url.slice(0, 60)}" ${wrong}`);
    }
  }
  return problems;
}
