/**
 * For pages rendered on the server (`press-elements/server`): Lit's hydration support, then every
 * element registered. The elements adopt their server-rendered shadow roots instead of rendering
 * anew. Import this instead of `press-elements/define`, before any other Lit code.
 */
// Before any element is registered: ES modules run their imports in order.
import './hydration-support.js';
import './hydration-fixes.js';
export * from './define.js';
