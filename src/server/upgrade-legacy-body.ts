/**
 * The article's `upgrade` on the server: the same findings (legacy-figures.ts) applied to an
 * editor's body HTML through parse5, so a server-rendered page shows its figures before any
 * script runs and the browser has nothing left to change (its framework hydrates what it sent).
 */
import { defaultTreeAdapter as adapter, html, parseFragment, serialize } from 'parse5';
import type { DefaultTreeAdapterTypes as P } from 'parse5';
import { findLegacyFigures, type LegacyFigure, type Tree } from '../legacy-figures.js';

type Node = P.ChildNode | P.ParentNode;

const parseTree: Tree<Node> = {
  children: (node) => ('childNodes' in node ? node.childNodes : []),
  name: (node) => ('tagName' in node ? node.tagName : node.nodeName),
  text: (node) => ('value' in node && typeof node.value === 'string' ? node.value : ''),
  attr: (node, name) =>
    ('attrs' in node ? node.attrs.find((attribute) => attribute.name === name)?.value : null) ??
    null,
};

function toFigure({ at, drop, media, image, caption, width, height }: LegacyFigure<Node>) {
  const attrs =
    width && height
      ? [
          { name: 'width', value: String(width) },
          { name: 'height', value: String(height) },
        ]
      : [];
  const figure = adapter.createElement('press-figure', html.NS.HTML, attrs);
  const mediaElement = media as P.Element;
  mediaElement.attrs = [
    ...mediaElement.attrs.filter((attribute) => attribute.name !== 'slot'),
    { name: 'slot', value: 'media' },
  ];
  const img = image as P.Element;
  if (caption && img.attrs.some(({ name, value }) => name === 'alt' && value.trim() === '')) {
    img.attrs = img.attrs.filter(({ name }) => name !== 'alt');
  }
  adapter.insertBefore((at as P.ChildNode).parentNode!, figure, at as P.ChildNode);
  for (const node of [mediaElement, ...(caption ? [...(caption as P.Element).childNodes] : [])]) {
    adapter.detachNode(node);
    adapter.appendChild(figure, node);
  }
  adapter.detachNode(at as P.ChildNode);
  if (drop) adapter.detachNode(drop as P.ChildNode);
}

/**
 * An editor's article body (CKEditor, TinyMCE, WordPress, a word processor's paste) with its
 * legacy figures as `<press-figure>`s and its empty spacing paragraphs hidden from assistive
 * technology, as `<press-article upgrade>` does in the browser. Everything else is serialised as
 * parsed; text is never lost or reordered.
 */
export function upgradeLegacyBody(body: string): string {
  const fragment = parseFragment(body);
  const { figures, spacers } = findLegacyFigures<Node>(parseTree, fragment);
  for (const spacer of spacers as P.Element[]) {
    spacer.attrs = [
      ...spacer.attrs.filter(({ name }) => name !== 'aria-hidden'),
      { name: 'aria-hidden', value: 'true' },
    ];
  }
  for (const figure of figures) toFigure(figure);
  return serialize(fragment);
}
