import { css } from 'lit';
import { token } from '../../tokens.js';

export const headerStyles = css`
  :host {
    display: block;
    font-family: var(--press-header-font, ${token('font-heading')});
  }
  :host([hidden]) {
    display: none;
  }

  [part='base'] {
    margin-block-end: var(--press-header-gap, ${token('space-l')});
  }

  [part='kicker'] {
    margin: 0 0 ${token('space-s')};
    color: var(--press-header-kicker-color, ${token('color-accent')});
    font-size: var(--press-header-kicker-size, ${token('font-size-small')});
    font-weight: 600;
    letter-spacing: 0.02em;
    text-transform: var(--press-header-kicker-transform, none);
  }

  [part='headline'] {
    color: var(--press-header-headline-color, ${token('color-text')});
    font-size: var(--press-header-headline-size, ${token('font-size-headline')});
    font-weight: var(--press-header-headline-weight, 700);
    line-height: var(--press-header-headline-line-height, ${token('line-height-heading')});
    text-wrap: balance;
  }

  [part='standfirst'] {
    margin: ${token('space-m')} 0 0;
    color: var(--press-header-standfirst-color, ${token('color-text')});
    font-size: var(--press-header-standfirst-size, ${token('font-size-standfirst')});
    font-weight: var(--press-header-standfirst-weight, 600);
    line-height: var(--press-header-standfirst-line-height, ${token('line-height')});
  }

  /* The portal's own heading and paragraphs take the part's look, not the browser's defaults. */
  ::slotted(*),
  [part='headline'] > :is(h1, h2, h3, h4, h5, h6) {
    margin: 0;
    font: inherit;
    color: inherit;
  }
  ::slotted(a) {
    color: inherit;
  }

  [hidden] {
    display: none;
  }
`;
