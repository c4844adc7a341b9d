/** What a page's own script uses beside the elements: strings, preferences, registration, events. */
export { defineElement } from './define-element.js';
export { eventsRef } from './events-ref.js';
export { registerStrings, type PressStrings } from './i18n.js';
export {
  preferencesStore,
  STORAGE_KEY,
  FONT_SCALES,
  type Contrast,
  type ReadingPreferences,
} from './preferences-store.js';
