/**
 * A table wider than the column scrolls inside itself on narrow screens (light-dom-styles.ts), so
 * the page does not scroll sideways (WCAG 1.4.10). A keyboard user must reach what is scrolled
 * out of view: while a table overflows it takes a tab stop (`tabindex="0"`), named by its
 * caption; the stop goes when it fits again. Loaded lazily, only for articles that hold a table.
 */
export function watchWideTables(article: HTMLElement): () => void {
  const marked = new Set<Element>();
  const watched = new WeakSet<Element>();
  const check = () => {
    for (const table of article.querySelectorAll('table')) {
      // Each table is watched too: one in a chunk that skips layout out of view (content-chunks.ts)
      // is checked once it is laid out, as reading its width now would lay it out.
      if (!watched.has(table)) observer.observe(table);
      watched.add(table);
      if (!table.checkVisibility({ contentVisibilityAuto: true })) continue;
      const wide = table.scrollWidth > table.clientWidth + 1;
      if (wide && !table.hasAttribute('tabindex')) {
        table.setAttribute('tabindex', '0');
        marked.add(table);
      } else if (!wide && marked.delete(table)) {
        table.removeAttribute('tabindex');
      }
    }
  };
  // The column's and the text's size both change what fits; the article's box follows both.
  const observer = new ResizeObserver(check);
  observer.observe(article);
  return () => {
    observer.disconnect();
    for (const table of marked) table.removeAttribute('tabindex');
  };
}
