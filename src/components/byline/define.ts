import { defineElement } from '../../define-element.js';
import { PressByline } from './byline.js';
// Bylines hold <press-author> elements: registering one registers both.
import '../author/define.js';

export { PressByline };

defineElement('press-byline', PressByline);

declare global {
  interface HTMLElementTagNameMap {
    'press-byline': PressByline;
  }
}
