import {
  setCustomElementsManifest,
  type Decorator,
  type Preview,
} from '@storybook/web-components-vite';
import { setStorybookHelpersConfig } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import customElements from '../custom-elements.json' with { type: 'json' };
import '../src/define.js';
import { applyTheme, themeNames, themeTitles, type ThemeName } from '../stories/support/themes.js';
import { languages, type Language } from '../stories/samples/content.js';
import { registerSampleStrings } from '../stories/samples/strings.js';
import './preview.css';

setCustomElementsManifest(customElements);
// Storybook plays a portal that adds Arabic and Japanese labels for the toolbar and figures.
registerSampleStrings();
setStorybookHelpersConfig({
  hideArgRef: true,
  categoryOrder: ['attributes', 'properties', 'slots', 'events', 'cssProps', 'cssParts', 'methods'],
});

/** Right-to-left scripts among the toolbar's languages. */
const rtlLanguages = new Set<Language>(['ar']);

/**
 * Applies the toolbar globals: the theme file on the page, the browser's text size on the root
 * (what a reader sets in the browser, so rem and em must follow), and the language and direction
 * on a canvas painted with the theme's colours. Stories that set their own `lang` keep it.
 */
const withReaderSettings: Decorator = (story, { globals }) => {
  const theme = (globals.theme ?? 'default') as ThemeName;
  const lang = (globals.lang ?? 'vi') as Language;
  const dir: string | undefined = ['ltr', 'rtl'].includes(globals.dir as string)
    ? (globals.dir as string)
    : undefined;
  applyTheme(theme);
  const textSize = Number(globals.textSize);
  document.documentElement.style.fontSize = textSize && textSize !== 100 ? `${textSize}%` : '';
  return html`<div
    class="press-canvas"
    lang=${lang}
    dir=${dir ?? (rtlLanguages.has(lang) ? 'rtl' : 'ltr')}
  >
    ${story()}
  </div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withReaderSettings],
  initialGlobals: { theme: 'default', lang: 'vi', dir: 'auto', textSize: '100' },
  globalTypes: {
    theme: {
      description: 'Theme file (themes/*.css)',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: themeNames.map((value) => ({ value, title: themeTitles[value] })),
        dynamicTitle: true,
      },
    },
    lang: {
      description: 'Language of the page around the story',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: languages.map(({ code, name }) => ({ value: code, title: `${name} (${code})` })),
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Text direction of the page around the story',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'auto', title: 'Direction of the language' },
          { value: 'ltr', title: 'Left to right (LTR)' },
          { value: 'rtl', title: 'Right to left (RTL)' },
        ],
        dynamicTitle: true,
      },
    },
    textSize: {
      description: "The reader's browser text size (root font size)",
      toolbar: {
        title: 'Text size',
        icon: 'zoom',
        items: ['100', '125', '150', '200'].map((value) => ({
          value,
          title: `Browser text ${value}%`,
        })),
        dynamicTitle: true,
      },
    },
  },
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
    options: {
      storySort: { order: ['Articles', 'Docs', 'Components', 'Theming'] },
    },
  },
};

export default preview;
