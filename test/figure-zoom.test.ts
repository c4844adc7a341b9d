import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/article/define.js';
import '../src/components/figure/define.js';
import { stringsFor } from '../src/i18n.js';
import type { PressArticle, PressFigure } from '../src/index.js';
import { CONTRASTS, preferencesStore } from '../src/preferences-store.js';
import { largestCandidate } from '../src/url-policy.js';
import { channels, contrastRatio, luminanceContrast, luminanceOf } from './a11y-toolbar-helpers.js';
import { enhanced, frames } from './figure-helpers.js';
import { captureWarnings, flatText, loadTheme, spokenLang } from './helpers.js';

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

  /** The luminance of every pixel of `image`, as shown, along a line `inset` px inside its edges. */
  function luminancesInside(image: HTMLImageElement, inset: number): Set<number> {
    const { width, height } = image.getBoundingClientRect();
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [Math.round(width), Math.round(height)];
    const context = canvas.getContext('2d', { willReadFrequently: true })!;
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const at = Math.ceil(inset);
    const lines = [
      context.getImageData(0, at, canvas.width, 1),
      context.getImageData(0, canvas.height - at - 1, canvas.width, 1),
      context.getImageData(at, 0, 1, canvas.height),
      context.getImageData(canvas.width - at - 1, 0, 1, canvas.height),
    ];
    const luminances = new Set<number>();
    for (const { data } of lines)
      for (let i = 0; i < data.length; i += 4) luminances.add(luminanceOf(data.subarray(i, i + 3)));
    return luminances;
  }

  /** A same-origin image of one colour: the worst photo is a mid grey. */
  function solidImage(colour: string): string {
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [300, 200];
    const context = canvas.getContext('2d')!;
    context.fillStyle = colour;
    context.fillRect(0, 0, 300, 200);
    return canvas.toDataURL();
  }

  it('rings its button over the photo in two bands, one of them 3:1 against every pixel beside it', async () => {
    const photos = [
      `${images}/meeting-600.png`,
      `${images}/inspection-600.png`,
      // Mid greys (luminance 0.18–0.35), the focus colour, white, black: no colour escapes both.
      ...['#777777', '#8f8f8f', '#0a4fb3', '#ffffff', '#000000'].map(solidImage),
    ];
    const shown = await fixture<HTMLElement>(
      html`<div>
        ${photos.map((src) => html`<press-figure loading="eager" src=${src}></press-figure>`)}
      </div>`,
    );
    const pictures = [...shown.querySelectorAll('press-figure')].map((figure) =>
      figure.shadowRoot!.querySelector('img')!,
    );
    await Promise.all(pictures.map((image) => image.decode()));
    const checked: string[] = [];
    for (const theme of [undefined, 'default', 'dark', 'high-contrast', 'seed-portal']) {
      const link = theme ? await loadTheme(theme) : undefined;
      try {
        for (const contrast of CONTRASTS) {
          preferencesStore.set({ contrast });
          const root = await fixture<PressArticle>(
            html`<press-article
              ><button>before</button><press-figure zoom src=${photos[0]!} alt="Ảnh"></press-figure
            ></press-article>`,
          );
          const figure = root.querySelector('press-figure')!;
          await enhanced(figure);
          // Focused from the keyboard, so that :focus-visible applies.
          root.querySelector('button')!.focus();
          await sendKeys({ press: 'Tab' });
          const button = zoomButton(figure)!;
          expect(focused(figure), 'zoom button focused').to.equal(button);
          const ring = getComputedStyle(button);
          const label = `${theme ?? 'no theme'}, ${contrast}`;
          const bands = [
            ...ring.boxShadow.matchAll(/(rgba?\([^)]*\))[^,]*?(\d+(?:\.\d+)?)px inset/g),
          ].map(([, colour, spread]) => [colour!, parseFloat(spread!)] as const);
          expect(bands.length, `${label}: ${ring.boxShadow}`).to.equal(2);
          const [[light, lightSpread], [dark, darkSpread]] = bands as [
            (typeof bands)[0],
            (typeof bands)[0],
          ];
          // Each band at least 1 px wide, the first visible inside the outline.
          expect(lightSpread - parseFloat(ring.outlineWidth), label).to.be.at.least(1);
          expect(darkSpread - lightSpread, label).to.be.at.least(1);
          expect(contrastRatio(light, dark), label).to.be.at.least(9);
          // Every photo as shown, read on the line just inside the inner band.
          const [lightLuminance, darkLuminance] = [light, dark].map((c) =>
            luminanceOf(channels(c)),
          );
          for (const image of pictures)
            for (const pixel of luminancesInside(image, darkSpread)) {
              const best = Math.max(
                luminanceContrast(lightLuminance!, pixel),
                luminanceContrast(darkLuminance!, pixel),
              );
              expect(best, `${label}: beside a pixel of luminance ${pixel}`).to.be.at.least(3);
            }
          checked.push(label);
        }
      } finally {
        link?.remove();
        preferencesStore.set({ contrast: undefined });
      }
    }
    expect(checked.length).to.equal(5 * CONTRASTS.length);
  });
});
