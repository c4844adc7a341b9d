/**
 * Reading-time estimates: words for scripts that separate words with spaces, characters for
 * Chinese and Japanese, and dictionary-found words for Thai, Lao, Khmer and Burmese, which write
 * no spaces between words; and the reading time as words.
 */
import { format } from './i18n.js';
import { cachedFormatter } from './intl-cache.js';

// Han, kana: read character by character. Korean separates words with spaces, so it counts words.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
// Spaces separate phrases or sentences in these scripts, not words: a run is many words.
const UNSPACED = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]+/gu;
// A word: letters, marks (Vietnamese and Arabic diacritics) and digits, inner apostrophes or hyphens.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;
const LETTER = /[\p{L}\p{N}]/u;

/**
 * The words in the Thai, Lao, Khmer and Burmese runs of `text`. Intl.Segmenter finds them with the
 * dictionaries every engine's ICU has for these scripts, whatever the locale; without it (older
 * engines) each run counts as one word, which underestimates but never fails.
 */
function unspacedWords(text: string): number {
  const runs = text.match(UNSPACED);
  if (!runs) return 0;
  if (typeof Intl.Segmenter !== 'function') return runs.length;
  const segmenter = cachedFormatter(
    'words',
    () => new Intl.Segmenter(undefined, { granularity: 'word' }),
  );
  // A segment with a letter or digit is a word; `isWordLike` would do, but Firefox reports a run
  // that is one word whole as not word-like.
  let words = 0;
  for (const run of runs)
    for (const { segment } of segmenter.segment(run)) if (LETTER.test(segment)) words++;
  return words;
}

/**
 * Silent reading speeds from IReST (Trauzettel-Klosinski & Dietz, IOVS 2012, 17 languages, the
 * same text): about 228 words a minute in English, 138 in Arabic, 357 characters a minute in
 * Japanese and 255 in Chinese. Languages not listed read at the English rate.
 */
export const WORDS_PER_MINUTE: Record<string, number> = { default: 228, ar: 138 };
export const CHARACTERS_PER_MINUTE: Record<string, number> = { default: 357, zh: 255 };

/** How many words and CJK characters `text` holds. */
export function countText(text: string): { words: number; characters: number } {
  const characters = text.match(CJK)?.length ?? 0;
  const spaced = text.replace(CJK, ' ').replace(UNSPACED, ' ').match(WORD)?.length ?? 0;
  return { words: spaced + unspacedWords(text), characters };
}

/**
 * Whole minutes (at least 1) to read `text` in `lang`; `perMinute` overrides the language's rate
 * (words, or characters for CJK). 0 when there is nothing to read.
 */
export function readingMinutes(text: string, lang: string, perMinute?: number): number {
  const { words, characters } = countText(text);
  if (words + characters === 0) return 0;
  const base = lang.toLowerCase().split('-')[0] ?? '';
  const wpm = perMinute ?? WORDS_PER_MINUTE[base] ?? WORDS_PER_MINUTE.default!;
  const cpm = perMinute ?? CHARACTERS_PER_MINUTE[base] ?? CHARACTERS_PER_MINUTE.default!;
  return Math.max(1, Math.round(words / wpm + characters / cpm));
}

/** The reading time in words of `template` ("{duration} đọc"), the minutes formatted by Intl. */
export function readingTimeText(template: string, lang: string, minutes: number): string {
  const duration = (unitDisplay: 'short' | 'long') =>
    cachedFormatter(
      `minutes|${lang}|${unitDisplay}`,
      () => new Intl.NumberFormat(lang, { style: 'unit', unit: 'minute', unitDisplay }),
    ).format(minutes);
  return format(template, { duration: duration('short'), durationLong: duration('long') });
}
