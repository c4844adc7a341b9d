import { css } from 'lit';
import { token } from '../../tokens.js';

export const authorStyles = css`
  :host {
    display: inline;
  }

  [part='avatar'],
  ::slotted([slot='avatar']) {
    inline-size: var(--press-author-avatar-size, 2em);
    block-size: var(--press-author-avatar-size, 2em);
    margin-inline-end: ${token('space-xs')};
    border-radius: 50%;
    object-fit: cover;
    vertical-align: middle;
  }

  a {
    color: inherit;
  }

  [part='role'] {
    color: var(--press-author-role-color, ${token('color-text-muted')});
    font-weight: var(--press-author-role-weight, 400);
  }
`;
