import type { Contrast } from '../../preferences-store.js';

export interface PreferencesChangeDetail {
  fontScale: number;
  /** The chosen level; undefined while the operating system decides. */
  contrast: Contrast | undefined;
  /** Whether WCAG 1.4.12 text spacing is on. */
  textSpacing: boolean;
}

/** Fired by `<press-article>` whenever its reading preferences change, whatever the cause. */
export class PressPreferencesChangeEvent extends Event {
  readonly detail: PreferencesChangeDetail;

  constructor(detail: PreferencesChangeDetail) {
    super('press-preferences-change', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'press-preferences-change': PressPreferencesChangeEvent;
  }
}
