import { css } from 'lit';
import { token } from '../../tokens.js';

export const bylineStyles = css`
  :host {
    display: block;
    color: var(--press-byline-color, ${token('color-text-muted')});
    font-family: var(--press-byline-font, ${token('font-ui')});
    font-size: var(--press-byline-size, ${token('font-size-small')});
    /* Floors for scripts whose marks stack (script-typography.ts), under a theme's tight lines. */
    --_stacked-marks-tall: 1.5;
    --_stacked-marks-taller: 1.6;
    --_stacked-marks-tallest: 1.7;
    line-height: max(
      var(--press-byline-line-height, ${token('line-height')}),
      var(--_stacked-marks, 0)
    );
  }
  [part='base'] {
    margin-block: var(--press-byline-margin, ${token('space-l')});
    display: flex;
    flex-wrap: wrap;
    align-items: center;
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
`;
