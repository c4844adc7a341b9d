import { css, unsafeCSS } from 'lit';
import { token } from '../../tokens.js';

// An image without width/height keeps this box until it arrives (and its fallback keeps it if it
// fails), so the figure never collapses and re-expands: one change at most, to the real ratio.
export const placeholderRatio = 'var(--press-figure-ratio, 3 / 2)';

export const figureStyles = css`
  :host {
    display: block;
    margin-block: var(--press-figure-margin, ${token('space-l')});
    break-inside: avoid;
  }
  figure {
    margin: 0;
  }

  [part='media'] {
    position: relative;
    overflow: hidden;
    background: var(--press-figure-placeholder, ${token('color-surface')});
    border-radius: var(--press-figure-radius, 0);
  }
  /* Blocks: no baseline gap below. */
  img,
  ::slotted(img) {
    display: block;
    inline-size: 100%;
    block-size: auto;
  }
  img:not([width][height]),
  ::slotted(img:not([width][height])) {
    aspect-ratio: auto ${unsafeCSS(placeholderRatio)};
  }

  /* A failed image's text, in the image's box: its ratio, and taller when the text needs more
     room (the media box clips, so it has no automatic minimum height; this one has). */
  p {
    box-sizing: border-box;
    display: grid;
    place-content: center;
    margin: 0;
    padding: ${token('space-m')};
    text-align: center;
  }

  figcaption,
  p {
    color: var(--press-figure-caption-color, ${token('color-text-muted')});
    font-family: var(--press-figure-caption-font, ${token('font-ui')});
    font-size: var(--press-figure-caption-size, ${token('font-size-small')});
    /* Never italic by default; and a theme's italics never slant a script that has none (CJK,
       Arabic…): the browser may not fake them. */
    font-synthesis-style: none;
    line-height: var(--press-figure-caption-line-height, ${token('line-height')});
  }
  figcaption {
    margin-block-start: var(--press-figure-caption-gap, ${token('space-s')});
  }
  [part='credit'] {
    color: var(--press-figure-credit-color, inherit);
    font-size: var(--press-figure-credit-size, inherit);
  }

  [hidden] {
    display: none !important;
  }
`;

/**
 * The `<img>` of a slotted `<picture>` is out of reach of `::slotted()`: these rules go into the
 * figure's document (or shadow root) once, at zero specificity, so the portal's own CSS wins.
 */
export const pictureStyles = `:where(press-figure>picture>img){display:block;inline-size:100%;block-size:auto}:where(press-figure>picture>img:not([width][height])){aspect-ratio:auto ${placeholderRatio}}`;
