import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface Args {
  fontScale: number;
  contrast: '' | 'normal' | 'more' | 'most';
}

const meta: Meta<Args> = {
  title: 'Components/Article',
  component: 'press-article',
  args: { fontScale: 1, contrast: '' },
  argTypes: {
    fontScale: { control: { type: 'range', min: 0.875, max: 2, step: 0.125 } },
    contrast: { control: 'inline-radio', options: ['', 'normal', 'more', 'most'] },
  },
  render: ({ fontScale, contrast }) =>
    html`<press-article lang="vi" font-scale=${fontScale} contrast=${contrast}>
      <press-header headline="Lực lượng An ninh chính trị nội bộ vững vàng"></press-header>
      <p>
        Kon Tum là một tỉnh thuộc vùng cực bắc Tây Nguyên, nằm ở ngã ba Đông Dương, có đường biên
        giới dài giáp với nước bạn Lào và Campuchia.
      </p>
      <press-byline author="Bích Nga"></press-byline>
    </press-article>`,
};
export default meta;

export const Default: StoryObj<Args> = {};
export const HighContrast: StoryObj<Args> = { args: { contrast: 'more' } };
export const DarkHighContrast: StoryObj<Args> = { args: { contrast: 'most' } };
export const LargeText: StoryObj<Args> = { args: { fontScale: 2 } };
