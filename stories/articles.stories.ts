import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { seedArticle } from '../fixtures/seed-article.js';
import { arabic, articlePage, english, japanese } from './samples/articles.js';

/** A page as a reader meets it: the article is the page's main content. */
function page(article: TemplateResult) {
  return html`<main>${article}</main>`;
}

/**
 * Whole articles as readers see them, toolbar included. Use the toolbar above (theme, language,
 * direction, browser text size) and the article's own toolbar to try every reading state.
 */
const meta: Meta = {
  title: 'Articles',
  parameters: { layout: 'fullscreen' },
  tags: ['!autodocs'],
};
export default meta;

type Story = StoryObj;

/** The Vietnamese portal's article, written in slotted markup (the recommended form). */
export const SeedArticle: Story = {
  name: 'Seed article (vi)',
  render: () => page(seedArticle({ form: 'slotted' })),
};

/** The same article written with attributes only: it renders the same parts. */
export const SeedArticleAttributes: Story = {
  name: 'Seed article, attributes only (vi)',
  render: () => page(seedArticle({ form: 'attributes', id: 'seed-attributes' })),
};

/** The seed article in the seed portal's theme (themes/seed-portal.css). */
export const SeedArticleInPortalTheme: Story = {
  name: 'Seed article in the seed portal theme',
  globals: { theme: 'seed-portal' },
  render: () => page(seedArticle({ form: 'slotted', id: 'seed-portal' })),
};

/** English: three authors, a source, published and updated times in Europe/London. */
export const EnglishArticle: Story = {
  name: 'English article',
  render: () => page(articlePage(english)),
};

/** Arabic, right to left: mirrored layout, localised dates in Asia/Riyadh, a Latin name. */
export const ArabicArticle: Story = {
  name: 'Arabic article (RTL)',
  render: () => page(articlePage(arabic)),
};

/** Japanese: CJK line breaking, no italics, dates in Asia/Tokyo. */
export const JapaneseArticle: Story = {
  name: 'Japanese article (CJK)',
  render: () => page(articlePage(japanese)),
};
