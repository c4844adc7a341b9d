/**
 * The article's `upgrade`: turns the figures an editor wrote without a figure element into
 * `<press-figure>`s (legacy-figures.ts finds them) and hides the empty paragraphs that only make
 * space from assistive technology. Only those nodes change: the image, its link and the caption's
 * content move into the figure, in their order, and nothing else is touched. Content added later
 * is upgraded as it arrives. Loaded lazily, only for articles with `upgrade`.
 */
import { findLegacyFigures, type LegacyFigure, type Tree } from '../../legacy-figures.js';

const domTree: Tree<Node> = {
  children: (node) => [...node.childNodes],
  name: (node) =>
    node.nodeType === Node.ELEMENT_NODE ? (node as Element).localName : node.nodeName,
  text: (node) => node.nodeValue ?? '',
  attr: (node, name) => (node as Element).getAttribute?.(name) ?? null,
};

function toFigure({ at, drop, media, image, caption, width, height }: LegacyFigure<Node>) {
  const figure = at.ownerDocument!.createElement('press-figure');
  if (width && height) {
    figure.setAttribute('width', String(width));
    figure.setAttribute('height', String(height));
  }
  (media as Element).setAttribute('slot', 'media');
  // An empty `alt` is an editor's default, not a decision that the photo says nothing: the
  // caption then names it.
  if (caption && (image as Element).getAttribute('alt')?.trim() === '') {
    (image as Element).removeAttribute('alt');
  }
  figure.append(media, ...(caption ? [...caption.childNodes] : []));
  at.parentNode!.replaceChild(figure, at);
  (drop as ChildNode | undefined)?.remove();
}

/** Each article's upgrade, watching its content from the first call on. */
const upgrades = new WeakMap<HTMLElement, () => void>();

/**
 * Upgrades what `article` holds now, and what it is given later while its `upgrade` holds (the
 * observer lives as long as the article, in or out of the document).
 */
export function upgradeFigures(article: HTMLElement & { upgrade: boolean }): void {
  let upgrade = upgrades.get(article);
  if (!upgrade) {
    const observer = new MutationObserver(() => upgrade!());
    upgrade = () => {
      if (!article.upgrade) return;
      const { figures, spacers } = findLegacyFigures<Node>(domTree, article);
      for (const spacer of spacers) (spacer as Element).setAttribute('aria-hidden', 'true');
      for (const figure of figures) toFigure(figure);
      // Its own changes are not content arriving.
      observer.takeRecords();
    };
    upgrades.set(article, upgrade);
    observer.observe(article, { childList: true, subtree: true });
  }
  upgrade();
}
