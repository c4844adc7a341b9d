/**
 * Scripts whose marks stack above and below their letters (Thai, Lao, Khmer, Burmese,
 * Devanagari) need taller lines than Latin: at the default heading line height (1.3) a headline's
 * marks reach into the next line. Each sample (fixtures/samples/stacked-marks.ts) is measured in
 * its own Noto Sans Bold, subset to its glyphs (test/fonts), so every engine measures the same ink.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/byline/define.js';
import '../src/components/header/define.js';
import { stackedMarkSamples } from '../fixtures/samples/stacked-marks.js';
import type { PressByline, PressHeader } from '../src/index.js';
import { inkHeight, px } from './helpers.js';

/** The sample's font, loaded and added to the document as `press-test-<lang>`. */
async function sampleFont(lang: string, font: string): Promise<[string, FontFace]> {
  const family = `press-test-${lang}`;
  const face = new FontFace(family, `url(/test/fonts/${font}-Bold.subset.woff2)`, {
    weight: '700',
  });
  document.fonts.add(await face.load());
  return [family, face];
}

/** `el` is set in the sample's font, and its lines are at least as far apart as the ink is tall. */
function expectRoomForMarks(el: Element, family: string, text: string) {
  const computed = getComputedStyle(el);
  const ink = inkHeight(el, text);
  // The sample's own font draws it, marks and all (not a fallback font or empty boxes).
  expect(computed.fontFamily).to.equal(family);
  expect(document.fonts.check(`700 ${computed.fontSize} ${family}`, text)).to.be.true;
  expect(ink / px(computed.fontSize), 'ink in em').to.be.greaterThan(1.2);
  expect(px(computed.lineHeight), 'line height in px').to.be.at.least(ink);
}

describe('line height for scripts with stacked marks', () => {
  for (const { lang, font, headline: text } of stackedMarkSamples) {
    for (const portal of ['', '1.1']) {
      it(`${lang}: a headline's lines sit at least as far apart as its ink is tall${portal ? `, even in the portal's own <h1> at ${portal}` : ''}`, async () => {
        const [family, face] = await sampleFont(lang, font);
        const style = `--press-font-heading: ${family}; --press-header-headline-line-height: ${portal || 'initial'}`;
        // The attribute form when the portal keeps the default, the portal's own <h1> otherwise.
        const el = await fixture<PressHeader>(
          portal
            ? html`<press-header lang=${lang} style=${style}
                ><h1 slot="headline">${text}</h1></press-header
              >`
            : html`<press-header lang=${lang} headline=${text} style=${style}></press-header>`,
        );
        const headline = portal
          ? el.querySelector('h1')!
          : el.shadowRoot!.querySelector('[part~="headline"] > *')!;
        expectRoomForMarks(headline, family, text);
        document.fonts.delete(face);
      });
    }

    it(`${lang}: a byline keeps its lines apart under a theme's tight 1.1`, async () => {
      const [family, face] = await sampleFont(lang, font);
      const el = await fixture<PressByline>(
        html`<press-byline
          lang=${lang}
          author=${text}
          style="--press-byline-font: ${family}; --press-byline-line-height: 1.1"
        ></press-byline>`,
      );
      expectRoomForMarks(el.shadowRoot!.querySelector('[part="authors"]')!, family, text);
      document.fonts.delete(face);
    });
  }
});
