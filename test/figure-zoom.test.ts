import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/figure/define.js';
import { stringsFor } from '../src/i18n.js';
import type { PressFigure } from '../src/index.js';
import { largestCandidate } from '../src/url-policy.js';
import { enhanced, frames } from './figure-helpers.js';
import { captureWarnings, flatText, spokenLang } from './helpers.js';

const images = '/fixtures/seed-article/images';
const widths = [600, 1200, 2400];
const srcsetOf = (name: string) => widths.map((w) => `${images}/${name}-${w}.png ${w}w`).join(', ');

const zoomButton = (el: PressFigure) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="zoom"]');
const dialog = (el: PressFigure) => el.shadowRoot!.querySelector('dialog')!;
const focused = (el: PressFigure) => el.shadowRoot!.activeElement;

async function opened(el: PressFigure) {
  for (let i = 0; i < 50 && !dialog(el)?.open; i++) await frames(1);
  return dialog(el);
}

describe('press-figure zoom', () => {
  it('has no zoom button unless asked for', async () => {
    const el = await fixture<PressFigure>(
      html`<press-figure src=${`${images}/meeting-600.png`} alt="A meeting"></press-figure>`,
    );
    await enhanced(el);
    expect(zoomButton(el) === null).to.be.true;
  });

  it('marks its English labels as English where no translation was given (WCAG 3.1.2)', async () => {
    const el = await fixture<PressFigure>(
      html`<press-figure lang="sw" zoom src=${`${images}/meeting-600.png`}>Mkutano</press-figure>`,
    );
    await enhanced(el);
    const button = zoomButton(el)!;
    expect(button.getAttribute('aria-label')).to.equal(stringsFor('en').zoomOpen);
    expect(spokenLang(button)).to.equal('en');
    // Without alt the dialog is named by the same stand-in; its caption stays Swahili.
    expect(spokenLang(dialog(el))).to.equal('en');
    button.click();
    const view = await opened(el);
    expect(spokenLang(view.querySelector('[part="zoom-caption"]')!)).to.equal('sw');
    expect(spokenLang(view.querySelector('[part="button"]')!)).to.equal('en');
    view.close();
  });

  it('opens the largest candidate from the keyboard, with the caption; Esc closes, focus returns', async () => {
    const srcset = srcsetOf('meeting');
    const el = await fixture<PressFigure>(
      html`<press-figure
        lang="vi"
        zoom
        src=${`${images}/meeting-600.png`}
        srcset=${srcset}
        sizes="300px"
        alt="Cán bộ họp"
        credit="TTXVN"
        >Phòng An ninh <em>họp</em></press-figure
      >`,
    );
    await enhanced(el);
    const button = zoomButton(el)!;
    expect(button.getAttribute('aria-label')).to.equal(stringsFor('vi').zoomOpen);
    expect(button.getAttribute('aria-haspopup')).to.equal('dialog');

    button.focus();
    await sendKeys({ press: 'Enter' });
    const view = await opened(el);
    expect(view.open).to.be.true;
    const big = view.querySelector<HTMLImageElement>('[part="zoom-image"]')!;
    expect(big.getAttribute('src')).to.equal(largestCandidate(srcset, ''));
    expect(big.alt).to.equal('Cán bộ họp');
    expect(flatText(view)).to.include(`Phòng An ninh họp ${stringsFor('vi').creditPrefix} TTXVN`);
    expect(focused(el)).to.equal(view.querySelector('[part="button"]'));
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Escape' });
    await frames();
    expect(view.open).to.be.false;
    expect(focused(el)).to.equal(button);
  });

  it('opens on a click on the image and closes with its close button, or Space and the backdrop', async () => {
    const el = await fixture<PressFigure>(
      html`<div style="inline-size: 300px">
        <press-figure zoom src=${`${images}/inspection-600.png`} alt="An inspection"></press-figure>
      </div>`,
    );
    const figure = el.querySelector('press-figure')!;
    await enhanced(figure);
    const button = zoomButton(figure)!;
    // The button covers the whole image: a click anywhere on it lands on the button.
    const image = figure.shadowRoot!.querySelector('[part="image"]')!.getBoundingClientRect();
    const hit = figure.shadowRoot!.elementFromPoint(
      image.left + image.width / 3,
      image.top + image.height / 3,
    );
    expect(hit).to.equal(button);
    button.click();
    const view = await opened(figure);
    view.querySelector<HTMLButtonElement>('[part="button"]')!.click();
    await frames();
    expect(view.open).to.be.false;
    expect(focused(figure)).to.equal(button);

    button.focus();
    await sendKeys({ press: ' ' });
    await opened(figure);
    expect(view.open).to.be.true;
    view.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await frames();
    expect(view.open).to.be.false;
  });

  it('zooms a slotted picture within the source it chose, never to an unsafe URL', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await fixture<PressFigure>(
        html`<press-figure zoom
          ><picture slot="media">
            <source type="image/png" srcset=${srcsetOf('inspection')} sizes="200px" />
            <img
              src=${`${images}/meeting-600.png`}
              srcset="${images}/meeting-600.png 600w, javascript:alert(1) 9999w"
              sizes="200px"
              width="600"
              height="400"
              alt="An inspection"
            /> </picture
          >Caption</press-figure
        >`,
      );
      await enhanced(el);
      const img = el.querySelector('img')!;
      await new Promise((resolve) => (img.complete ? resolve(null) : (img.onload = resolve)));
      zoomButton(el)!.click();
      const view = await opened(el);
      const big = view.querySelector<HTMLImageElement>('[part="zoom-image"]')!;
      expect(big.getAttribute('src')).to.equal(largestCandidate(srcsetOf('inspection'), ''));
      view.close();

      // The <img>'s own srcset is chosen when no <source> matches; its unsafe candidate is not.
      el.querySelector('source')!.remove();
      img.setAttribute('srcset', img.getAttribute('srcset')!); // makes the browser choose again
      await new Promise((resolve) => setTimeout(resolve, 100));
      zoomButton(el)!.click();
      await opened(el);
      const again = dialog(el).querySelector<HTMLImageElement>('[part="zoom-image"]')!;
      expect(again.getAttribute('src')).not.to.include('javascript');
      dialog(el).close();
    });
    expect(warnings.filter((w) => w.includes('press-figure zoom'))).to.have.length(1);
  });

  it('keeps the URL policy for candidates it cannot parse or whose scheme is not http(s)', async () => {
    const uncaught: string[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(event.message);
    window.addEventListener('error', onError);
    const hostile = [
      'http://www.<script>alert(1)</script .com',
      'length:x 9999w',
      `${images}/meeting-600.png 600w, length:big.png 9999w`,
      'http://[::1 4000w, data:text/html,<b>x</b> 5000w',
    ];
    let zoomed = 0;
    try {
      for (const srcset of hostile) {
        for (const slotted of [false, true]) {
          const el = await fixture<PressFigure>(
            slotted
              ? html`<press-figure zoom
                  ><img slot="media" src=${`${images}/meeting-600.png`} srcset=${srcset} alt="A"
                /></press-figure>`
              : html`<press-figure
                  zoom
                  src=${`${images}/meeting-600.png`}
                  srcset=${srcset}
                  alt="A"
                ></press-figure>`,
          );
          await captureWarnings(async () => {
            await enhanced(el);
            // An image the browser could not load offers no zoom: nothing to check there.
            const button = zoomButton(el);
            if (!button) return;
            button.click();
            const view = await opened(el);
            const src = view.querySelector('[part="zoom-image"]')!.getAttribute('src');
            const where = `${slotted ? 'slotted' : 'own'} srcset ${srcset}`;
            if (src != null) {
              expect(new URL(src, document.baseURI).protocol, where).to.match(/^https?:$/);
            }
            view.close();
            zoomed++;
          });
        }
      }
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(uncaught).to.deep.equal([]);
    // Every figure's own image loads (its safe `src`), so at least those views were checked.
    expect(zoomed).to.be.at.least(hostile.length);
  });

  it('offers no zoom for an image that failed', async () => {
    // Listening on the document before the figure exists: the failure may come at once.
    const failed = new Promise((resolve) =>
      document.addEventListener('press-figure-error', resolve, { once: true }),
    );
    const el = await fixture<PressFigure>(
      html`<press-figure zoom src="/missing-zoom.png" alt="Gone"></press-figure>`,
    );
    await failed;
    await enhanced(el);
    expect(zoomButton(el) === null).to.be.true;
  });
});
