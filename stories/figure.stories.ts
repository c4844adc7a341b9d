import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

const images = '/fixtures/seed-article/images';

interface Args {
  src: string;
  srcset: string;
  sizes: string;
  alt?: string;
  width: number;
  height: number;
  loading: 'lazy' | 'eager';
  credit: string;
  caption: string;
}

const meta: Meta<Args> = {
  title: 'Components/Figure',
  component: 'press-figure',
  args: {
    src: `${images}/meeting-1200.png`,
    srcset: `${images}/meeting-600.png 600w, ${images}/meeting-1200.png 1200w, ${images}/meeting-2400.png 2400w`,
    sizes: '(max-width: 48rem) 100vw, 48rem',
    width: 1200,
    height: 800,
    loading: 'lazy',
    credit: 'TTXVN',
    caption: 'Phòng An ninh chính trị nội bộ họp triển khai công tác bảo vệ',
  },
  argTypes: { loading: { control: 'inline-radio', options: ['lazy', 'eager'] } },
  render: (args) =>
    html`<div lang="vi" style="max-inline-size: 48rem">
      <press-figure
        src=${args.src}
        srcset=${args.srcset}
        sizes=${args.sizes}
        alt=${ifDefined(args.alt)}
        width=${args.width}
        height=${args.height}
        loading=${args.loading}
        credit=${args.credit}
        caption=${args.caption}
      ></press-figure>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

/** The lead photo: loaded eagerly and first. */
export const Eager: Story = { args: { loading: 'eager' } };

/** The caption as slotted markup, with a link. */
export const SlottedCaption: Story = {
  render: (args) =>
    html`<div lang="vi" style="max-inline-size: 48rem">
      <press-figure src=${args.src} width="1200" height="800" credit=${args.credit}>
        Phòng An ninh chính trị nội bộ <a href="#kiem-tra">kiểm tra</a> các cơ sở
      </press-figure>
    </div>`,
};

/** An image that fails to load keeps its box and shows the alt text. */
export const FailedImage: Story = {
  args: { src: '/missing-photo.png', srcset: '', alt: 'Cán bộ họp tại phòng An ninh' },
};
