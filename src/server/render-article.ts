/**
 * Server rendering: a whole article to an HTML string with declarative shadow DOM, through
 * @lit-labs/ssr. Node only (`press-elements/server`); never part of a browser bundle.
 *
 * The output shows the article with JavaScript off. To make it interactive, load
 * `press-elements/hydrate` in the page (it must run before any other copy of Lit).
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { canonicalLang } from '../language.js';
import { listParts } from '../list-parts.js';
import { structuredDataScript } from '../news-article.js';
import { absoluteUrl, safeSrcset, safeUrl } from '../url-policy.js';
// Registers the elements in the server's shimmed registry, so that their shadow roots render.
import '../define.js';

export interface ArticleParagraph {
  type: 'paragraph';
  /** Plain text; for inline markup pass a Lit `TemplateResult` as the block instead. */
  text: string;
}

export interface ArticleFigure {
  type: 'figure';
  src: string;
  srcset?: string;
  sizes?: string;
  alt?: string;
  /** The image's intrinsic size in pixels, so the box is reserved before it loads. */
  width?: number;
  height?: number;
  loading?: 'lazy' | 'eager';
  credit?: string;
  /** Plain text; rendered as the figure's slotted caption. */
  caption?: string;
}

export interface ArticleAuthor {
  name: string;
  /** The author's page; kept only when http(s) or relative. */
  url?: string;
  /** The author's role ("Phóng viên"), shown after the name and in the structured data. */
  jobTitle?: string;
}

/** A body block: a paragraph, a figure, or any Lit-renderable value (e.g. `html\`<h2>…</h2>\``). */
export type ArticleBlock = ArticleParagraph | ArticleFigure | TemplateResult;

export interface ArticleData {
  /** BCP 47 language of the article, e.g. `vi`. Every element is rendered in it. */
  lang: string;
  dir?: 'ltr' | 'rtl';
  id?: string;
  kicker?: string;
  headline: string;
  standfirst?: string;
  body: readonly ArticleBlock[];
  authors?: readonly ArticleAuthor[];
  source?: string;
  /** ISO 8601 date-times. */
  published?: string;
  updated?: string;
  /** IANA time zone for the dates. Without it the server, which has no reader, uses UTC. */
  timeZone?: string;
  /** Include `<press-a11y-toolbar>` at the top (default true). */
  toolbar?: boolean;
  /** The publishing organisation, for the article's structured data. */
  publisher?: string;
  /**
   * The page's address: relative image and author URLs in the structured data are resolved
   * against it, as the browser resolves them against the document. Without it they stay relative.
   */
  baseUrl?: string;
}

function isBlock<T extends { type: string }>(block: unknown, type: T['type']): block is T {
  return typeof block === 'object' && block !== null && (block as { type?: unknown }).type === type;
}

function figure(block: ArticleFigure, lang: string, dir: ArticleData['dir']) {
  return html`<press-figure
    lang=${lang}
    dir=${ifDefined(dir)}
    src=${ifDefined(safeUrl(block.src, 'press-figure src', 'image'))}
    srcset=${ifDefined(safeSrcset(block.srcset, 'press-figure srcset'))}
    sizes=${ifDefined(block.sizes)}
    alt=${ifDefined(block.alt)}
    width=${ifDefined(block.width)}
    height=${ifDefined(block.height)}
    loading=${ifDefined(block.loading)}
    credit=${ifDefined(block.credit)}
    >${block.caption ?? nothing}</press-figure
  >`;
}

const AUTHOR_URL = '<press-byline> author URL';

/** An author as the byline takes one: the portal's link or name, or with a role a press-author. */
function author({ name, url, jobTitle }: ArticleAuthor, lang: string, dir?: ArticleData['dir']) {
  const href = safeUrl(url, AUTHOR_URL);
  if (!jobTitle) return href ? html`<a href=${href}>${name}</a>` : html`<span>${name}</span>`;
  // The portal's link stays in the light DOM, as the contract recommends.
  return html`<press-author lang=${lang} dir=${ifDefined(dir)} job-title=${jobTitle}
    >${href ? html`<a href=${href}>${name}</a>` : name}</press-author
  >`;
}

/**
 * One element per author, joined by the language's list separators as text between them (", ",
 * " và "): the byline's convention, so that readers without JavaScript see a joined list too.
 */
function authorList(authors: readonly ArticleAuthor[], lang: string, dir?: ArticleData['dir']) {
  return listParts(lang, authors.length).map((part) =>
    'index' in part ? author(authors[part.index]!, lang, dir) : part.text,
  );
}

