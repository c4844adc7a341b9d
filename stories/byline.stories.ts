import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface Args {
  lang: string;
  author: string;
  source: string;
  published: string;
  updated: string;
  timeZone: string;
}

const meta: Meta<Args> = {
  title: 'Components/Byline',
  component: 'press-byline',
  args: {
    lang: 'vi',
    author: 'Bích Nga',
    source: 'VOV',
    published: '2017-03-02T09:15:00+07:00',
    updated: '2017-03-02T14:40:00+07:00',
    timeZone: 'Asia/Ho_Chi_Minh',
  },
  render: (args) =>
    html`<press-byline
      lang=${args.lang}
      author=${args.author}
      source=${args.source}
      published=${args.published}
      updated=${args.updated}
      time-zone=${args.timeZone}
    ></press-byline>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Attributes: Story = {};

/** Several authors as the portal's own links, joined as Vietnamese joins a list. */
export const SlottedAuthors: Story = {
  render: (args) =>
    html`<press-byline lang=${args.lang} published=${args.published} time-zone=${args.timeZone}>
      <a href="#bich-nga">Bích Nga</a>
      <a href="#minh-anh">Minh Anh</a>
    </press-byline>`,
};

export const English: Story = { args: { lang: 'en', source: 'Reuters' } };
