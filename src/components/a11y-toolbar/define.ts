import { defineElement } from '../../define-element.js';
import { PressA11yToolbar } from './a11y-toolbar.js';

export { PressA11yToolbar };

defineElement('press-a11y-toolbar', PressA11yToolbar);

declare global {
  interface HTMLElementTagNameMap {
    'press-a11y-toolbar': PressA11yToolbar;
  }
}
