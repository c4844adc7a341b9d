import { css } from 'lit';
import { token } from '../../tokens.js';

export const bylineStyles = css`
  :host {
    display: block;
    color: var(--press-byline-color, ${token('color-text-muted')});
    font-family: var(--press-byline-font, ${token('font-ui')});
    font-size: var(--press-byline-size, ${token('font-size-small')});
    line-height: var(--press-byline-line-height, ${token('line-height')});
  }
  :host([hidden]) {
    display: none;
  }

  [part='base'] {
    margin-block: var(--press-byline-margin, ${token('space-l')});
    display: flex;
    flex-wrap: wrap;
    column-gap: ${token('space-m')};
    row-gap: ${token('space-xs')};
  }

  [part='authors'] {
    color: var(--press-byline-author-color, ${token('color-text')});
    font-weight: var(--press-byline-author-weight, 700);
  }
  ::slotted(a) {
    color: inherit;
  }

  [hidden] {
    display: none !important;
  }
`;
