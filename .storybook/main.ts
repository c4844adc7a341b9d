import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Only the images: the fixture's JSON must stay a module that Vite serves, not a static file.
  staticDirs: [{ from: '../fixtures/seed-article/images', to: '/fixtures/seed-article/images' }],
  core: { disableTelemetry: true },
};

export default config;
