import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';

/** Sets a property after each update: Lit's `change-in-update` development warning. */
class ChattyElement extends LitElement {
  static override get properties() {
    return { count: { type: Number } };
  }

  count = 0;

  protected override updated(): void {
    if (this.count < 1) this.count++;
  }
}
customElements.define('press-test-chatty', ChattyElement);

describe('Lit development-mode warnings', () => {
  it('the tests run Lit in development mode, so its warnings can be seen', () => {
    const issued = Array.from(globalThis.litIssuedWarnings ?? []);
    expect(issued.some((warning) => warning.includes('lit.dev/msg/dev-mode'))).to.be.true;
  });

  it('are recorded even while a test has replaced console.warn', async () => {
    const replaced: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => replaced.push(args.map(String).join(' '));
    try {
      await fixture(html`<press-test-chatty></press-test-chatty>`);
    } finally {
      console.warn = original;
    }
    const recorded = globalThis.__pressLitWarnings!.splice(0);
    expect(recorded).to.have.length(1);
    expect(recorded[0]).to.include('lit.dev/msg/change-in-update');
    expect(replaced).to.deep.equal(recorded);
    // This warning was provoked on purpose: take it out of Lit's record so the guard passes.
    globalThis.litIssuedWarnings!.delete(recorded[0]!);
  });
});
