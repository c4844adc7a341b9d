import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import { userEvent } from 'storybook/test';
import type { PressFigure } from '../src/index.js';
import { images, inToolbarLanguage, samples, srcsetOf, type Language } from './samples/content.js';

const { args, argTypes, template } = getStorybookHelpers<PressFigure>('press-figure');

const vi = samples.vi;

/** The first element matching `selector` in `root`, as soon as it is there. */
function added(root: ParentNode & Node, selector: string): Promise<HTMLElement> {
  return new Promise((resolve) => {
    const found = () => root.querySelector<HTMLElement>(selector);
    const now = found();
    if (now) return resolve(now);
    const observer = new MutationObserver(() => {
      const element = found();
      if (!element) return;
      observer.disconnect();
      resolve(element);
    });
    observer.observe(root, { childList: true, subtree: true });
  });
}

/**
 * An image that cannot be decoded: the figure's failure path, without a network error in the
 * console (a missing file would log a 404 that has nothing to do with the element).
 */
const brokenImage = 'data:image/png;base64,iVBORw0KGgo=';

/**
 * A photo with reserved space, caption and localised credit. Give `width` and `height` (the
 * image's own pixels) so nothing below moves while it loads. Lazy by default; the lead image
 * should be `loading="eager"` with `fetchpriority="high"` (never lazy-load the LCP image).
 */
const meta: Meta = {
  title: 'Components/Figure',
  component: 'press-figure',
  args: {
    ...args,
    src: `${images}/meeting-1200.png`,
    srcset: srcsetOf('meeting'),
    sizes: '(max-width: 48rem) 100vw, 48rem',
    width: 1200,
    height: 800,
    alt: vi.alt,
    credit: vi.credit,
    caption: vi.caption,
  },
  argTypes,
  // The default content follows Storybook's language toolbar.
  render: (storyArgs, { globals }) =>
    html`<div style="max-inline-size: 48rem">
      ${template(
        inToolbarLanguage(storyArgs, globals.lang, {
          caption: (sample) => sample.caption,
          alt: (sample) => sample.alt,
          credit: (sample) => sample.credit,
        }),
      )}
    </div>`,
};
export default meta;

type Story = StoryObj;

/** Attributes only, lazy: the alt text names the image and the caption describes it. */
export const Default: Story = {};

/** The lead photo: eager, fetched first. */
export const EagerLeadImage: Story = {
  args: { loading: 'eager', fetchpriority: 'high' },
};

/** The recommended form: the caption as slotted markup, with a link and emphasis. */
export const SlottedCaption: Story = {
  args: { caption: '' },
  render: (storyArgs) =>
    html`<div style="max-inline-size: 48rem">
      ${template(
        storyArgs,
        html`Phòng An ninh chính trị nội bộ <a href="#hop">họp triển khai</a> công tác
          <em>bảo vệ</em>`,
      )}
    </div>`,
};

/** The portal's own `<picture>` in the `media` slot, styled and captioned the same. */
export const SlottedPicture: Story = {
  args: { src: '', srcset: '', sizes: '' },
  render: (storyArgs) =>
    html`<div style="max-inline-size: 48rem">
      ${template(
        storyArgs,
        html`<picture slot="media">
          <source media="(min-width: 40rem)" srcset=${srcsetOf('inspection')} sizes="48rem" />
          <img
            src="${images}/inspection-600.png"
            width="600"
            height="400"
            alt="Cán bộ kiểm tra một cửa hàng in ấn"
          />
        </picture>`,
      )}
    </div>`,
};

/**
 * No alt text, as in the seed portal's CMS: the caption names the image, and a development
 * warning asks for alt text.
 */
export const MissingAlt: Story = { args: { alt: undefined } };

/** A purely decorative image (`decorative`): hidden from assistive technology, caption kept. */
export const Decorative: Story = { args: { alt: undefined, decorative: true } };

/** Zoom (opt-in): activating the image opens the largest candidate in a native `<dialog>`. */
export const Zoom: Story = { args: { zoom: true } };

/** The zoomed view open: keyboard operable, Esc closes it and focus returns to the image. */
export const ZoomOpen: Story = {
  args: { zoom: true, loading: 'eager' },
  play: async ({ canvasElement }) => {
    const figure = canvasElement.querySelector('press-figure')!;
    // A build of the element without zoom has nothing to open.
    if (!('zoom' in figure)) return;
    // The zoom code loads on demand, so the button comes after the first render: wait for the
    // button itself to be added, however long the machine takes, never for a set time.
    const button = await added(figure.shadowRoot!, '[part~="zoom"]');
    await userEvent.click(button);
  },
};

/** The image fails: no broken-image icon, the reserved box stays and shows the alt text. */
export const FailedImage: Story = {
  args: { src: brokenImage, srcset: '', alt: vi.alt },
};

/** The image fails and has no alt: a short localised note, the caption stays where it is. */
export const FailedImageWithoutAlt: Story = {
  args: { src: brokenImage, srcset: '' },
};

/** No image at all: the caption and credit still render, nothing collapses or jumps. */
export const NoImage: Story = { args: { src: '', srcset: '' } };

/** Without `width` and `height` the figure cannot reserve the ratio, but never collapses. */
export const NoDimensions: Story = { args: { width: undefined, height: undefined } };

/** A `javascript:` URL never reaches the DOM: it is dropped with one console warning. */
export const UnsafeUrlDropped: Story = {
  args: { src: 'javascript:alert(1)', srcset: '' },
};

/** A credit that already has the language's prefix is not prefixed twice. */
export const CreditAlreadyPrefixed: Story = { args: { credit: `Ảnh: ${vi.credit}` } };

function inLanguage(lang: Language, dir: 'ltr' | 'rtl' = 'ltr'): Story {
  const sample = samples[lang];
  return {
    args: { caption: sample.caption, credit: sample.credit, alt: sample.alt },
    render: (storyArgs) =>
      html`<div lang=${lang} dir=${dir} style="max-inline-size: 48rem">
        ${template(storyArgs)}
      </div>`,
  };
}

export const English: Story = inLanguage('en');

/** Right to left: caption and credit align to the right and the credit prefix is localised. */
export const ArabicRtl: Story = { ...inLanguage('ar', 'rtl'), name: 'Arabic (RTL)' };

/** Japanese caption: no forced italics, wraps between characters. */
export const JapaneseCjk: Story = { ...inLanguage('ja'), name: 'Japanese (CJK)' };
