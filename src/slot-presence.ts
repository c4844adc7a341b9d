/** Tracks which of a host's slots have content, so empty wrappers can stay out of the layout. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { rendersAsServer } from './server-parity.js';

function fillsDefaultSlot(node: Node): boolean {
  if (node.nodeType === Node.TEXT_NODE) return Boolean(node.textContent?.trim());
  return node instanceof Element && !node.hasAttribute('slot');
}

export class SlotPresenceController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.shadowRoot?.addEventListener('slotchange', this.onSlotChange);
  }

  hostDisconnected(): void {
    this.host.shadowRoot?.removeEventListener('slotchange', this.onSlotChange);
  }

  /**
   * Whether the slot (`''` for the default one) has content. On the server the light DOM is not
   * known, so every slot counts as filled and its wrapper is rendered.
   */
  has(name: string): boolean {
    if (rendersAsServer()) return true;
    return Array.from(this.host.childNodes).some((node) =>
      name === '' ? fillsDefaultSlot(node) : node instanceof Element && node.slot === name,
    );
  }

  private readonly onSlotChange = () => this.host.requestUpdate();
}
