/**
 * A reader's measures of an article's light DOM, for bodies nobody here wrote: the text runs, their
 * size, the contrast of each against what is really behind it, and WCAG 1.4.12 spacing.
 */
import { contrastRatio } from './a11y-toolbar-helpers.js';
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

/** The element's parent as CSS sees it: through slots and out of shadow roots. */
function flatParent(element: Element): Element | null {
  return (
    element.assignedSlot ??
    element.parentElement ??
    ((element.parentNode as ShadowRoot | null)?.host || null)
  );
}

/** Parses `rgb()`/`rgba()` as computed, alpha included. */
function rgba(color: string): [number, number, number, number] {
  const [r = 0, g = 0, b = 0, a = 1] = color.match(/[\d.]+/g)!.map(Number);
  return [r, g, b, color.startsWith('rgba') ? a : 1];
}

/** The colour really behind `element`: its and its ancestors' backgrounds, composited. */
export function backgroundBehind(element: Element): string {
  const view = element.ownerDocument.defaultView!;
  const layers: [number, number, number, number][] = [];
  for (let at: Element | null = element; at; at = flatParent(at)) {
    const layer = rgba(view.getComputedStyle(at).backgroundColor);
    if (layer[3] > 0) layers.push(layer);
    if (layer[3] >= 1) break;
  }
  // The page's canvas is white unless a background said otherwise.
  let [r, g, b] = [255, 255, 255];
  for (const [lr, lg, lb, a] of layers.reverse()) {
    [r, g, b] = [lr * a + r * (1 - a), lg * a + g * (1 - a), lb * a + b * (1 - a)];
  }
  return `rgb(${r}, ${g}, ${b})`;
}

/** The contrast of a run's text against what is behind it. */
export function contrastOf(run: Element): number {
  const view = run.ownerDocument.defaultView!;
  const color = rgba(view.getComputedStyle(run).color);
  const behind = backgroundBehind(run);
  // Translucent text is seen mixed with what is behind it.
  const [br, bg, bb] = rgba(behind);
  const [r, g, b, a] = color;
  const seen = `rgb(${r * a + br * (1 - a)}, ${g * a + bg * (1 - a)}, ${b * a + bb * (1 - a)})`;
  return contrastRatio(seen, behind);
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
