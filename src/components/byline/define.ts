import { defineElement } from '../../define-element.js';
import { PressByline } from './byline.js';

export { PressByline };

defineElement('press-byline', PressByline);

declare global {
  interface HTMLElementTagNameMap {
    'press-byline': PressByline;
  }
}
