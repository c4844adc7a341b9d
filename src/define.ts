/** Registers every press-elements tag. The single-file CDN bundle is built from this entry. */
export * from './index.js';
import './components/article/define.js';
import './components/header/define.js';
import './components/figure/define.js';
import './components/byline/define.js';
import './components/author/define.js';
import './components/a11y-toolbar/define.js';
