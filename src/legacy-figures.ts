/**
 * Finds the figures an editor wrote without a figure element: an image followed by a short
 * caption-like paragraph (small, italic or centred text), an image and its caption in a
 * one-column layout table, CKEditor's `<figure class="image">` and WordPress's
 * `wp-block-image`; and the empty paragraphs that only make vertical space.
 *
 * Only finds: it reads a tree through `Tree` and returns what to change, so the browser (the
 * article's `upgrade` attribute) and the server (`upgradeLegacyBody`) apply the same findings to
 * their own trees.
 */

/** Read access to a tree: the DOM's, or parse5's on the server. */
export interface Tree<N> {
  /** The child nodes, text and comments included. */
  children(node: N): readonly N[];
  /** An element's lowercase tag name; `#text` for text and `#comment` for a comment. */
  name(node: N): string;
  /** A text node's text. */
  text(node: N): string;
  attr(node: N, name: string): string | null;
}

export interface LegacyFigure<N> {
  /** The node the figure takes the place of. */
  at: N;
  /** The caption's paragraph, after `at`: removed once its content has moved. */
  drop?: N;
  /** The image, or the `<picture>` or link that holds only it: the figure's `media`. */
  media: N;
  /** The image itself. */
  image: N;
  /** The element whose child nodes become the caption. */
  caption?: N;
  /** The image's size in pixels, where the markup gives it: the figure reserves that ratio. */
  width?: number;
  height?: number;
}

export interface LegacyFindings<N> {
  figures: LegacyFigure<N>[];
  /** Paragraphs with no text (`&nbsp;`, `<br>`): space, not content. */
  spacers: N[];
}

/** Containers an editor's body may wrap its blocks in: looked into. */
const CONTAINERS = new Set(['div', 'section', 'article', 'main', 'center']);
/** Inline wrappers that may hold an image or a spacer's `&nbsp;` without being content. */
const WRAPPERS = new Set(['a', 'span', 'strong', 'b', 'em', 'i', 'u', 'font', 'center', 'br']);
/** What a caption may not hold. */
const NOT_CAPTION = /^(img|picture|video|iframe|table|ul|ol|h[1-6]|blockquote|figure|p|div)$/;
/** A caption is short: longer text is a paragraph that happens to follow a photo. */
const CAPTION_CHARS = 300;
/** CKEditor's `<figure class="image">` and WordPress's `<figure class="wp-block-image">`. */
const IMAGE_FIGURE = /(^|\s)(image|wp-block-image)(\s|$)/;
/** White space, `&nbsp;` included. */
const BLANK = /^[\s\u00a0\u200b]*$/;

const styleOf = (tree: Tree<unknown>, node: unknown, property: string): string | undefined =>
  new RegExp(`(?:^|;)\\s*${property}\\s*:\\s*([^;!]+)`, 'i')
    .exec(tree.attr(node, 'style') ?? '')?.[1]
    ?.trim()
    .toLowerCase();

/** A size in CSS px from `style` (`500px`), else from the attribute (`500`). */
function pixels(tree: Tree<unknown>, node: unknown, side: 'width' | 'height'): number | undefined {
  const styled = /^(\d+(?:\.\d+)?)px$/.exec(styleOf(tree, node, side) ?? '');
  const value = Number(styled ? styled[1] : (tree.attr(node, side) ?? '').trim() || NaN);
  return value > 0 && value < 1e5 ? value : undefined;
}

/** Text sizes that read as smaller than body text. */
function small(size: string | undefined): boolean {
  if (!size) return false;
  if (/^(x{0,2}-small|smaller)$/.test(size)) return true;
  const match = /^(\d*\.?\d+)(px|pt|em|rem|%)$/.exec(size);
  if (!match) return false;
  const value = Number(match[1]);
  return { px: value < 14, pt: value < 10.5, em: value < 0.95, rem: value < 0.95, '%': value < 95 }[
    match[2] as 'px'
  ];
}

/** Whether every piece of text under `node` is inside something that makes `test` true. */
function everyText<N>(tree: Tree<N>, node: N, test: (node: N) => boolean, inside = false): boolean {
  const here = inside || test(node);
  return tree.children(node).every((child) => {
    const name = tree.name(child);
    if (name === '#text') return here || BLANK.test(tree.text(child));
    return name === '#comment' || everyText(tree, child, test, here);
  });
}

function textOf<N>(tree: Tree<N>, node: N): string {
  const name = tree.name(node);
  if (name === '#text') return tree.text(node);
  if (name === '#comment') return '';
  return tree
    .children(node)
    .map((child) => textOf(tree, child))
    .join('');
}

const elements = <N>(tree: Tree<N>, nodes: readonly N[]) =>
  nodes.filter((node) => !tree.name(node).startsWith('#'));

/** Nothing but white space, comments and elements among the children. */
const onlyElements = <N>(tree: Tree<N>, node: N) =>
  tree
    .children(node)
    .every((child) => tree.name(child) !== '#text' || BLANK.test(tree.text(child)));

/**
 * The one image `node` holds and nothing else (bar wrappers, `<br>` and white space), with the
 * outermost node that holds only it; or nothing.
 */