/**
 * The article as a Lit template, in the contract's recommended form: text as light-DOM markup
 * in slots. Every element gets the article's `lang` and `dir` itself, because on the server an
 * element cannot look up its ancestors; in the browser this agrees with what it would find.
 */
export function articleTemplate(article: ArticleData): TemplateResult {
  const lang = canonicalLang(article.lang) ?? 'en';
  const dir = article.dir;
  const body = article.body.map((block) => {
    if (isBlock<ArticleParagraph>(block, 'paragraph')) return html`<p>${block.text}</p>`;
    if (isBlock<ArticleFigure>(block, 'figure')) return figure(block, lang, dir);
    return block;
  });
  const authors = article.authors ?? [];
  return html`<press-article
    id=${ifDefined(article.id)}
    lang=${lang}
    dir=${ifDefined(dir)}
    publisher=${ifDefined(article.publisher)}
  >
    ${
      article.toolbar === false
        ? nothing
        : html`<press-a11y-toolbar lang=${lang} dir=${ifDefined(dir)}></press-a11y-toolbar>`
    }
    <press-header lang=${lang} dir=${ifDefined(dir)}>
      ${article.kicker ? html`<span slot="kicker">${article.kicker}</span>` : nothing}
      <h1 slot="headline">${article.headline}</h1>
      ${article.standfirst ? html`<p slot="standfirst">${article.standfirst}</p>` : nothing}
    </press-header>
    ${body}
    <press-byline
      lang=${lang}
      dir=${ifDefined(dir)}
      source=${ifDefined(article.source)}
      published=${ifDefined(article.published)}
      modified=${ifDefined(article.updated)}
      time-zone=${ifDefined(article.timeZone)}
      >${authorList(authors, lang, dir)}</press-byline
    >
  </press-article>`;
}

/** Any Lit-renderable value (e.g. a template of press elements) as server-rendered HTML. */
export function renderToString(value: unknown): Promise<string> {
  return collectResult(render(value));
}

/** The article's schema.org `NewsArticle`, built from the same data as its markup. */
function structuredData(article: ArticleData, lang: string): string {
  const figures = article.body.filter((block) => isBlock<ArticleFigure>(block, 'figure'));
  return structuredDataScript({
    headline: article.headline,
    description: article.standfirst,
    datePublished: article.published,
    dateModified: article.updated,
    authors: (article.authors ?? []).map(({ name, url, jobTitle }) => ({
      name,
      url: absoluteUrl(url, article.baseUrl, AUTHOR_URL),
      jobTitle,
    })),
    images: figures.flatMap((figure) => {
      const url = absoluteUrl(figure.src, article.baseUrl, 'press-figure src', 'image');
      if (!url) return [];
      return [{ url, caption: figure.caption, creditText: figure.credit }];
    }),
    inLanguage: lang,
    publisher: article.publisher,
  });
}

/**
 * The whole article as an HTML string, ready to put in a page's `<body>`, with its `NewsArticle`
 * JSON-LD inside `<press-article>` (the article adopts that script in the browser). The script is
 * added to the string rather than bound in the template: Lit escapes text bound inside
 * `<script>`, which would break the JSON.
 */
export async function renderArticle(article: ArticleData): Promise<string> {
  const markup = await renderToString(articleTemplate(article));
  const end = markup.lastIndexOf('</press-article>');
  const lang = canonicalLang(article.lang) ?? 'en';
  return `${markup.slice(0, end)}${structuredData(article, lang)}${markup.slice(end)}`;
}

const entities: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', '#39': "'" };

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
}

/**
 * The hashes a strict Content-Security-Policy must allow for server-rendered `html` to be styled
 * before JavaScript runs: add them to `style-src` (the `<style>` in each shadow root), with
 * `'unsafe-hashes'` when `attributes` is not empty (the `style` attributes, such as a photo's
 * reserved aspect ratio). Once hydrated, the elements need none of them.
 */
export async function cspStyleHashes(
  html: string,
): Promise<{ styles: string[]; attributes: string[] }> {
  const unescape = (value: string) =>
    value.replace(/&(amp|quot|lt|gt|#39);/g, (_, name: string) => entities[name]!);
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, css]) => css!);
  const attributes = [...html.matchAll(/\sstyle="([^"]*)"/g)].map(([, value]) => unescape(value!));
  return {
    styles: [...new Set(await Promise.all(styles.map(sha256)))],
    attributes: [...new Set(await Promise.all(attributes.map(sha256)))],
  };
}
export { upgradeLegacyBody } from './upgrade-legacy-body.js';
