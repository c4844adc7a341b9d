import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import type { PressArticle } from '../src/index.js';
import { images, samples, srcsetOf } from './samples/content.js';

const { args, argTypes, template } = getStorybookHelpers<PressArticle>('press-article');

const vi = samples.vi;

/** A short article: every element once, in slotted markup. */
const body = html`<press-header>
    <span slot="kicker">${vi.kicker}</span>
    <h2 slot="headline">${vi.headline}</h2>
    <p slot="standfirst">${vi.standfirst}</p>
  </press-header>
  <p>${vi.paragraph} <a href="#more">Đọc thêm</a></p>
  <press-figure
    src="${images}/meeting-1200.png"
    srcset=${srcsetOf('meeting')}
    sizes="(max-width: 48rem) 100vw, 48rem"
    width="1200"
    height="800"
    credit=${vi.credit}
    >${vi.caption}</press-figure
  >
  <press-byline published=${vi.published} time-zone=${vi.timeZone}>
    <a href="#bich-nga">${vi.authors[0]!.name}</a>
  </press-byline>`;

/**
 * The article root: applies the reader's text size (`font-scale`) and contrast (`contrast`) to
 * everything inside it, and follows the nearest `lang` and `dir`. A portal may set either
 * attribute on one article; otherwise the reader's saved choice (or the OS) decides.
 */
const meta: Meta = {
  title: 'Components/Article',
  component: 'press-article',
  args: { ...args, 'font-scale': 1, contrast: 'normal' },
  argTypes: {
    ...argTypes,
    'font-scale': {
      ...argTypes['font-scale'],
      control: { type: 'range', min: 0.875, max: 2, step: 0.125 },
    },
    contrast: {
      ...argTypes.contrast,
      control: 'inline-radio',
      options: ['normal', 'more', 'most'],
    },
  },
  render: (storyArgs) => template(storyArgs, body),
};
export default meta;

type Story = StoryObj;

export const Default: Story = {};

/** The light raised level: every text 7:1 or better. */
export const ContrastMore: Story = { args: { contrast: 'more' } };

/** The dark raised level: every text 7:1 or better; photos are never inverted. */
export const ContrastMost: Story = { args: { contrast: 'most' } };

/** Smallest text size, 87.5 %. */
export const SmallestText: Story = { args: { 'font-scale': 0.875 } };

/** Text at 200 %: headings, captions and byline all scale with the body. */
export const LargestText: Story = { args: { 'font-scale': 2 } };

/** WCAG 1.4.12 text spacing (`text-spacing`), without clipping stacked diacritics (ệ, ẫ). */
export const TextSpacing: Story = { args: { 'text-spacing': true } };

/**
 * With `publisher`, the article's NewsArticle JSON-LD names it; `no-structured-data` turns the
 * JSON-LD off. Nothing visible changes: inspect the article's `<script type="application/ld+json">`.
 */
export const StructuredData: Story = { args: { publisher: 'Công an tỉnh Kon Tum' } };
