/**
 * A reader's measures of an article's light DOM, for bodies nobody here wrote: the text runs, their
 * size, the contrast of each against what is really behind it, and WCAG 1.4.12 spacing.
 */
import { expect } from '@open-wc/testing';
import { luminanceContrast, luminanceOf } from './a11y-toolbar-helpers.js';
import { px } from './helpers.js';

/** Every element of `article` that directly holds visible text (the toolbar's is its own). */
export function textRuns(article: Element): Element[] {
  const view = article.ownerDocument.defaultView!;
  const runs = new Set<Element>();
  const walker = article.ownerDocument.createTreeWalker(article, view.NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement!;
    if (!node.textContent!.trim() || runs.has(parent)) continue;
    if (parent.closest('style, script, template, noscript, press-a11y-toolbar, svg')) continue;
    if (!parent.checkVisibility({ visibilityProperty: true })) continue;
    runs.add(parent);
  }
  return [...runs];
}

/** A computed colour's channels (0–255) and alpha. */
export type Rgba = [number, number, number, number];

/** Parses a computed `rgb()`/`rgba()` colour, alpha included. */
export function parseColor(value: string): Rgba {
  const [r = 0, g = 0, b = 0, a = 1] = value.match(/[\d.]+/g)?.map(Number) ?? [];
  return [r, g, b, value.startsWith('rgba') ? a : 1];
}

/** `top` painted over the opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i]! * a + bottom[i]! * (1 - a)).concat(1) as Rgba;
}

/** The contrast ratio of two opaque colours. */
export const contrast = (a: Rgba, b: Rgba): number =>
  luminanceContrast(luminanceOf(a), luminanceOf(b));

/** The element's parent in the flat tree: its slot, its parent, or its shadow root's host. */
export function flatParent(el: Element): Element | null {
  if (el.assignedSlot) return el.assignedSlot;
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof el.ownerDocument.defaultView!.ShadowRoot ? root.host : null;
}

/** The opaque colour really behind `el`: its own and its ancestors' backgrounds, composited. */
export function backgroundOf(el: Element): Rgba {
  const view = el.ownerDocument.defaultView!;
  const layers: Rgba[] = [];
  for (let node: Element | null = el; node; node = flatParent(node)) {
    const colour = parseColor(view.getComputedStyle(node).backgroundColor);
    if (colour[3] > 0) layers.push(colour);
    if (colour[3] === 1) break;
  }
  // The page's canvas is white unless a background said otherwise.
  return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
}

/** The contrast of a run's text against what is behind it (translucent text mixed with it). */
export function contrastOf(run: Element): number {
  const behind = backgroundOf(run);
  const text = parseColor(run.ownerDocument.defaultView!.getComputedStyle(run).color);
  return contrast(over(text, behind), behind);
}

/** What of WCAG 1.4.12 a run misses, as messages (empty: it has all of it). */
export function spacingMisses(run: Element): string[] {
  const style = run.ownerDocument.defaultView!.getComputedStyle(run);
  const size = px(style.fontSize);
  const misses: string[] = [];
  const lineHeight = style.lineHeight === 'normal' ? 0 : px(style.lineHeight);
  if (lineHeight < size * 1.5 - 0.5) misses.push(`line height ${lineHeight} < 1.5 × ${size}`);
  if (px(style.letterSpacing) < size * 0.12 - 0.05)
    misses.push(`letter spacing ${style.letterSpacing}`);
  if (px(style.wordSpacing) < size * 0.16 - 0.05) misses.push(`word spacing ${style.wordSpacing}`);
  return misses;
}

/** Paragraphs of `article` spaced less than 2 em after them (1.4.12). */
export function closeParagraphs(article: Element): Element[] {
  const view = article.ownerDocument.defaultView!;
  return [...article.querySelectorAll('p')].filter((p) => {
    const style = view.getComputedStyle(p);
    return p.textContent.trim() && px(style.marginBlockEnd) < px(style.fontSize) * 2 - 0.5;
  });
}

/** Every element under `root`, shadow roots included. */
export function allElements(root: Element): Element[] {
  const shadow = (el: Element): Element[] =>
    el.shadowRoot
      ? Array.from(el.shadowRoot.querySelectorAll('*')).flatMap((e) => [e, ...shadow(e)])
      : [];
  return [root, ...root.querySelectorAll('*')].flatMap((el) => [el, ...shadow(el)]);
}

/** Nothing in `root` is cut off by a box that clips its overflow (`view`: the root's window). */
export function expectNothingClipped(root: Element, view: Window = window) {
  for (const el of allElements(root)) {
    const style = view.getComputedStyle(el);
    if (style.overflowY === 'visible' && style.overflowX === 'visible') continue;
    // Visually hidden text is clipped on purpose (it is for screen readers).
    if (el.matches('.visually-hidden')) continue;
    expect(el.scrollHeight, `${el.localName}.${el.className} clips`).to.be.at.most(
      el.clientHeight + 1,
    );
  }
}

/** Every element that directly holds visible text, through shadow roots and slots. */
export function textHolders(root: Element): Element[] {
  const found = new Set<Element>();
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE && node.textContent!.trim()) {
      const parent = node.parentElement;
      if (parent?.checkVisibility() && !parent.closest('style, .visually-hidden'))
        found.add(parent);
    }
    const el = node as Element;
    const slotted = el.localName === 'slot' ? (el as HTMLSlotElement).assignedNodes() : [];
    (slotted.length ? slotted : Array.from((el.shadowRoot ?? node).childNodes)).forEach(walk);
  };
  walk(root);
  return [...found];
}
