import { fixture, html } from '@open-wc/testing';
import { seedArticle } from '../fixtures/seed-article.js';
import { loadTheme, resetPreferences, settle } from './helpers.js';

/**
 * The CDN bundle is a deferred module script: the browser may paint the portal's markup before the
 * elements are defined. These measure the seed article's words with the default theme and
 * themes/before-upgrade.css while the
 * elements are still undefined, then again once they have upgraded. A test file using them must
 * not import the elements itself (each page load can see them undefined once).
 */

export type Box = { name: string; top: number; left: number; width: number; height: number };

/** Where the article's words are: the text of each block of its light DOM. */
function layout(article: Element): Box[] {
  const blocks = article.querySelectorAll(
    ':scope > p, press-header > *, :scope > press-figure, :scope > press-byline',
  );
  return [...blocks].map((block) => {
    const range = document.createRange();
    range.selectNodeContents(block);
    const box = range.getBoundingClientRect();
    const name = block.getAttribute('slot') ?? block.localName;
    return { name, top: box.top, left: box.left, width: box.width, height: box.height };
  });
}

/**
 * The seed article's layout before the elements are defined and after they have upgraded, in a
 * column `width` pixels wide.
 */
export async function layoutAcrossUpgrade(width: number) {
  resetPreferences();
  const links = [await loadTheme('default'), await loadTheme('before-upgrade')];
  const column = await fixture(
    html`<div style="inline-size: ${width}px">${seedArticle({ form: 'slotted' })}</div>`,
  );
  const article = column.firstElementChild!;
  const undefinedBefore = !customElements.get('press-article');
  const before = layout(article);
  await import('../src/define.js');
  await settle(article);
  const after = layout(article);
  links.forEach((link) => link.remove());
  return { undefinedBefore, before, after };
}

/** What moved by more than a pixel; with `relative`, tops are taken from the first block's. */
export function moves(before: Box[], after: Box[], relative = false): string[] {
  const origin = (boxes: Box[]) => (relative ? boxes[0]!.top : 0);
  return before.flatMap((block, i) => {
    const now = { ...after[i]!, top: after[i]!.top - origin(after) };
    const was = { ...block, top: block.top - origin(before) };
    const keys = ['top', 'left', 'width', 'height'] as const;
    return keys
      .filter((key) => Math.abs(now[key] - was[key]) > 1)
      .map((key) => `${block.name} ${key} ${was[key].toFixed(1)} → ${now[key].toFixed(1)}`);
  });
}