function soleImage<N>(tree: Tree<N>, node: N): { media: N; image: N } | undefined {
  const name = tree.name(node);
  if (name === 'img') return { media: node, image: node };
  if (name === 'picture') {
    const image = elements(tree, tree.children(node)).find((child) => tree.name(child) === 'img');
    return image && { media: node, image };
  }
  if (!WRAPPERS.has(name) && !['p', 'div', 'td', 'th', 'figure'].includes(name)) return undefined;
  if (!onlyElements(tree, node)) return undefined;
  const inner = elements(tree, tree.children(node)).filter((child) => tree.name(child) !== 'br');
  const [only, ...more] = inner;
  if (!only || more.length) return undefined;
  const found = soleImage(tree, only);
  // A link that holds only the image goes with it, so the photo stays a link.
  return found && name === 'a' ? { media: node, image: found.image } : found;
}

/** A short paragraph set apart as small, italic, centred or classed as a caption. */
function captionLike<N>(tree: Tree<N>, node: N): boolean {
  if (!['p', 'div', 'td', 'th'].includes(tree.name(node))) return false;
  const text = textOf(tree, node).trim();
  if (BLANK.test(text) || text.length > CAPTION_CHARS) return false;
  const nested = (child: N): boolean =>
    NOT_CAPTION.test(tree.name(child)) || tree.children(child).some(nested);
  if (tree.children(node).some(nested)) return false;
  const centred =
    styleOf(tree, node, 'text-align') === 'center' || tree.attr(node, 'align') === 'center';
  const classed = /caption/i.test(tree.attr(node, 'class') ?? '');
  const italic = everyText(
    tree,
    node,
    (el) => ['em', 'i'].includes(tree.name(el)) || styleOf(tree, el, 'font-style') === 'italic',
  );
  const smaller = everyText(
    tree,
    node,
    (el) =>
      tree.name(el) === 'small' ||
      (tree.name(el) === 'font' && /^[12]$/.test(tree.attr(el, 'size') ?? '')) ||
      small(styleOf(tree, el, 'font-size')),
  );
  return centred || classed || italic || smaller;
}

/** A paragraph that holds no text and no media: vertical space. */
function spacer<N>(tree: Tree<N>, node: N): boolean {
  if (tree.name(node) !== 'p') return false;
  const blank = (child: N): boolean => {
    const name = tree.name(child);
    if (name === '#text') return BLANK.test(tree.text(child));
    return name === '#comment' || (WRAPPERS.has(name) && tree.children(child).every(blank));
  };
  return tree.children(node).every(blank);
}

function figureOf<N>(
  tree: Tree<N>,
  at: N,
  found: { media: N; image: N },
  caption: N | undefined,
  drop?: N,
): LegacyFigure<N> {
  const width = pixels(tree, found.image, 'width');
  const height = pixels(tree, found.image, 'height');
  return { at, drop, caption, ...found, ...(width && height ? { width, height } : {}) };
}

/** An image `<figure>` with one image and at most a `<figcaption>`. */
function figureElement<N>(tree: Tree<N>, node: N): LegacyFigure<N> | undefined {
  // Only the editors' image figures: a gallery's or a media-and-text block's have a layout.
  if (!IMAGE_FIGURE.test(tree.attr(node, 'class') ?? '')) return undefined;
  if (!onlyElements(tree, node)) return undefined;
  const [first, ...rest] = elements(tree, tree.children(node));
  const caption = rest.find((child) => tree.name(child) === 'figcaption');
  if (!first || rest.length > (caption ? 1 : 0)) return undefined;
  const found = soleImage(tree, first);
  return found && figureOf(tree, node, found, caption);
}

/** A layout table of one column: the image in one row, the caption in the next. */
function layoutTable<N>(tree: Tree<N>, node: N): LegacyFigure<N> | undefined {
  const sections = elements(tree, tree.children(node));
  const rows = sections.flatMap((section) =>
    tree.name(section) === 'tr'
      ? [section]
      : ['tbody', 'thead', 'tfoot'].includes(tree.name(section))
        ? elements(tree, tree.children(section))
        : [section],
  );
  if (rows.length !== 2 || !rows.every((row) => tree.name(row) === 'tr')) return undefined;
  const cells = rows.map((row) => elements(tree, tree.children(row)));
  if (!cells.every((row) => row.length === 1)) return undefined;
  const [imageCell, captionCell] = cells.flat();
  if (!imageCell || !captionCell) return undefined;
  const found = soleImage(tree, imageCell);
  if (!found || !captionLike(tree, captionCell)) return undefined;
  return figureOf(tree, node, found, captionCell);
}

/** Everything `upgrade` changes under `root`, in document order. */
export function findLegacyFigures<N>(tree: Tree<N>, root: N): LegacyFindings<N> {
  const findings: LegacyFindings<N> = { figures: [], spacers: [] };
  const walk = (parent: N) => {
    const blocks = elements(tree, tree.children(parent));
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i]!;
      const name = tree.name(block);
      if (spacer(tree, block)) {
        findings.spacers.push(block);
        continue;
      }
      let figure: LegacyFigure<N> | undefined;
      if (name === 'figure') figure = figureElement(tree, block);
      else if (name === 'table') figure = layoutTable(tree, block);
      else if (name === 'p' || name === 'div') {
        const found = soleImage(tree, block);
        // The caption is the next paragraph, past any spacers.
        let next = i + 1;
        while (blocks[next] && spacer(tree, blocks[next]!)) next++;
        const caption = blocks[next];
        if (found && caption && captionLike(tree, caption)) {
          figure = figureOf(tree, block, found, caption, caption);
          for (const between of blocks.slice(i + 1, next)) findings.spacers.push(between);
          i = next;
        }
      }
      if (figure) findings.figures.push(figure);
      else if (CONTAINERS.has(name)) walk(block);
    }
  };
  walk(root);
  return findings;
}
