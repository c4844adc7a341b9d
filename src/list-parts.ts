/** A list of names joined as the language joins a list ("A, B và C"), with elements as items. */
import { cachedFormatter } from './intl-cache.js';

/**
 * `Intl.ListFormat` parts for `count` items in `lang`: `{ index }` for an item, `{ text }` for a
 * separator such as ", " or " và ", so that separators can be put between elements.
 */
export function listParts(lang: string, count: number): ({ index: number } | { text: string })[] {
  // A list of one has no separators, and the first Intl.ListFormat of a page loads its locale
  // data (about 14 ms at load here): most bylines name one author.
  if (count < 2) return count === 1 ? [{ index: 0 }] : [];
  const placeholders = Array.from({ length: count }, (_, i) => `\u0000${i}\u0000`);
  return cachedFormatter(`list|${lang}`, () => new Intl.ListFormat(lang, { type: 'conjunction' }))
    .formatToParts(placeholders)
    .map((part) =>
      part.type === 'element' ? { index: Number(part.value.slice(1, -1)) } : { text: part.value },
    );
}
