import { defineElement } from '../../define-element.js';
import { PressArticle } from './article.js';

export { PressArticle };
export * from './preferences-change-event.js';

defineElement('press-article', PressArticle);

declare global {
  interface HTMLElementTagNameMap {
    'press-article': PressArticle;
  }
}
