import { css } from 'lit';
import { token } from '../../tokens.js';

export const bylineStyles = css`
  :host {
    display: block;
    /* CMS text may hold words longer than the column (URLs, 100,000 characters): break them. */
    overflow-wrap: anywhere;
    color: var(--press-byline-color, ${token('color-text-muted')});
    font-family: var(--press-byline-font, ${token('font-ui')});
    font-size: var(--press-byline-size, ${token('font-size-small')});
    /* --_stacked-marks (private to this sheet): the floor of the script, below. */
    line-height: max(
      var(--press-byline-line-height, ${token('line-height')}),
      var(--_stacked-marks, 0)
    );
  }
  :host([hidden]) {
    display: none;
  }
  /* Scripts that stack marks above and below their letters (ế, ộ; Thai, Lao, Khmer, Burmese,
     Devanagari) reach into the next line when a theme sets lines tighter than these floors, each at
     least the script's ink in Noto Sans (test/script-line-height.test.ts). */
  :host(:is(:lang(vi), :lang(th), :lang(hi), :lang(mr), :lang(ne))) {
    --_stacked-marks: 1.5;
  }
  :host(:lang(lo)) {
    --_stacked-marks: 1.6;
  }
  :host(:is(:lang(km), :lang(my))) {
    --_stacked-marks: 1.7;
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
