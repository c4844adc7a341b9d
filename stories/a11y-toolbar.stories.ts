import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

const meta: Meta<{ lang: string }> = {
  title: 'Components/A11y toolbar',
  component: 'press-a11y-toolbar',
  args: { lang: 'vi' },
  argTypes: { lang: { control: 'inline-radio', options: ['vi', 'en'] } },
  render: ({ lang }) =>
    html`<press-article lang=${lang}>
      <press-a11y-toolbar></press-a11y-toolbar>
      <p>
        Kon Tum là một tỉnh thuộc vùng cực bắc Tây Nguyên, nằm ở ngã ba Đông Dương, có đường biên
        giới dài giáp với nước bạn Lào và Campuchia.
      </p>
    </press-article>`,
};
export default meta;

export const Vietnamese: StoryObj = {};
export const English: StoryObj = { args: { lang: 'en' } };
