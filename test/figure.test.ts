import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/components/figure/define.js';
import { registerStrings, stringsFor } from '../src/i18n.js';
import type { PressFigure, PressFigureErrorEvent } from '../src/index.js';
import { enhanced, frames, heldImage, loaded } from './figure-helpers.js';
import { captureWarnings, flatText, spokenLang } from './helpers.js';

const images = '/fixtures/seed-article/images';
const image = `${images}/meeting-600.png`;
const widths = [600, 1200, 2400];
const srcset = widths.map((w) => `${images}/meeting-${w}.png ${w}w`).join(', ');

const part = (el: PressFigure, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`);
const shadowImage = (el: PressFigure) => part(el, 'image') as HTMLImageElement;
const box = (el: Element) => el.getBoundingClientRect();

/**
 * Collects every press-figure-error from now on (listening on the document, where the event
 * arrives since it bubbles and is composed), so none is missed however early the image fails.
 */
function failures() {
  const events: PressFigureErrorEvent[] = [];
  let resolveFirst: (event: PressFigureErrorEvent) => void;
  const first = new Promise<PressFigureErrorEvent>((resolve) => (resolveFirst = resolve));
  const listener = (event: PressFigureErrorEvent) => {
    events.push(event);
    resolveFirst(event);
  };
  document.addEventListener('press-figure-error', listener);
  return {
    events,
    first,
    stop: () => document.removeEventListener('press-figure-error', listener),
  };
}

describe('press-figure', () => {
  describe('responsive image and loading', () => {
    it('passes srcset and sizes through, decodes off the main thread, and is lazy by default', async () => {
      const el = await fixture<PressFigure>(
        html`<press-figure
          src=${image}
          srcset=${srcset}
          sizes="(max-width: 48rem) 100vw, 48rem"
          alt="A meeting"
        ></press-figure>`,
      );
      const img = shadowImage(el);
      expect(img.getAttribute('srcset')).to.equal(srcset);
      expect(img.getAttribute('sizes')).to.equal('(max-width: 48rem) 100vw, 48rem');
      expect(img.getAttribute('decoding')).to.equal('async');
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.hasAttribute('fetchpriority')).to.be.false;
    });

    it('loads a lead image eagerly with high priority', async () => {
      const el = await fixture<PressFigure>(
        html`<press-figure src=${image} loading="eager" fetchpriority="high"></press-figure>`,
      );
      expect(shadowImage(el).getAttribute('loading')).to.equal('eager');
      expect(shadowImage(el).getAttribute('fetchpriority')).to.equal('high');
    });

    it('never lazy-loads a high-priority image unless told to', async () => {
      const el = await fixture<PressFigure>(
        html`<press-figure src=${image} fetchpriority="high"></press-figure>`,
      );
      expect(shadowImage(el).getAttribute('loading')).to.equal('eager');
      el.loading = 'lazy';
      await el.updateComplete;
      expect(shadowImage(el).getAttribute('loading')).to.equal('lazy');
    });

    it('styles a slotted <picture> like its own image: the full width, its own ratio', async () => {
      const el = await fixture<PressFigure>(
        html`<div style="inline-size: 300px">
          <press-figure>
            <picture slot="media">
              <source srcset=${srcset} sizes="300px" type="image/png" />
              <img src=${image} width="600" height="400" alt="Officers at a meeting" />
            </picture>
            Caption
          </press-figure>
        </div>`,
      );
      const figure = el.querySelector('press-figure')!;
      const img = figure.querySelector('img')!;
      await loaded(img);
      const media = box(part(figure, 'media')!);
      expect(box(img).width).to.equal(media.width);
      expect(box(img).width / box(img).height).to.be.closeTo(600 / 400, 0.02);
      expect(media.height).to.be.closeTo(box(img).height, 1);
    });

    it('styles a slotted <img> the same way', async () => {
      const el = await fixture<PressFigure>(
        html`<div style="inline-size: 320px">
          <press-figure
            ><img slot="media" src=${image} width="600" height="400" alt="A meeting"
          /></press-figure>
        </div>`,
      );
      const img = el.querySelector('img')!;
      await loaded(img);
      await enhanced(el.querySelector('press-figure')!);
      expect(img.getAttribute('decoding')).to.equal('async');
      expect(box(img).width).to.equal(320);
      expect(box(img).height).to.be.closeTo((320 * 400) / 600, 1);
    });
  });

  describe('reserved space', () => {
    it('reserves the aspect ratio from width and height before any byte arrives', async () => {
      const held = heldImage(image);
      const el = await fixture<HTMLElement>(
        html`<div style="inline-size: 300px">
          <press-figure src=${held.url} width="1200" height="800" alt="A meeting"></press-figure>
          <p>Text below the figure</p>
        </div>`,
      );
      const figure = el.querySelector('press-figure')!;
      const paragraph = el.querySelector('p')!;
      await frames();
      const before = box(paragraph).top;
      expect(box(part(figure, 'media')!).height).to.be.closeTo((300 * 800) / 1200, 0.5);
      await held.release();
      await loaded(shadowImage(figure));
      await frames();
      expect(box(paragraph).top).to.equal(before);
    });

    it('without width and height, keeps a box and changes it once, to the real ratio', async () => {
      const [width, height] = [400, 100];
      const held = heldImage(`/__test-image.svg?width=${width}&height=${height}`);
      const el = await fixture<HTMLElement>(
        html`<div style="inline-size: 300px">
          <press-figure src=${held.url} alt="A wide banner"></press-figure>
        </div>`,
      );
      const figure = el.querySelector('press-figure')!;
      const media = part(figure, 'media')!;
      const heights: number[] = [];
      const observer = new ResizeObserver(() => heights.push(box(media).height));
      observer.observe(media);
      await frames();
      const waiting = box(media).height;
      expect(waiting).to.be.greaterThan(0);
      await held.release();
      await loaded(shadowImage(figure));
      await frames();
      observer.disconnect();
      const final = box(media).height;
      expect(final).to.be.closeTo((300 * height) / width, 0.5);
      expect(heights.every((h) => h > 0)).to.be.true;
      expect(new Set(heights.map(Math.round)).size).to.be.at.most(2);
    });
  });

  describe('failure', () => {
    it('replaces a failed image with its alt text in the same box and fires once', async () => {
      const held = heldImage(image);
      const el = await fixture<PressFigure>(
        html`<press-figure
          src=${held.url}
          alt="Officers at a meeting"
          width="3"
          height="2"
        ></press-figure>`,
      );
      const media = part(el, 'media')!;
      const reserved = box(media).height;
      expect(reserved).to.be.closeTo((box(media).width * 2) / 3, 0.5);
      const events: PressFigureErrorEvent[] = [];
      el.addEventListener('press-figure-error', (event) => events.push(event));
      setTimeout(() => (el.src = '/missing.png'));
      const event = await oneEvent<PressFigureErrorEvent>(el, 'press-figure-error');
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      await aTimeout(50);
      await held.release();
      expect(event.detail.src).to.equal(new URL('/missing.png', location.href).href);
      expect(event.bubbles && event.composed).to.be.true;
      expect(events).to.have.length(1);
      expect(shadowImage(el).checkVisibility()).to.be.false;
      expect(part(el, 'fallback')!.textContent.trim()).to.equal('Officers at a meeting');
      expect(box(media).height).to.be.closeTo(reserved, 0.5);
      await expect(el).to.be.accessible();
    });

    it('without alt, says the image is unavailable in the figure language and keeps the caption once', async () => {
      const failed = failures();
      const el = await fixture<HTMLElement>(
        html`<div lang="vi">
          <press-figure src="/missing-vi.png" credit="TTXVN">Phòng họp</press-figure>
        </div>`,
      );
      const figure = el.querySelector('press-figure')!;
      await failed.first;
      await figure.updateComplete;
      expect(part(figure, 'fallback')!.textContent).to.equal(stringsFor('vi').imageUnavailable);
      expect(flatText(figure).split('Phòng họp')).to.have.length(2);
      expect(box(part(figure, 'media')!).height).to.be.greaterThan(0);
      failed.stop();
    });

    it('says it in English, marked as English, where no translation was given (WCAG 3.1.2)', async () => {
      const failed = failures();
      const el = await fixture<HTMLElement>(
        html`<div lang="sw"><press-figure src="/missing-sw.png">Mkutano</press-figure></div>`,
      );
      const figure = el.querySelector('press-figure')!;
      await failed.first;
      await figure.updateComplete;
      const fallback = part(figure, 'fallback')!;
      expect(fallback.textContent).to.equal(stringsFor('en').imageUnavailable);
      expect(spokenLang(fallback)).to.equal('en');
      failed.stop();
    });

    it('handles a slotted image that fails: its alt text shows, the event fires once', async () => {
      const { events, first, stop } = failures();
      const el = await fixture<PressFigure>(
        html`<press-figure
          ><img slot="media" src="/missing-slotted.png" alt="Flooded street" />Caption</press-figure
        >`,
      );
      await enhanced(el);
      await first;
      await el.updateComplete;
      await aTimeout(50);
      expect(events).to.have.length(1);
      expect(events[0]!.detail.src).to.equal(new URL('/missing-slotted.png', location.href).href);
      expect(el.querySelector('img')!.checkVisibility()).to.be.false;
      expect(part(el, 'fallback')!.textContent).to.equal('Flooded street');
      stop();
      await expect(el).to.be.accessible();
    });

    it('notices a slotted image that failed before the figure saw it', async () => {
      const img = new Image();
      img.src = '/missing-before.png';
      img.alt = 'Before';
      img.slot = 'media';
      await new Promise((resolve) => img.addEventListener('error', resolve, { once: true }));
      const el = document.createElement('press-figure');
      const failed = oneEvent<PressFigureErrorEvent>(el, 'press-figure-error');
      el.append(img);
      document.body.append(el);
      try {
        const event = await failed;
        expect(event.detail.src).to.equal(img.currentSrc || img.src);
        await el.updateComplete;
        expect(part(el, 'fallback')!.textContent).to.equal('Before');
      } finally {
        el.remove();
      }
    });

    it('drops unsafe URLs with one warning and renders no image for them', async () => {
      let el!: PressFigure;
      const warnings = await captureWarnings(async () => {
        el = await fixture<PressFigure>(
          html`<press-figure
            src="javascript:alert(1)"
            srcset="javascript:alert(2) 2x,JAVASCRIPT:alert(3) 3x"
            caption="x"
          ></press-figure>`,
        );
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(shadowImage(el) === null).to.be.true;
      expect(warnings.filter((w) => w.includes('unsafe URL'))).to.have.length(3);
      expect(warnings.filter((w) => w.includes('javascript:alert(1)'))).to.have.length(1);
    });

    it('keeps the safe candidates of a partly unsafe srcset', async () => {
      let el!: PressFigure;
      await captureWarnings(async () => {
        el = await fixture<PressFigure>(
          html`<press-figure
            src=${image}
            srcset="${image} 1x,javascript:alert(1) 2x"
            alt="x"
          ></press-figure>`,
        );
      });
      expect(shadowImage(el).getAttribute('srcset')).to.equal(`${image} 1x`);
    });
  });

  describe('caption, credit and text alternative', () => {
    it('prefixes the credit in the figure language, without doubling it', async () => {
      for (const lang of ['vi', 'en', 'fr-CA']) {
        const prefix = stringsFor(lang).creditPrefix;
        const el = await fixture<HTMLElement>(
          html`<div lang=${lang}>
            <press-figure src=${image} alt="x" credit="TTXVN"></press-figure>
            <press-figure src=${image} alt="x" credit=${`${prefix} Reuters`}></press-figure>
          </div>`,
        );
        const [first, second] = el.querySelectorAll('press-figure');
        expect(part(first!, 'credit')!.textContent).to.equal(`${prefix} TTXVN`);
        expect(part(second!, 'credit')!.textContent).to.equal(`${prefix} Reuters`);
      }
      expect(stringsFor('vi').creditPrefix).to.equal('Ảnh:');
      expect(stringsFor('en').creditPrefix).to.equal('Photo:');
    });

    it('marks an English prefix standing in for a missing translation as English (WCAG 3.1.2)', async () => {
      const el = await fixture<HTMLElement>(
        html`<div lang="sw"><press-figure src=${image} alt="x" credit="AP"></press-figure></div>
          <div lang="vi"><press-figure src=${image} alt="x" credit="AP"></press-figure></div>`,
      );
      const [swahili, vietnamese] = el.parentElement!.querySelectorAll('press-figure');
      const credit = part(swahili!, 'credit')!;
      expect(credit.textContent).to.equal(`${stringsFor('en').creditPrefix} AP`);
      expect(spokenLang(credit.querySelector('span')!)).to.equal('en');
      expect(spokenLang(credit.querySelector('bdi')!)).to.equal('sw');
      expect(spokenLang(part(vietnamese!, 'credit')!.querySelector('span')!)).to.equal('vi');
    });

    it('takes the prefix of any other language from registered strings', async () => {
      registerStrings('th', { creditPrefix: 'ภาพ:' });
      const el = await fixture<HTMLElement>(
        html`<div lang="th"><press-figure src=${image} alt="x" credit="AP"></press-figure></div>`,
      );
      expect(part(el.querySelector('press-figure')!, 'credit')!.textContent).to.equal('ภาพ: AP');
    });

    it('lets slotted caption markup win over the attribute', async () => {
      const el = await fixture<PressFigure>(
        html`<press-figure src=${image} alt="x" caption="From the attribute"
          >From <a href="#a">the slot</a></press-figure
        >`,
      );
      expect(flatText(el)).to.include('From the slot');
      expect(flatText(el)).not.to.include('From the attribute');
    });

    it('describes its own image with the caption and credit when alt is given', async () => {
      const el = await fixture<PressFigure>(
        html`<press-figure src=${image} alt="Officers" credit="TTXVN" lang="en"
          >A meeting</press-figure
        >`,
      );
      const img = shadowImage(el);
      expect(img.alt).to.equal('Officers');
      const description = el.shadowRoot!.getElementById(img.getAttribute('aria-describedby')!)!;
      expect(flatText(description)).to.equal(`A meeting ${stringsFor('en').creditPrefix} TTXVN`);
      expect(img.hasAttribute('aria-labelledby')).to.be.false;
      await expect(el).to.be.accessible();
    });

    it('names its own image with the caption when alt is missing, and asks for alt once', async () => {
      let el!: PressFigure;
      const warnings = await captureWarnings(async () => {
        el = await fixture<PressFigure>(
          html`<press-figure src=${`${image}?without-alt`}>Officers at a meeting</press-figure>`,
        );
        await enhanced(el);
        el.requestUpdate();
        await enhanced(el);
      });
      const img = shadowImage(el);
      expect(img.hasAttribute('alt')).to.be.false;
      const label = el.shadowRoot!.getElementById(img.getAttribute('aria-labelledby')!)!;
      expect(flatText(label)).to.equal('Officers at a meeting');
      expect(warnings.filter((w) => w.includes('alt text'))).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('hides a decorative image from assistive technology, without a warning', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<HTMLElement>(
          html`<div>
            <press-figure src=${`${image}?decorative`} decorative alt="ignored"
              >Caption</press-figure
            >
            <press-figure src=${`${image}?empty-alt`} alt="">Caption</press-figure>
          </div>`,
        );
        for (const figure of el.querySelectorAll('press-figure')) {
          await enhanced(figure);
          const img = shadowImage(figure);
          expect(img.getAttribute('alt')).to.equal('');
          expect(img.hasAttribute('aria-describedby')).to.be.false;
          expect(img.hasAttribute('aria-labelledby')).to.be.false;
          await expect(figure).to.be.accessible();
        }
      });
      expect(warnings.filter((w) => w.includes('alt text'))).to.have.length(0);
    });

    it('gives a slotted image the caption as its description, next to its own alt', async () => {
      const el = await fixture<PressFigure>(
        html`<press-figure credit="TTXVN" lang="vi"
          ><img slot="media" src=${image} alt="Cán bộ họp" />Phòng An ninh
          <em>họp</em></press-figure
        >`,
      );
      await enhanced(el);
      const img = el.querySelector('img')!;
      expect(img.getAttribute('aria-description')).to.equal(
        `Phòng An ninh họp ${stringsFor('vi').creditPrefix} TTXVN`,
      );
      expect(img.hasAttribute('aria-label')).to.be.false;
      await expect(el).to.be.accessible();
    });

    it('names a slotted image without alt by its caption (no image-alt violation)', async () => {
      let el!: PressFigure;
      const warnings = await captureWarnings(async () => {
        // Built by hand: the image without alt is the point (lint would stop it in a template).
        const picture = document.createElement('picture');
        picture.slot = 'media';
        picture.append(Object.assign(new Image(), { src: `${image}?no-alt` }));
        el = await fixture<PressFigure>(
          html`<press-figure>${picture}Flooded street in Huế</press-figure>`,
        );
        await enhanced(el);
      });
      const img = el.querySelector('img')!;
      expect(img.getAttribute('aria-label')).to.equal('Flooded street in Huế');
      expect(warnings.filter((w) => w.includes('alt text'))).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('follows caption changes, and leaves decorative slotted images and portal ARIA alone', async () => {
      const el = await fixture<HTMLElement>(
        html`<div>
          <press-figure caption="First"
            ><img slot="media" src=${image} alt="Harbour at dawn"
          /></press-figure>
          <press-figure caption="Ignored"><img slot="media" src=${image} alt="" /></press-figure>
          <press-figure caption="Ignored"
            ><img
              slot="media"
              src=${image}
              alt="Harbour at dawn"
              aria-description="The portal's own"
          /></press-figure>
        </div>`,
      );
      const [changing, decorative, own] = el.querySelectorAll('press-figure');
      for (const figure of [changing!, decorative!, own!]) await enhanced(figure);
      changing!.caption = 'Second';
      await enhanced(changing!);
      expect(changing!.querySelector('img')!.getAttribute('aria-description')).to.equal('Second');
      expect(decorative!.querySelector('img')!.hasAttribute('aria-description')).to.be.false;
      expect(decorative!.querySelector('img')!.hasAttribute('aria-label')).to.be.false;
      expect(own!.querySelector('img')!.getAttribute('aria-description')).to.equal(
        "The portal's own",
      );
    });
  });

  describe('any language and script', () => {
    it('lays a right-to-left caption out from the right, with the credit isolated', async () => {
      registerStrings('ar', { creditPrefix: 'تصوير:' });
      const el = await fixture<HTMLElement>(
        html`<div lang="ar" dir="rtl" style="inline-size: 400px">
          <press-figure src=${image} alt="اجتماع" credit="Reuters" width="600" height="400"
            >اجتماع في القاهرة</press-figure
          >
        </div>`,
      );
      const figure = el.querySelector('press-figure')!;
      const caption = part(figure, 'caption')!;
      expect(getComputedStyle(caption).direction).to.equal('rtl');
      const range = document.createRange();
      range.selectNodeContents(figure);
      const text = range.getBoundingClientRect();
      expect(text.right).to.be.closeTo(box(caption).right, 1);
      expect(text.left).to.be.greaterThan(box(caption).left + 50);
      expect(part(figure, 'credit')!.textContent).to.equal('تصوير: Reuters');
      expect(part(figure, 'credit')!.querySelector('bdi')).to.exist;
      await expect(figure).to.be.accessible();
    });

    it('never slants captions by default, nor synthesises italics for scripts without them', async () => {
      const el = await fixture<HTMLElement>(
        html`<div>
          <style>
            .italic-theme::part(caption) {
              font-style: italic;
            }
          </style>
          <press-figure lang="ja" src=${image} alt="会議">東京での会議</press-figure>
          <press-figure lang="zh" class="italic-theme" src=${image} alt="会议"
            >北京的会议</press-figure
          >
        </div>`,
      );
      const [ja, zh] = el.querySelectorAll('press-figure');
      expect(getComputedStyle(part(ja!, 'caption')!).fontStyle).to.equal('normal');
      const themed = getComputedStyle(part(zh!, 'caption')!);
      expect(themed.fontStyle).to.equal('italic');
      expect(themed.getPropertyValue('font-synthesis-style')).to.equal('none');
    });
  });

  describe('print', () => {
    it('keeps a figure in one piece with its caption and credit in full', async () => {
      const long = 'Một chú thích rất dài '.repeat(20).trim();
      const el = await fixture<PressFigure>(
        html`<press-figure src=${image} alt="x" credit="TTXVN" lang="vi">${long}</press-figure>`,
      );
      expect(getComputedStyle(el).breakInside).to.equal('avoid');
      const caption = part(el, 'caption')!;
      expect(getComputedStyle(caption).display).not.to.equal('none');
      expect(caption.scrollHeight).to.be.at.most(caption.clientHeight + 1);
      expect(flatText(caption)).to.equal(`${long} ${stringsFor('vi').creditPrefix} TTXVN`);
    });
  });
});
