import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import type { PressAuthor } from '../src/index.js';
import { images, samples } from './samples/content.js';

const { args, argTypes, template } = getStorybookHelpers<PressAuthor>('press-author');

/** In its byline, as a portal writes it (the byline joins several authors as a list). */
function inByline(content: ReturnType<typeof template>) {
  return html`<press-byline>${content}</press-byline>`;
}

/**
 * One author of a byline: a name (text or the portal's link), optionally a role ("Phóng viên")
 * and an avatar. Put one per author inside `<press-byline>`.
 */
const meta: Meta = {
  title: 'Components/Author',
  component: 'press-author',
  args: { ...args, name: samples.vi.authors[0]!.name },
  argTypes,
  render: (storyArgs) => inByline(template(storyArgs)),
};
export default meta;

type Story = StoryObj;

/** A name from the attribute. */
export const Name: Story = {};

/** A link to the author's page from `href`, and a role in the language's brackets. */
export const LinkAndRole: Story = { args: { href: '#bich-nga', 'job-title': 'Phóng viên' } };

/** With an avatar (`alt=""`: the name is beside it). */
export const WithAvatar: Story = {
  args: { href: '#bich-nga', 'job-title': 'Phóng viên', avatar: `${images}/meeting-600.png` },
};

/** The recommended form: the portal's own link and role markup, never rewritten. */
export const Slotted: Story = {
  args: { name: '' },
  render: (storyArgs) =>
    inByline(
      template(
        storyArgs,
        html`<a href="#bich-nga">Bích Nga</a><span slot="role">Phóng viên</span>`,
      ),
    ),
};

/** A `javascript:` link is dropped with one warning; the name stays as text. */
export const UnsafeLinkDropped: Story = { args: { href: 'javascript:alert(1)' } };

/** Right to left: the role's brackets follow the language and the name is isolated. */
export const ArabicRtl: Story = {
  name: 'Arabic (RTL)',
  args: { name: samples.ar.authors[0]!.name, href: '#layla', 'job-title': 'مراسلة' },
  render: (storyArgs) => html`<div lang="ar" dir="rtl">${inByline(template(storyArgs))}</div>`,
};

/** Japanese: full-width brackets around the role. */
export const JapaneseCjk: Story = {
  name: 'Japanese (CJK)',
  args: { name: samples.ja.authors[0]!.name, 'job-title': '記者' },
  render: (storyArgs) => html`<div lang="ja">${inByline(template(storyArgs))}</div>`,
};
