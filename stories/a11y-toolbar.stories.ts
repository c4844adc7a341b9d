import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html, nothing } from 'lit';
import type { PressA11yToolbar } from '../src/index.js';
import { samples, type Language } from './samples/content.js';

const { args, argTypes, template } = getStorybookHelpers<PressA11yToolbar>('press-a11y-toolbar');

interface ArticleState {
  lang?: Language;
  fontScale?: number;
  contrast?: 'normal' | 'more' | 'most';
  textSpacing?: boolean;
}

/** The toolbar inside an article of the sample language, in the given reading state. */
function inArticle(storyArgs: Record<string, unknown>, state: ArticleState = {}) {
  const lang = state.lang ?? 'vi';
  const sample = samples[lang];
  return html`<press-article
    lang=${lang}
    dir=${lang === 'ar' ? 'rtl' : nothing}
    font-scale=${state.fontScale ?? nothing}
    contrast=${state.contrast ?? nothing}
    ?text-spacing=${state.textSpacing}
  >
    ${template(storyArgs)}
    <press-header headline=${sample.headline} level="2"></press-header>
    <p>${sample.paragraph}</p>
  </press-article>`;
}

/**
 * The reader's toolbar: `A-` `A` `A+` for text size (87.5 % to 200 %), then contrast up and
 * down (the portal's colours, a light 7:1 level, a dark 7:1 level). One tab stop; Left/Right
 * (mirrored in RTL), Home and End move between controls. A control at its limit stays focusable
 * with `aria-disabled="true"`. Choices persist for the whole site, so a choice made here also
 * reaches the other stories' articles until it is reset.
 */
const meta: Meta = {
  title: 'Components/A11y toolbar',
  component: 'press-a11y-toolbar',
  args,
  argTypes,
  render: (storyArgs) => inArticle(storyArgs, { fontScale: 1, contrast: 'normal' }),
};
export default meta;

type Story = StoryObj;

/** The portal's own labels: A- A A+ | Tăng tương phản Giảm tương phản. */
export const Vietnamese: Story = {};

/** Smallest text (87.5 %): `A-` is at its limit, still focusable, `aria-disabled`. */
export const SmallestText: Story = {
  render: (storyArgs) => inArticle(storyArgs, { fontScale: 0.875, contrast: 'normal' }),
};

/** Largest text (200 %, WCAG 1.4.4): `A+` is at its limit. */
export const LargestText: Story = {
  render: (storyArgs) => inArticle(storyArgs, { fontScale: 2, contrast: 'normal' }),
};

/** Contrast at the portal's default: only "increase contrast" is active. */
export const ContrastNormal: Story = {
  render: (storyArgs) => inArticle(storyArgs, { fontScale: 1, contrast: 'normal' }),
};

/** The light raised level: body text 7:1 or better, links underlined. */
export const ContrastMore: Story = {
  render: (storyArgs) => inArticle(storyArgs, { fontScale: 1, contrast: 'more' }),
};

/** The dark raised level, the highest: "increase contrast" is at its limit. */
export const ContrastMost: Story = {
  render: (storyArgs) => inArticle(storyArgs, { fontScale: 1, contrast: 'most' }),
};

/** Text spacing on (WCAG 1.4.12): the toggle shows as pressed. */
export const TextSpacingOn: Story = {
  render: (storyArgs) =>
    inArticle(storyArgs, { fontScale: 1, contrast: 'normal', textSpacing: true }),
};

/** Everything at once: largest text, dark high contrast and text spacing. */
export const LargestTextDarkContrastSpacing: Story = {
  name: 'Largest text, darkest contrast, spacing',
  render: (storyArgs) =>
    inArticle(storyArgs, { fontScale: 2, contrast: 'most', textSpacing: true }),
};

/** No saved choice and no portal setting: the OS decides (`prefers-contrast`). */
export const FollowingTheSystem: Story = {
  render: (storyArgs) => inArticle(storyArgs, { fontScale: 1 }),
};

/** Built-in English labels. */
export const English: Story = {
  render: (storyArgs) => inArticle(storyArgs, { lang: 'en', fontScale: 1, contrast: 'normal' }),
};

/** Right to left: the controls' order and the arrow keys are mirrored. */
export const ArabicRtl: Story = {
  name: 'Arabic (RTL)',
  render: (storyArgs) => inArticle(storyArgs, { lang: 'ar', fontScale: 1, contrast: 'normal' }),
};

/** Japanese article around the toolbar. */
export const JapaneseCjk: Story = {
  name: 'Japanese (CJK)',
  render: (storyArgs) => inArticle(storyArgs, { lang: 'ja', fontScale: 1, contrast: 'normal' }),
};

/** A toolbar outside the article, pointed at it with `for`. */
export const ControllingAnotherArticle: Story = {
  args: { for: 'story-article' },
  render: (storyArgs) =>
    html`${template(storyArgs)}
      <press-article id="story-article" lang="vi">
        <p>${samples.vi.paragraph}</p>
      </press-article>`,
};

/**
 * The compact form (`layout="compact"`, and what `auto` shows below 30rem of width): one button,
 * one row, named like the toolbar; it opens the same toolbar below it, and Esc closes it again.
 * The reader's choice is remembered for the site.
 */
export const Compact: Story = {
  args: { layout: 'compact' },
};

/** The compact form, opened: the button stays where it was, the controls come below it. */
export const CompactOpen: Story = {
  name: 'Compact, open',
  args: { layout: 'compact', open: true },
};

/** A 360 px phone: `auto` picks the compact form by the toolbar's own width. */
export const Phone: Story = {
  name: 'Phone (360 px)',
  render: (storyArgs) =>
    html`<div style="inline-size: 360px">
      ${inArticle(storyArgs, { fontScale: 1, contrast: 'normal' })}
    </div>`,
};

const galleryWidths = [320, 768, 1280, 1920];
const galleryStates: [string, ArticleState, Record<string, unknown>][] = [
  ['default', { fontScale: 1, contrast: 'normal' }, {}],
  ['open', { fontScale: 1, contrast: 'normal' }, { open: true }],
  [
    'largest text, darkest contrast, spacing',
    { fontScale: 2, contrast: 'most', textSpacing: true },
    { open: true },
  ],
  ['Arabic, light contrast', { lang: 'ar', fontScale: 1.5, contrast: 'more' }, { open: true }],
];

/**
 * Every width the toolbar is tested at (320, 768, 1,280, 1,920 px) in four states: a screenshot
 * set for designers. At 320 px `auto` shows the compact form; "open" is the reader's choice there.
 */
export const AtEveryWidth: Story = {
  name: 'At every width and state',
  render: (storyArgs) =>
    html`${galleryWidths.map(
      (width) =>
        html`<h2 style="font: 600 1rem system-ui; margin: 1.5rem 0 0.5rem">${width} px</h2>
          ${galleryStates.map(
            ([label, state, extra]) =>
              html`<p style="font: 0.875rem system-ui; margin: 0.5rem 0">${label}</p>
                <div style="inline-size: ${width}px; outline: 1px dashed #767676">
                  ${inArticle({ ...storyArgs, ...extra }, state)}
                </div>`,
          )}`,
    )}`,
};
