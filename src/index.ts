/**
 * press-elements: the element classes and shared helpers, without registering any tag. Import
 * `press-elements/define` (or one component's `/define` entry) to register the elements.
 */
export * from './elements.js';
export * from './browser-api.js';
export {
  newsArticle,
  structuredDataScript,
  jsonLdText,
  type ArticleData as StructuredArticleData,
  type PersonData,
  type ImageData,
} from './news-article.js';
export { readingMinutes } from './reading-time.js';
