/**
 * The reading time of the article around a host, estimated from the text a reader reads in it and
 * followed as that text changes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readingMinutes } from './reading-time.js';
import { rendersAsServer } from './server-parity.js';

// Parts of an article that are not read as its text.
const SKIPPED =
  'script, style, template, noscript, [hidden], [aria-hidden=true], press-a11y-toolbar, press-byline';

/** The text a reader reads in `root`'s light DOM: no scripts, toolbars, bylines or hidden parts. */
export function readableText(root: Element): string {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest(SKIPPED)) parts.push(node.nodeValue ?? '');
  }
  return parts.join(' ');
}

/** The nearest `<press-article>` or `<article>` around `el`, also from inside a shadow root. */
export function articleOf(el: Element): Element | undefined {
  for (let node: Element | undefined = el; node;) {
    const found = node.closest('press-article, article');
    if (found) return found;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : undefined;
  }
  return undefined;
}

const isScript = (node: Node) => node instanceof HTMLScriptElement;

/** Whether a mutation may change the text read: not one of a script (such as the JSON-LD). */
function changesText(record: MutationRecord): boolean {
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return !isScript(record.target) && !(nodes.length > 0 && nodes.every(isScript));
}

/** Gives a host the reading time of its article, re-rendering it as the article's text changes. */
export class ReadingTimeController implements ReactiveController {
  private observer?: MutationObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /**
   * The minutes to show: 0 when `given` is null (not asked for); `given` when it is a positive
   * number (e.g. from the CMS); else estimated from the enclosing article, which is then followed.
   */
  minutes(given: string | null | undefined, lang: string, perMinute?: number): number {
    const number = Math.round(Number(given));
    const article =
      given == null || number > 0 || rendersAsServer() ? undefined : articleOf(this.host);
    if (!article) {
      this.hostDisconnected();
      return given == null ? 0 : Math.max(number, 0) || 0;
    }
    if (!this.observer) {
      this.observer = new MutationObserver((records) => {
        if (records.some(changesText)) this.host.requestUpdate();
      });
      this.observer.observe(article, { childList: true, characterData: true, subtree: true });
    }
    return readingMinutes(readableText(article), lang, perMinute);
  }
}
