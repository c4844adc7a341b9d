/**
 * What a `NewsArticle` says, read from the press elements inside an article's light DOM: the
 * header's headline and standfirst, the byline's authors and dates, the figures' images. Every
 * URL made absolute against the document, white space folded as HTML folds it.
 */
import { authorNodes } from './author-nodes.js';
import { compact, type ArticleData, type ImageData, type PersonData } from './news-article.js';
import { absoluteUrl } from './url-policy.js';

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
  const avatar = node.querySelector(':scope > [slot=avatar]');
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
  const media = figure.querySelector(':scope > [slot=media]');
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
export const ARTICLE_DATA_ATTRIBUTES =
  'headline standfirst published modified updated author name href job-title avatar src caption credit width height slot';
