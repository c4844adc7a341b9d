import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/components/figure/define.js';
import type { PressFigure, PressFigureErrorEvent } from '../src/index.js';
import { captureWarnings } from './helpers.js';

const image = '/fixtures/seed-article/images/meeting-600.png';

describe('press-figure', () => {
  it('renders the image with a slotted caption and credit', async () => {
    const el = await fixture<PressFigure>(
      html`<div lang="vi">
        <press-figure src=${image} width="600" height="400" alt="A meeting" credit="TTXVN">
          Caption text
        </press-figure>
      </div>`,
    );
    const figure = el.querySelector('press-figure')!;
    await figure.updateComplete;
    const img = figure.shadowRoot!.querySelector('img')!;
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('decoding')).to.equal('async');
    expect(figure.shadowRoot!.querySelector('[part="credit"]')!.textContent).to.equal('Ảnh: TTXVN');
    await expect(figure).to.be.accessible();
  });

  it('renders the caption from the attribute', async () => {
    const el = await fixture<PressFigure>(
      html`<press-figure src=${image} caption="From attribute"></press-figure>`,
    );
    expect(el.shadowRoot!.querySelector('figcaption')!.textContent).to.include('From attribute');
    await expect(el).to.be.accessible();
  });

  it('does not prefix a credit twice', async () => {
    const el = await fixture<PressFigure>(
      html`<press-figure lang="en" src=${image} credit="Photo: Reuters"></press-figure>`,
    );
    expect(el.shadowRoot!.querySelector('[part="credit"]')!.textContent).to.equal('Photo: Reuters');
  });

  it('reserves the aspect ratio from width and height', async () => {
    const el = await fixture<PressFigure>(
      html`<press-figure src="/never-arrives.png" width="1200" height="800"></press-figure>`,
    );
    const box = el.shadowRoot!.querySelector('[part="media"]')!.getBoundingClientRect();
    expect(box.width / box.height).to.be.closeTo(1.5, 0.01);
  });

  it('replaces a failed image with its alt text and fires once', async () => {
    const el = await fixture<PressFigure>(
      html`<press-figure alt="Officers at a meeting" width="3" height="2"></press-figure>`,
    );
    setTimeout(() => (el.src = '/missing.png'));
    const event = await oneEvent<PressFigureErrorEvent>(el, 'press-figure-error');
    expect(event.detail.src).to.match(/missing\.png$/);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('img')!.hidden).to.be.true;
    expect(el.shadowRoot!.querySelector('[part="fallback"]')!.textContent.trim()).to.equal(
      'Officers at a meeting',
    );
  });

  it('drops a javascript: URL with a warning', async () => {
    let el!: PressFigure;
    const warnings = await captureWarnings(async () => {
      el = await fixture<PressFigure>(
        html`<press-figure src="javascript:alert(1)" caption="x"></press-figure>`,
      );
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(warnings.filter((w) => w.includes('unsafe URL'))).to.have.length(1);
  });

  it('uses the caption as the name when alt is missing', async () => {
    const el = await fixture<PressFigure>(
      html`<press-figure src=${image}>Officers at a meeting</press-figure>`,
    );
    await aTimeout(0);
    await expect(el).to.be.accessible();
  });

  it('renders nothing visible when empty', async () => {
    const el = await fixture<PressFigure>(html`<press-figure></press-figure>`);
    expect(el.shadowRoot!.querySelector('[part="base"]')!.getBoundingClientRect().height).to.equal(
      0,
    );
  });
});
