import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { images } from './samples/content.js';
import trafficBody from '../test/legacy/corpus/vietnamese/giao-thong-01.html?raw';
import wordBody from '../test/legacy/corpus/vietnamese/word-paste-01.html?raw';

/**
 * A body as the seed portal's editors write it (CKEditor output: `font-size:14px` in nested
 * spans, a caption paragraph after the photo; and a Word paste in pt), from the test corpus.
 * Parsed inertly (DOMParser runs no script) and cloned for each render.
 */
function body(markup: string): Node[] {
  const parsed = new DOMParser().parseFromString(
    markup.replaceAll('../../../../fixtures/seed-article/images', images),
    'text/html',
  );
  return [...parsed.body.childNodes].map((node) => document.importNode(node, true));
}

const legacy = `${trafficBody}\n${wordBody}`;

interface State {
  'font-scale': number;
  contrast: 'normal' | 'more' | 'most';
  'text-spacing': boolean;
  /** Legacy figures become `<press-figure>`s. */
  upgrade: boolean;
}

/** The same body as the portal shows it today (left) and wrapped in `<press-article>` (right). */
const beforeAndAfter = ({
  'font-scale': fontScale,
  contrast,
  'text-spacing': spacing,
  upgrade,
}: State) =>
  html`<div
    style="display:grid;grid-template-columns:repeat(auto-fit,minmax(20rem,1fr));gap:2rem;align-items:start"
  >
    <div>
      <h2 style="font:600 1rem system-ui">Before: the body alone</h2>
      <div lang="vi">${body(legacy)}</div>
    </div>
    <div>
      <h2 style="font:600 1rem system-ui">
        After: in &lt;press-article${upgrade ? ' upgrade' : ''}&gt;
      </h2>
      <press-article
        lang="vi"
        font-scale=${fontScale}
        contrast=${contrast}
        ?text-spacing=${spacing}
        ?upgrade=${upgrade}
        >${body(legacy)}</press-article
      >
    </div>
  </div>`;

/**
 * What a portal gets by wrapping the body it already has in `<press-article>`: the reader's text
 * size reaches the runs the editor sized in px or pt, raised contrast and text spacing override
 * the inline colours and spacing, and the photo and tables fit a phone; with `upgrade`, the photo
 * and its caption paragraph become a captioned `<press-figure>`. Each story is one toolbar state,
 * the body alone on the left for comparison (it does not follow the reader's choices).
 */
const meta: Meta<State> = {
  title: 'Legacy content',
  args: { 'font-scale': 1, contrast: 'normal', 'text-spacing': false, upgrade: false },
  argTypes: {
    'font-scale': { control: { type: 'range', min: 0.875, max: 2, step: 0.125 } },
    contrast: { control: 'inline-radio', options: ['normal', 'more', 'most'] },
    'text-spacing': { control: 'boolean' },
    upgrade: { control: 'boolean' },
  },
  render: beforeAndAfter,
};
export default meta;

type Story = StoryObj<State>;

/** At the portal's own size: nothing changes. */
export const AsWritten: Story = {};

/** Text at 200 %: the 14 px spans and 12 pt runs scale with the rest. */
export const LargestText: Story = { args: { 'font-scale': 2 } };

/** The light raised level: the editor's grey and coloured runs reach 7:1. */
export const ContrastMore: Story = { args: { contrast: 'more' } };

/** The dark raised level. */
export const ContrastMost: Story = { args: { contrast: 'most' } };

/** WCAG 1.4.12 text spacing over the editor's inline line heights and margins. */
export const TextSpacing: Story = { args: { 'text-spacing': true } };

/** Every choice at once, as an older reader on a phone might set them. */
export const Everything: Story = {
  args: { 'font-scale': 2, contrast: 'most', 'text-spacing': true },
};

/** With `upgrade`: the photo and the caption paragraph after it become one captioned figure. */
export const Upgraded: Story = { args: { upgrade: true } };

/** Upgraded, with every choice of the reader at once. */
export const UpgradedEverything: Story = {
  args: { upgrade: true, 'font-scale': 2, contrast: 'most', 'text-spacing': true },
};
