import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { article } from '../fixtures/seed-article.js';

interface Args {
  kicker: string;
  headline: string;
  standfirst: string;
  level: number;
}

const meta: Meta<Args> = {
  title: 'Components/Header',
  component: 'press-header',
  args: {
    kicker: article.section[2]!,
    headline: article.headline,
    standfirst: article.lead,
    level: 1,
  },
  render: ({ kicker, headline, standfirst, level }) =>
    html`<press-header
      lang="vi"
      kicker=${kicker}
      headline=${headline}
      standfirst=${standfirst}
      level=${level}
    ></press-header>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Every part from attributes. */
export const Attributes: Story = {};

/** The recommended form: the portal's own markup in slots. */
export const Slotted: Story = {
  render: ({ kicker, headline, standfirst }) =>
    html`<press-header lang="vi">
      <a slot="kicker" href="#lich-su">${kicker}</a>
      <h1 slot="headline">${headline}</h1>
      <p slot="standfirst">${standfirst}</p>
    </press-header>`,
};

/** Only a headline. */
export const HeadlineOnly: Story = { args: { kicker: '', standfirst: '' } };
