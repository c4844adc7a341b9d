import { defineElement } from '../../define-element.js';
import { PressHeader } from './header.js';

export { PressHeader };

defineElement('press-header', PressHeader);

declare global {
  interface HTMLElementTagNameMap {
    'press-header': PressHeader;
  }
}
