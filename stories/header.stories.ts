import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import { stackedMarkSamples } from '../fixtures/samples/stacked-marks.js';
import type { PressHeader } from '../src/index.js';
import { inToolbarLanguage, samples, type Language } from './samples/content.js';

const { args, argTypes, template } = getStorybookHelpers<PressHeader>('press-header');

const vi = samples.vi;

/**
 * The article's header. The recommended form is the portal's own markup in the `kicker`,
 * `headline` and `standfirst` slots; the attributes give the same result for a CMS that only
 * has strings. Exactly one heading carries the headline in every form.
 */
const meta: Meta = {
  title: 'Components/Header',
  component: 'press-header',
  args: { ...args, kicker: vi.kicker, headline: vi.headline, standfirst: vi.standfirst },
  argTypes,
  // The default content follows Storybook's language toolbar.
  render: (storyArgs, { globals }) =>
    template(
      inToolbarLanguage(storyArgs, globals.lang, {
        kicker: (sample) => sample.kicker,
        headline: (sample) => sample.headline,
        standfirst: (sample) => sample.standfirst,
      }),
    ),
};
export default meta;

type Story = StoryObj;

/** Every part from attributes, as a CMS with plain strings would write it. */
export const Attributes: Story = {};

/** The recommended form: the portal's own `<h1>`, kicker link and paragraph in slots. */
export const Slotted: Story = {
  args: { kicker: '', headline: '', standfirst: '' },
  render: (storyArgs) =>
    template(
      storyArgs,
      html`<a slot="kicker" href="#section">${vi.kicker}</a>
        <h1 slot="headline">${vi.headline}</h1>
        <p slot="standfirst">${vi.standfirst}</p>`,
    ),
};

/** Slotted markup wins over the attributes when both are given. */
export const SlottedWinsOverAttributes: Story = {
  args: { headline: 'This attribute headline is not shown' },
  render: (storyArgs) => template(storyArgs, html`<h1 slot="headline">${vi.headline}</h1>`),
};

/** The kicker as a link to its section, from `kicker-href`. */
export const KickerLink: Story = { args: { 'kicker-href': '#section' } };

/** A slotted headline that is not a heading element gets the heading role at `level`. */
export const SlottedNonHeading: Story = {
  args: { level: 2 },
  render: (storyArgs) => template(storyArgs, html`<span slot="headline">${vi.headline}</span>`),
};

/** The headline rendered as an `<h2>`, for a page whose `<h1>` is elsewhere. */
export const LevelTwo: Story = { args: { level: 2 } };

/** A very long headline wraps within the measure and never overflows. */
export const VeryLongHeadline: Story = { args: { headline: vi.longHeadline } };

/** A headline and nothing else: kicker and standfirst take no space. */
export const HeadlineOnly: Story = { args: { kicker: '', standfirst: '' } };

/** With nothing to show, the header renders nothing (and no empty heading). */
export const Empty: Story = { args: { kicker: '', headline: '', standfirst: '' } };

function inLanguage(lang: Language, dir: 'ltr' | 'rtl' = 'ltr'): Story {
  const sample = samples[lang];
  return {
    args: { kicker: sample.kicker, headline: sample.headline, standfirst: sample.standfirst },
    render: (storyArgs) => html`<div lang=${lang} dir=${dir}>${template(storyArgs)}</div>`,
  };
}

export const English: Story = inLanguage('en');

/** Right to left: the header mirrors through logical properties; no `dir` on the element. */
export const ArabicRtl: Story = { ...inLanguage('ar', 'rtl'), name: 'Arabic (RTL)' };

/** Japanese: CJK text wraps between characters and is never set in italics. */
export const JapaneseCjk: Story = { ...inLanguage('ja'), name: 'Japanese (CJK)' };

/**
 * Thai, Lao, Khmer, Burmese and Hindi: marks stack above and below the letters, so each script
 * keeps a line-height floor (`--press-header-diacritics-line-height`) above the heading's 1.3.
 * Wrapped narrow to show the space between lines; the reader's system fonts draw them.
 */
export const StackedMarkScripts: Story = {
  name: 'Scripts with stacked marks',
  render: () =>
    html`<div style="max-inline-size: 22rem">
      ${stackedMarkSamples.map(
        ({ lang, headline }) =>
          html`<press-header lang=${lang} level="2" headline=${headline}></press-header>`,
      )}
    </div>`,
};
