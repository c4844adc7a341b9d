import { defineElement } from '../../define-element.js';
import { PressFigure } from './figure.js';

export { PressFigure };
export * from './figure-error-event.js';

defineElement('press-figure', PressFigure);

declare global {
  interface HTMLElementTagNameMap {
    'press-figure': PressFigure;
  }
}
