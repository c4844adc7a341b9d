/**
 * Embed frames (`<iframe width="560" height="315">`) keep the ratio of their size attributes when
 * the column narrows them. Browsers map those attributes to a ratio for images and video, not
 * for frames; CSS `attr()` does it where supported (light-dom-styles.ts), and this module
 * elsewhere: a `data-press-ratio` attribute matched by an adopted rule (no `style` is written,
 * which a strict CSP would refuse). Loaded lazily, only for articles that hold such a frame.
 */
import { addRule } from '../../adopt-styles.js';

const RATIO = 'data-press-ratio';

export function keepEmbedRatios(article: HTMLElement): void {
  const root = article.getRootNode() as Document | ShadowRoot;
  for (const frame of article.querySelectorAll('iframe[width][height]')) {
    const width = parseFloat(frame.getAttribute('width')!);
    const height = parseFloat(frame.getAttribute('height')!);
    if (!(width > 0 && height > 0)) continue;
    const ratio = `${width}/${height}`;
    addRule(
      root,
      `press-article iframe[${RATIO}="${ratio}"]{aspect-ratio:${ratio};block-size:auto!important}`,
    );
    frame.setAttribute(RATIO, ratio);
  }
}
