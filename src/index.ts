/**
 * press-elements: the element classes and shared helpers, without registering any tag. Import
 * `press-elements/define` (or one component's `/define` entry) to register the elements.
 */
export { PressArticle } from './components/article/article.js';
export * from './components/article/preferences-change-event.js';
export { PressHeader } from './components/header/header.js';
export { PressFigure } from './components/figure/figure.js';
export * from './components/figure/figure-error-event.js';
export { PressByline } from './components/byline/byline.js';
export { PressAuthor } from './components/author/author.js';
export {
  newsArticle,
  structuredDataScript,
  jsonLdText,
  type ArticleData as StructuredArticleData,
  type PersonData,
  type ImageData,
} from './structured-data.js';
export { readingMinutes } from './reading-time.js';
export { PressA11yToolbar } from './components/a11y-toolbar/a11y-toolbar.js';
export { defineElement } from './define-element.js';
export { eventsRef } from './events-ref.js';
export { registerStrings, type PressStrings } from './i18n.js';
export {
  preferencesStore,
  STORAGE_KEY,
  FONT_SCALES,
  type Contrast,
  type ReadingPreferences,
} from './preferences-store.js';
