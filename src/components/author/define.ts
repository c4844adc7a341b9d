import { defineElement } from '../../define-element.js';
import { PressAuthor } from './author.js';

export { PressAuthor };

defineElement('press-author', PressAuthor);

declare global {
  interface HTMLElementTagNameMap {
    'press-author': PressAuthor;
  }
}
