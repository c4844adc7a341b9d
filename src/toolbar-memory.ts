/**
 * Whether the reader left the compact toolbar open, remembered per origin like the reading
 * preferences, but apart from them: opening the toolbar changes nothing in the article, so it
 * fires no preferences event. Storage that throws keeps the choice in memory for the page.
 */
import { readStored, store } from './safe-storage.js';

export const TOOLBAR_OPEN_KEY = 'press-elements:toolbar-open:v1';

/** Set only when storage refused the last choice: it then holds for the rest of the page. */
let unsaved: boolean | undefined;

/** The reader's last choice, or undefined when they never made one. */
export function rememberedOpen(): boolean | undefined {
  if (unsaved !== undefined) return unsaved;
  const stored = readStored(TOOLBAR_OPEN_KEY);
  return stored === 'true' ? true : stored === 'false' ? false : undefined;
}

export function rememberOpen(open: boolean): void {
  // Blocked or full storage: remembered for this page only.
  unsaved = store(TOOLBAR_OPEN_KEY, String(open)) ? undefined : open;
}
