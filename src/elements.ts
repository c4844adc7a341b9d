/** The element classes and their event classes, as every entry point exports them. */
export { PressArticle } from './components/article/article.js';
export * from './components/article/preferences-change-event.js';
export { PressHeader } from './components/header/header.js';
export { PressFigure } from './components/figure/figure.js';
export * from './components/figure/figure-error-event.js';
export { PressByline } from './components/byline/byline.js';
export { PressAuthor } from './components/author/author.js';
export { PressA11yToolbar } from './components/a11y-toolbar/a11y-toolbar.js';
