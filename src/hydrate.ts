/**
 * For pages rendered on the server (`press-elements/server`): Lit's hydration support, then every
 * element registered. The elements adopt their server-rendered shadow roots instead of rendering
 * anew. Import this instead of `press-elements/define`, before any other Lit code.
 */
// Must be evaluated before LitElement itself: ES modules run their imports in order.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './hydration-fixes.js';
export * from './define.js';
