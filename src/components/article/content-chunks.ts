/**
 * A long article's content cut into chunks of the flat tree. Each chunk after the first skips
 * style and layout while out of view (article.styles.ts), so a text-size step restyles only the
 * chunks near the screen. A skipping rule on each of the portal's blocks cannot do as much: the
 * blocks themselves are still restyled, every one, and a table cannot skip at all.
 *
 * The chunks are slots that the article fills by manual assignment, so the portal's markup gets
 * no `slot` attribute. A node the page inserts is shown once the mutation observer has assigned
 * it (a microtask, or an update when the number of chunks changes), before the next frame. As a
 * script that measures such a node at once would read nothing, only long articles are cut: a
 * short one keeps its one default slot, as does a shadow root the server declared (named
 * slots).
 */
import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';

/** Elements per chunk; an article is cut from three chunks' worth on. */
const CHUNK = 24;

type Content = Element | Text;

const chunk = html`<div part="chunk"><slot></slot></div>`;
const whole = html`<slot></slot>`;

export class ContentChunks implements ReactiveController {
  /** The content in runs, one per chunk: what a default slot takes (text, and elements with no
   * `slot` name), a new run every CHUNK elements. Cut again when the children change. */
  private runs?: Content[][];
  private assigned?: Content[][];
  private changes?: MutationObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Attaches the host's shadow root, with manual slots when its content is long. */
  attach(options: ShadowRootInit): void {
    const { host } = this;
    if (host.shadowRoot || host.childElementCount < 3 * CHUNK) return;
    host.attachShadow({ ...options, slotAssignment: 'manual' });
    this.changes = new MutationObserver(() => {
      this.runs = undefined;
      // As many chunks as rendered: assigned now; else rendered first, in an update.
      if (this.content().length === this.slots().length) this.hostUpdated();
      else host.requestUpdate();
    });
  }

  hostConnected(): void {
    this.changes?.observe(this.host, { childList: true });
    // Back in a tree: the children may have changed meanwhile, unobserved.
    if (this.runs) {
      this.runs = undefined;
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.changes?.disconnect();
  }

  /** The chunks, for the host's render. */
  render() {
    return this.changes ? this.content().map(() => chunk) : whole;
  }

  /** Fills the chunks' slots, in the update that rendered them (before the frame). */
  hostUpdated(): void {
    if (!this.changes || this.assigned === this.runs) return;
    const slots = this.slots();
    this.content().forEach((run, index) => slots[index]!.assign(...run));
    this.assigned = this.runs;
  }

  private slots() {
    return this.host.shadowRoot!.querySelectorAll('slot');
  }

  private content(): Content[][] {
    if (this.runs) return this.runs;
    const runs: Content[][] = [[]];
    let elements = 0;
    for (const node of this.host.childNodes) {
      const element = node instanceof Element;
      if (element ? node.slot : !(node instanceof Text)) continue;
      if (element && elements++ === CHUNK * runs.length) runs.push([]);
      runs[runs.length - 1]!.push(node as Content);
    }
    return (this.runs = runs);
  }
}
