/**
 * `<press-article>`'s structured data in the browser: one `NewsArticle` JSON-LD script in the
 * document's `<head>`, kept in step with the header, bylines and figures inside the article;
 * never among its own children, which a framework hydrating the article's markup expects to find
 * as the server wrote them. A script the server wrote inside the article (`structuredDataScript`)
 * is kept up to date instead. Loaded once the browser is idle after the first render.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { ARTICLE_DATA_ATTRIBUTES, readArticle } from './article-data.js';
import { jsonLdScriptText } from './json-ld-policy.js';
import { LocaleController } from './locale-controller.js';
import { jsonLdText, newsArticle, STRUCTURED_DATA_ATTRIBUTE } from './news-article.js';

/**
 * Keeps one `NewsArticle` script for the host, in step with its content, language and
 * `publisher`; none while the host has `no-structured-data` or no headline, or is disconnected.
 */
export class StructuredDataController implements ReactiveController {
  private readonly locale: LocaleController;
  private observer?: MutationObserver;
  private queued = false;
  /** The script this host keeps: its server-written child, or one of ours in the head. */
  element: HTMLScriptElement | null = null;

  constructor(
    private readonly host: ReactiveControllerHost &
      HTMLElement & { publisher: string; noStructuredData: boolean },
  ) {
    host.addController(this);
    this.locale = new LocaleController(host);
  }

  hostConnected(): void {
    if (isServer) return;
    this.observer = new MutationObserver(() => this.queue());
    this.observer.observe(this.host, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ARTICLE_DATA_ATTRIBUTES.split(' '),
    });
    // Moved to another place or tree: its script is written again there.
    if (this.seen) this.queue();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    // Ours goes with the article (a server-written child goes with it anyway).
    if (this.element?.parentNode !== this.host) this.element?.remove();
    this.element = null;
  }

  private seen = '';

  /** Re-reads only when what the host itself adds to the data changed (not on a text-size step). */
  hostUpdated(): void {
    const seen = [this.locale.lang, this.host.publisher, this.host.noStructuredData].join('\n');
    if (isServer || seen === this.seen) return;
    this.seen = seen;
    this.queue();
  }

  /** The host's script: the one it keeps, else the one the server wrote inside it. */
  private script(): HTMLScriptElement | null {
    if (this.element?.isConnected) return this.element;
    return this.host.querySelector(`:scope > script[${STRUCTURED_DATA_ATTRIBUTE}]`);
  }

  private queue() {
    if (this.queued) return;
    this.queued = true;
    queueMicrotask(() => {
      this.queued = false;
      this.write();
    });
  }

  private write() {
    if (!this.host.isConnected) return;
    let script = this.script();
    const data = readArticle(this.host, this.locale.lang, this.host.publisher);
    const json = this.host.noStructuredData || !data.headline ? '' : jsonLdText(newsArticle(data));
    if (!json) script?.remove();
    else if (script?.textContent !== json) {
      if (!script) {
        const doc = this.host.ownerDocument;
        script = doc.createElement('script');
        script.type = 'application/ld+json';
        script.setAttribute(STRUCTURED_DATA_ATTRIBUTE, '');
        (doc.head ?? doc.documentElement).append(script);
      }
      const text = jsonLdScriptText(json);
      if (text === undefined) script.remove();
      else script.text = text as string;
    }
    this.element = script?.isConnected ? script : null;
    // Drops the records of this write. Any other change they hold happened before it, so it is in.
    this.observer?.takeRecords();
  }
}
