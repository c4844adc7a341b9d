import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/header/define.js';
import type { PressHeader } from '../src/index.js';

function headings(el: PressHeader) {
  return [
    ...el.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]'),
    ...el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]'),
  ];
}

describe('press-header', () => {
  it('renders slotted kicker, headline and standfirst', async () => {
    const el = await fixture<PressHeader>(
      html`<press-header>
        <span slot="kicker">Kicker</span>
        <h1 slot="headline">Headline</h1>
        <p slot="standfirst">Standfirst</p>
      </press-header>`,
    );
    expect(headings(el)).to.have.length(1);
    expect(el.innerText).to.include('Headline');
    await expect(el).to.be.accessible();
  });

  it('renders the headline from the attribute at the given level', async () => {
    const el = await fixture<PressHeader>(
      html`<press-header kicker="K" headline="Headline" standfirst="S" level="2"></press-header>`,
    );
    const found = headings(el);
    expect(found).to.have.length(1);
    expect(found[0]!.localName).to.equal('h2');
    expect(found[0]!.textContent).to.equal('Headline');
    await expect(el).to.be.accessible();
  });

  it('lets slotted markup win over the attribute', async () => {
    const el = await fixture<PressHeader>(
      html`<press-header headline="Attribute"><h1 slot="headline">Slotted</h1></press-header>`,
    );
    expect(headings(el).map((h) => h.textContent)).to.deep.equal(['Slotted']);
  });

  it('gives a slotted non-heading the heading role once', async () => {
    const el = await fixture<PressHeader>(
      html`<press-header level="3"><span slot="headline">Text</span></press-header>`,
    );
    const found = headings(el);
    expect(found).to.have.length(1);
    expect(found[0]!.getAttribute('aria-level')).to.equal('3');
  });

  it('falls back to h1 for an unknown level', async () => {
    const el = await fixture<PressHeader>(
      html`<press-header headline="H" level="nine"></press-header>`,
    );
    expect(headings(el)[0]!.localName).to.equal('h1');
  });

  it('renders nothing visible when empty', async () => {
    const el = await fixture<PressHeader>(html`<press-header></press-header>`);
    expect(el.getBoundingClientRect().height).to.equal(0);
  });
});
