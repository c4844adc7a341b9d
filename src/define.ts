/**
 * Registers every press-elements tag, and exports the element classes and the page-facing API.
 * The CDN entry is built from this module. The helpers for structured data and reading time
 * (`newsArticle`, `readingMinutes`…) come from `press-elements` itself: left out here, the JSON-LD
 * writer stays out of the code that loads up front.
 */
export * from './elements.js';
export * from './browser-api.js';
import './components/article/define.js';
import './components/header/define.js';
import './components/figure/define.js';
import './components/byline/define.js';
import './components/author/define.js';
import './components/a11y-toolbar/define.js';
