import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/header/define.js';
import { samples, sampleHeader, type Sample, type SampleId } from '../fixtures/samples/samples.js';
import type { PressHeader } from '../src/index.js';
import { captureWarnings, flatText } from './helpers.js';

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

describe('press-header kicker link', () => {
  it('makes the kicker from the attribute a link', async () => {
    const el = await fixture<PressHeader>(
      html`<press-header kicker="Kinh tế" kicker-href="/kinh-te" headline="H"></press-header>`,
    );
    const link = el.shadowRoot!.querySelector('[part="kicker"] a')!;
    expect(link.getAttribute('href')).to.equal('/kinh-te');
    expect(link.textContent).to.equal('Kinh tế');
    await expect(el).to.be.accessible();
  });

  it('drops an unsafe kicker link with one warning, keeping the text', async () => {
    let el!: PressHeader;
    const warnings = await captureWarnings(async () => {
      el = await fixture<PressHeader>(
        html`<press-header
          kicker="K"
          kicker-href=" javascript:alert(1)"
          headline="H"
        ></press-header>`,
      );
      el.headline = 'H2';
      await el.updateComplete;
    });
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="kicker"]')!.textContent.trim()).to.equal('K');
    expect(warnings.filter((w) => w.includes('javascript:alert(1)'))).to.have.length(1);
  });
});

for (const id of Object.keys(samples) as SampleId[]) {
  const sample: Sample = samples[id];
  for (const form of ['slotted', 'attributes'] as const) {
    describe(`the ${id} sample's header, ${form}`, () => {
      let el: PressHeader;

      beforeEach(async () => {
        const wrapper = await fixture<HTMLElement>(
          html`<div lang=${sample.lang} dir=${sample.dir}>${sampleHeader(sample, { form })}</div>`,
        );
        el = wrapper.querySelector('press-header')!;
        await el.updateComplete;
      });

      it('has one heading with the headline, a kicker link and the standfirst', () => {
        const found = headings(el);
        expect(found).to.have.length(1);
        expect(found[0]!.textContent.trim()).to.equal(sample.headline);
        const kicker =
          el.querySelector('a[slot="kicker"]') ?? el.shadowRoot!.querySelector('[part="kicker"] a');
        expect(kicker!.getAttribute('href')).to.equal(sample.kickerHref);
        expect(flatText(el)).to.include(sample.standfirst);
      });

      it('sets the script’s typography', () => {
        const host = getComputedStyle(el);
        const noItalics = ['ar', 'ja'].includes(sample.lang);
        expect(host.fontSynthesisStyle).to.equal(noItalics ? 'none' : 'auto');
        const kicker = getComputedStyle(el.shadowRoot!.querySelector('[part="kicker"]')!);
        expect(kicker.letterSpacing === 'normal').to.equal(noItalics);
        expect(getComputedStyle(el.shadowRoot!.querySelector('[part="base"]')!).direction).to.equal(
          sample.dir,
        );
        // Japanese headlines break between phrases where the engine can (Chromium 119+).
        if (CSS.supports('word-break', 'auto-phrase')) {
          const headline = getComputedStyle(el.shadowRoot!.querySelector('[part="headline"]')!);
          expect(headline.wordBreak).to.equal(sample.lang === 'ja' ? 'auto-phrase' : 'normal');
        }
      });

      it('keeps a line-height floor for Vietnamese diacritics under a tight theme', () => {
        el.style.setProperty('--press-header-headline-line-height', '1.05');
        const headline = getComputedStyle(el.shadowRoot!.querySelector('[part="headline"]')!);
        const ratio = parseFloat(headline.lineHeight) / parseFloat(headline.fontSize);
        if (sample.lang === 'vi') expect(ratio).to.be.closeTo(1.4, 0.01);
        else expect(ratio).to.be.closeTo(1.05, 0.01);
      });

      it('passes axe', async () => {
        await expect(el).to.be.accessible();
      });
    });
  }
}
