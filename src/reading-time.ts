/**
 * Reading-time estimates: words for scripts that separate words with spaces, characters for
 * Chinese and Japanese, and dictionary-found words for Thai, Lao, Khmer and Burmese, which write
 * no spaces between words.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { format } from './i18n.js';
import { cachedFormatter } from './intl-cache.js';
import { rendersAsServer } from './server-parity.js';

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

// Parts of an article that are not read as its text.
const SKIPPED =
  'script, style, template, noscript, [hidden], [aria-hidden="true"], press-a11y-toolbar, press-byline';

/** The text a reader reads in `root`'s light DOM: no scripts, toolbars, bylines or hidden parts. */
export function readableText(root: Element): string {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest(SKIPPED)) parts.push(node.nodeValue ?? '');
  }
  return parts.join(' ');
}

/** The nearest `<press-article>` or `<article>` around `el`, also from inside a shadow root. */
export function articleOf(el: Element): Element | undefined {
  for (let node: Element | undefined = el; node;) {
    const found = node.closest('press-article, article');
    if (found) return found;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : undefined;
  }
  return undefined;
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

const isScript = (node: Node) => node instanceof HTMLScriptElement;

/** Whether a mutation may change the text read: not one of a script (such as the JSON-LD). */
function changesText(record: MutationRecord): boolean {
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return !isScript(record.target) && !(nodes.length > 0 && nodes.every(isScript));
}

/** Gives a host the reading time of its article, re-rendering it as the article's text changes. */
export class ReadingTimeController implements ReactiveController {
  private observer?: MutationObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /**
   * The minutes to show: 0 when `given` is null (not asked for); `given` when it is a positive
   * number (e.g. from the CMS); else estimated from the enclosing article, which is then followed.
   */
  minutes(given: string | null | undefined, lang: string, perMinute?: number): number {
    const number = Math.round(Number(given));
    const article =
      given == null || number > 0 || rendersAsServer() ? undefined : articleOf(this.host);
    if (!article) {
      this.hostDisconnected();
      return given == null ? 0 : Math.max(number, 0) || 0;
    }
    if (!this.observer) {
      this.observer = new MutationObserver((records) => {
        if (records.some(changesText)) this.host.requestUpdate();
      });
      this.observer.observe(article, { childList: true, characterData: true, subtree: true });
    }
    return readingMinutes(readableText(article), lang, perMinute);
  }
}
