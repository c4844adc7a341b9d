/**
 * The article as a schema.org `NewsArticle` in JSON-LD, which search engines read from a
 * `<script type="application/ld+json">` anywhere in the document: the schema, and the script's
 * text made safe to put inside HTML. Used by the browser's writer (structured-data.ts) and by
 * server templates (`structuredDataScript`).
 */
import { parseIsoDate } from './date-format.js';

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
export function compact<T extends object>(object: T): Partial<T> {
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
