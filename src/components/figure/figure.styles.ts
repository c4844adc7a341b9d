import { css } from 'lit';
import { token } from '../../tokens.js';

export const figureStyles = css`
  :host {
    display: block;
    /* CMS text may hold words longer than the column (URLs, 100,000 characters): break them. */
    overflow-wrap: anywhere;
    margin-block: var(--press-figure-margin, ${token('space-l')});
    break-inside: avoid;
  }
  :host([hidden]) {
    display: none;
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
  [part='media'].empty {
    display: none;
  }

  [part='image'],
  ::slotted(img),
  ::slotted(picture) {
    display: block;
    inline-size: 100%;
    block-size: auto;
  }
  .reserved [part='image'],
  .reserved ::slotted(img),
  .reserved ::slotted(picture) {
    block-size: 100%;
    object-fit: cover;
  }

  [part='fallback'] {
    display: grid;
    place-items: center;
    min-block-size: 8em;
    block-size: 100%;
    box-sizing: border-box;
    margin: 0;
    padding: ${token('space-m')};
    color: var(--press-figure-caption-color, ${token('color-text-muted')});
    font-family: var(--press-figure-caption-font, ${token('font-ui')});
    font-size: var(--press-figure-caption-size, ${token('font-size-small')});
    text-align: center;
  }

  [part='caption'] {
    margin-block-start: var(--press-figure-caption-gap, ${token('space-s')});
    color: var(--press-figure-caption-color, ${token('color-text-muted')});
    font-family: var(--press-figure-caption-font, ${token('font-ui')});
    font-size: var(--press-figure-caption-size, ${token('font-size-small')});
    line-height: var(--press-figure-caption-line-height, ${token('line-height')});
  }

  [part='credit'] {
    color: var(--press-figure-credit-color, inherit);
    font-size: var(--press-figure-credit-size, inherit);
  }

  [hidden] {
    display: none !important;
  }
`;
