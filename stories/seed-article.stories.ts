import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { seedArticle } from '../fixtures/seed-article.js';

const meta: Meta = {
  title: 'Articles/Seed article',
  parameters: { layout: 'fullscreen' },
  tags: ['!autodocs'],
};
export default meta;

/** The Vietnamese portal's article as its readers see it, written in slotted markup. */
export const SeedArticle: StoryObj = {
  name: 'Seed article',
  render: () => seedArticle({ form: 'slotted' }),
};

/** The same article written with attributes only. */
export const SeedArticleAttributes: StoryObj = {
  name: 'Seed article (attributes only)',
  render: () => seedArticle({ form: 'attributes', id: 'seed-attributes' }),
};
