/**
 * Makes hydration of press elements exact. Lit's hydration trusts that the server's markup equals
 * the element's first client render, never rewrites the text it adopts, and keeps the server's
 * shadow root as it is. What breaks that trust is repaired here and in PressElement, for this
 * copy's elements only:
 *
 * 1. What the server cannot know: the reader's stored preferences and media queries, which the
 *    elements read in `connectedCallback`, and the reader's time zone or clock, which they read
 *    while rendering. A server-rendered element is therefore hydrated first, synchronously, in the
 *    state the server rendered (its attributes and defaults, `rendersAsServer()` true), then
 *    connected as usual and rendered again, which rewrites whatever the browser knows better.
 * 2. A strict Content-Security-Policy (no 'unsafe-inline' styles) blocks the `<style>` the server
 *    wrote into each shadow root, and Lit's hydration keeps that root as it is. The element's
 *    styles are adopted as constructed stylesheets too, which no style-src blocks.
 * 3. lit/lit#4937: an empty text binding is written by the server as `<!--lit-part--><!--/lit-part-->`
 *    with no text node; hydration records the empty string as if one were there, and the next text
 *    lands in the closing comment (a live region would stay silent). The empty text node is put
 *    back before hydration, as a client render would have made it.
 */
import { adoptStyles, type LitElement } from 'lit';
import { hydrateWith } from './press-element.js';

function fillEmptyTextParts(root: ShadowRoot) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const next = node.nextSibling;
    if (
      (node as Comment).data === 'lit-part' &&
      next instanceof Comment &&
      next.data === '/lit-part'
    )
      (node as Comment).after(document.createTextNode(''));
  }
}

hydrateWith((root, element) => {
  fillEmptyTextParts(root);
  adoptStyles(root, (element.constructor as typeof LitElement).elementStyles);
});
