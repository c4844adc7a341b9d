import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import customElements from '../custom-elements.json' with { type: 'json' };
import '../src/define.js';

setCustomElementsManifest(customElements);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};

export default preview;
