/**
 * Structured data: the article as a schema.org `NewsArticle` in JSON-LD, which search engines read
 * from a `<script type="application/ld+json">` anywhere in the document. In the browser
 * `<press-article>` keeps one such script in the document's `<head>`, built from the header,
 * bylines and figures inside it: never among its own children, which a framework hydrating the
 * article's markup expects to find as the server wrote them. On the server,
 * `structuredDataScript()` gives the same script for a page template, inside the article; the
 * browser then keeps that one up to date instead.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { parseIsoDate } from './date-format.js';
import { LocaleController } from './language.js';
import { absoluteUrl } from './url-policy.js';
import { authorNodes } from './author-nodes.js';

export interface PersonData {
  name: string;
  url?: string;
  jobTitle?: string;
  image?: string;
}

export interface ImageData {
  url: string;
  caption?: string;
  creditText?: string;
  width?: number;
  height?: number;
}

/** What a `NewsArticle` is built from; every URL absolute, every date ISO 8601. */
export interface ArticleData {
  headline: string;
  description?: string;
  datePublished?: string;
  dateModified?: string;
  authors: PersonData[];
  images: ImageData[];
  inLanguage?: string;
  publisher?: string;
}

/** A copy of `object` without empty strings, empty arrays and undefined values. */
function compact<T extends object>(object: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(object).filter(
      ([, value]) =>
        value !== undefined && value !== '' && !(Array.isArray(value) && !value.length),
    ),
  ) as Partial<T>;
}

/** The schema.org `NewsArticle` for `data`, as a plain object. */
export function newsArticle(data: ArticleData): Record<string, unknown> {
  const published = parseIsoDate(data.datePublished);
  const modified = parseIsoDate(data.dateModified);
  return compact({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: data.headline,
    description: data.description,
    datePublished: published?.toISOString(),
    dateModified:
      modified && (!published || modified > published) ? modified.toISOString() : undefined,
    author: data.authors.map((person) => compact({ '@type': 'Person', ...person })),
    image: data.images.map(({ url, ...image }) =>
      compact({ '@type': 'ImageObject', url, ...image }),
    ),
    inLanguage: data.inLanguage,
    publisher: data.publisher ? { '@type': 'Organization', name: data.publisher } : undefined,
  });
}

/**
 * JSON for a `<script>` element: `<`, `>` and `&` escaped as `\u003c`… so that no text, such as
 * a headline holding `</script>` or `<!--`, can end the script early; U+2028/2029 escaped too.
 */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Marks the one script this library owns, so that it is updated rather than added twice. */
export const STRUCTURED_DATA_ATTRIBUTE = 'data-press-structured-data';

/**
 * The `NewsArticle` script as HTML, for a server template: put it inside `<press-article>`, and
 * the article adopts it in the browser instead of adding a second one.
 */
export function structuredDataScript(data: ArticleData): string {
  return `<script type="application/ld+json" ${STRUCTURED_DATA_ATTRIBUTE}>${jsonLdText(newsArticle(data))}</script>`;
}

// Reading the article's DOM.

/** White space folded as HTML folds it: ASCII only, so that an ideographic space (U+3000) stays. */
function clean(value: string | null | undefined): string {
  return (value ?? '').replace(/[ \t\n\f\r]+/g, ' ').replace(/^ | $/g, '');
}

function text(node: Node | null | undefined): string {
  return clean(node?.textContent);
}

/** The text of an element's unslotted children (its default slot), else its attribute. */
function ownText(el: Element, attribute: string): string {
  // Text and unslotted elements only: comments (such as a template engine's markers) are no text.
  const nodes = Array.from(el.childNodes).filter((node) =>
    node instanceof Element
      ? !node.hasAttribute('slot') && node.localName !== 'script'
      : node.nodeType === Node.TEXT_NODE,
  );
  return nodes.map(text).join(' ').trim() || clean(el.getAttribute(attribute));
}

/** A slotted element's text, else the attribute's. */
function part(el: Element | null, slot: string, attribute: string): string {
  if (!el) return '';
  return text(el.querySelector(`:scope > [slot="${slot}"]`)) || clean(el.getAttribute(attribute));
}

