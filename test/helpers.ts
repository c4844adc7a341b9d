/** Small helpers the specs share: reading the flat tree, settling updates, and isolation. */
import { preferencesStore } from '../src/preferences-store.js';

function isHidden(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  return (el as HTMLElement).hidden || view?.getComputedStyle(el).display === 'none';
}

/** Elements whose text no reader meets. */
const UNREAD = new Set(['style', 'script', 'template']);

/**
 * The text a reader meets under `node`, in the flat tree: shadow content with slotted nodes in
 * place of their slots, hidden parts skipped, white space folded. Reads nodes of any window (a
 * frame's page too): nothing here tests against this window's classes.
 */
export function flatText(node: Node): string {
  const walk = (current: Node): string => {
    if (current.nodeType === Node.TEXT_NODE) return current.textContent ?? '';
    if (current.nodeType !== Node.ELEMENT_NODE) return '';
    const el = current as Element;
    if (UNREAD.has(el.localName) || isHidden(el)) return '';
    if (el.localName === 'slot') {
      const assigned = (el as HTMLSlotElement).assignedNodes();
      return (assigned.length ? assigned : Array.from(el.childNodes)).map(walk).join('');
    }
    return Array.from((el.shadowRoot ?? el).childNodes)
      .map(walk)
      .join('');
  };
  const children = ((node as Element).shadowRoot ?? node).childNodes;
  return Array.from(children).map(walk).join('').replace(/\s+/g, ' ').trim();
}

/** Waits until `root` and every Lit element below it have rendered. */
export async function settle(root: Element): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const elements = [root, ...root.querySelectorAll('*')].filter(
      (el): el is Element & { updateComplete: Promise<boolean> } => 'updateComplete' in el,
    );
    await Promise.all(elements.map((el) => el.updateComplete));
  }
}

/** Puts the page's preferences back to the defaults, in memory and in storage. */
export function resetPreferences(): void {
  preferencesStore.set({ fontScale: 1, contrast: undefined, textSpacing: undefined });
  localStorage.clear();
}

/** Runs `body` while collecting console warnings. */
export async function captureWarnings(body: () => Promise<void> | void): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await body();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/** Adds themes/<name>.css to the page; resolves once it applies (remove the link to undo). */
export async function loadTheme(name: string): Promise<HTMLLinkElement> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = `/themes/${name}.css`;
  const loaded = new Promise((resolve, reject) => {
    link.addEventListener('load', resolve);
    link.addEventListener('error', reject);
  });
  document.head.append(link);
  await loaded;
  return link;
}

/**
 * The spec's own statement of how a byline shows a date-time: long month, hour and minute, in
 * `timeZone` and naming it when one is given, else in the reader's zone, unnamed.
 */
export function expectedDate(value: string | Date, lang: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(lang, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    ...(timeZone ? { timeZone, timeZoneName: 'short' } : {}),
  }).format(new Date(value));
}

/** The language a screen reader speaks `el` in: its nearest `lang`, in its shadow root or above. */
export function spokenLang(el: Element): string {
  const marked = el.closest('[lang]') ?? (el.getRootNode() as ShadowRoot).host?.closest('[lang]');
  return marked?.getAttribute('lang') ?? '';
}

/** A computed length such as `"41.6px"`, in pixels. */
export const px = (value: string) => parseFloat(value);

/**
 * How tall the ink of `el`'s font runs, measured by the browser's own text engine: from the top
 * of the highest mark in `above` to the bottom of the deepest in `below`.
 */
export function inkHeight(el: Element, above: string, below = above): number {
  const style = getComputedStyle(el);
  const context = document.createElement('canvas').getContext('2d')!;
  context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  return (
    context.measureText(above).actualBoundingBoxAscent +
    context.measureText(below).actualBoundingBoxDescent
  );
}

/** The document's images have loaded or failed, or a moment passed (remote ones fail offline). */
export async function imagesSettled(doc: Document = document, timeout = 2000): Promise<void> {
  const loads = [...doc.images].map((image) => image.decode().catch(() => undefined));
  await Promise.race([Promise.all(loads), new Promise((resolve) => setTimeout(resolve, timeout))]);
}
