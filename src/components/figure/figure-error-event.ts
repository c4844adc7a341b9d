/** Fired by `<press-figure>` once when its image fails to load. */
export class PressFigureErrorEvent extends Event {
  readonly detail: { src: string };

  constructor(src: string) {
    super('press-figure-error', { bubbles: true, composed: true });
    this.detail = { src };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'press-figure-error': PressFigureErrorEvent;
  }
}