function person(node: Element | Text, base: string): PersonData | undefined {
  if (!(node instanceof Element)) return text(node) ? { name: text(node) } : undefined;
  const link = node.localName === 'a' ? node : node.querySelector(':scope > a[href]');
  const avatar = node.querySelector(':scope > [slot="avatar"]');
  const data = {
    name: node.localName === 'press-author' ? ownText(node, 'name') : text(node),
    // The same wording as the elements' own warnings, so that one bad URL warns once.
    url: absoluteUrl(
      link?.getAttribute('href') ?? node.getAttribute('href'),
      base,
      `${node.localName} href`,
    ),
    jobTitle: node.localName === 'press-author' ? part(node, 'role', 'job-title') : undefined,
    image: absoluteUrl(
      avatar?.getAttribute('src') ?? node.getAttribute('avatar'),
      base,
      'press-author avatar',
      'image',
    ),
  };
  return data.name ? (compact(data) as PersonData) : undefined;
}

function authors(byline: Element | null, base: string): PersonData[] {
  if (!byline) return [];
  const people = authorNodes(byline)
    .map((node) => person(node, base))
    .filter((p): p is PersonData => !!p);
  const attribute = clean(byline.getAttribute('author'));
  return people.length || !attribute ? people : [{ name: attribute }];
}

function image(figure: Element, base: string): ImageData | undefined {
  const media = figure.querySelector(':scope > [slot="media"]');
  const img = media?.localName === 'img' ? media : media?.querySelector('img');
  const url = absoluteUrl((img ?? figure).getAttribute('src'), base, 'press-figure src', 'image');
  if (!url) return undefined;
  const size = (name: string) => Number((img ?? figure).getAttribute(name)) || undefined;
  return compact({
    url,
    caption: ownText(figure, 'caption'),
    creditText: clean(figure.getAttribute('credit')),
    width: size('width'),
    height: size('height'),
  }) as ImageData;
}

/** The article's data, read from the press elements inside `root` (its light DOM). */
export function readArticle(
  root: Element,
  lang: string,
  publisher: string | null = '',
): ArticleData {
  const header = root.querySelector('press-header');
  const byline = root.querySelector('press-byline');
  const base = root.ownerDocument.baseURI;
  return {
    headline: part(header, 'headline', 'headline'),
    description: part(header, 'standfirst', 'standfirst'),
    datePublished: byline?.getAttribute('published') ?? undefined,
    dateModified: byline?.getAttribute('modified') ?? byline?.getAttribute('updated') ?? undefined,
    authors: authors(byline, base),
    images: Array.from(root.querySelectorAll('press-figure'))
      .map((figure) => image(figure, base))
      .filter((i): i is ImageData => !!i),
    inLanguage: lang,
    publisher: (publisher ?? '').trim(),
  };
}

// The attributes the data is read from.
const WATCHED =
  'headline standfirst published modified updated author name href job-title avatar src caption credit width height slot';

interface ScriptPolicy {
  createScript(input: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScript(input: string): string }): ScriptPolicy;
}
let jsonLdPolicy: ScriptPolicy | null | undefined;

/**
 * The text to give the JSON-LD script. Under Trusted Types (`require-trusted-types-for 'script'`)
 * a script's text must be a TrustedScript, whether set as text or as a child node: a policy of our
 * own passes the JSON through (it is serialised here, with `<` escaped, and never runs). Undefined
 * when the page's CSP allows no policy of that name: then no JSON-LD rather than a violation.
 */
function scriptText(json: string): unknown {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return json;
  if (jsonLdPolicy === undefined) {
    try {
      jsonLdPolicy = factory.createPolicy('press-elements-json-ld', {
        createScript: (input) => input,
      });
    } catch {
      jsonLdPolicy = null;
    }
  }
  return jsonLdPolicy ? jsonLdPolicy.createScript(json) : undefined;
}

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
      attributeFilter: WATCHED.split(' '),
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
      const text = scriptText(json);
      if (text === undefined) script.remove();
      else script.text = text as string;
    }
    this.element = script?.isConnected ? script : null;
    // Drops the records of this write. Any other change they hold happened before it, so it is in.
    this.observer?.takeRecords();
  }
}
