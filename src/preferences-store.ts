/**
 * The reader's preferences, one store per origin: kept in localStorage under one versioned key,
 * shared by every article and toolbar on the page and, through the `storage` event, in other tabs
 * and frames. Storage that throws, is full, or holds garbage never breaks the page: the store then
 * lives in memory and ignores what it cannot read. Nothing expires.
 */
import { isServer } from 'lit';
import { readStored, store } from './safe-storage.js';

export type Contrast = 'normal' | 'more' | 'most';

export interface ReadingPreferences {
  /** Text size factor; 1 is the portal's size. */
  fontScale: number;
  /** Contrast level; undefined follows the operating system. */
  contrast?: Contrast;
  /** WCAG 1.4.12 text spacing (line height, paragraph, letter and word spacing). */
  textSpacing?: boolean;
}

export const STORAGE_KEY = 'press-elements:preferences:v1';
export const FONT_SCALES = [0.875, 1, 1.125, 1.25, 1.5, 1.75, 2] as const;
export const CONTRASTS: readonly Contrast[] = ['normal', 'more', 'most'];
export const MIN_FONT_SCALE = 0.875;
export const MAX_FONT_SCALE = 2;

export const DEFAULT_PREFERENCES: Readonly<ReadingPreferences> = Object.freeze({ fontScale: 1 });

/** A font scale clamped to the supported range; NaN and non-numbers give 1. */
export function clampFontScale(value: unknown): number {
  const number = typeof value === 'string' ? Number.parseFloat(value) : value;
  if (typeof number !== 'number' || !Number.isFinite(number)) return 1;
  return Math.min(MAX_FONT_SCALE, Math.max(MIN_FONT_SCALE, number));
}

export function isContrast(value: unknown): value is Contrast {
  return typeof value === 'string' && (CONTRASTS as readonly string[]).includes(value);
}

/**
 * Well-formed preferences from untrusted input (stored JSON, a portal's object): known fields
 * only, read as own properties so `__proto__` tricks reach nothing; numbers clamped.
 */
export function normalizePreferences(data: unknown): ReadingPreferences {
  const record = (typeof data === 'object' && data) || {};
  const own = (key: string): unknown =>
    Object.hasOwn(record, key) ? (record as Record<string, unknown>)[key] : undefined;
  const fontScale = own('fontScale');
  const contrast = own('contrast');
  return {
    fontScale: typeof fontScale === 'number' ? clampFontScale(fontScale) : 1,
    ...(isContrast(contrast) ? { contrast } : {}),
    ...(own('textSpacing') === true ? { textSpacing: true } : {}),
  };
}

/** Reads stored JSON into preferences; anything unreadable gives the defaults. */
export function parsePreferences(raw: string | null): ReadingPreferences {
  try {
    return normalizePreferences(raw ? JSON.parse(raw) : null);
  } catch {
    return normalizePreferences(null);
  }
}

function same(a: ReadingPreferences, b: ReadingPreferences): boolean {
  return (
    a.fontScale === b.fontScale && a.contrast === b.contrast && !a.textSpacing === !b.textSpacing
  );
}

type Listener = (preferences: ReadingPreferences) => void;

class PreferencesStore {
  private current = normalizePreferences(null);
  private readonly listeners = new Set<Listener>();
  private started = false;

  /** Starts reading storage lazily, on first use in a browser, never on the server. */
  private start() {
    if (this.started || isServer) return;
    this.started = true;
    this.current = parsePreferences(readStored(STORAGE_KEY));
    // Another tab or frame saved (key null: storage was cleared).
    window.addEventListener('storage', (event) => {
      if (event.key === STORAGE_KEY || event.key === null)
        this.apply(parsePreferences(event.newValue));
    });
  }

  get(): ReadingPreferences {
    this.start();
    return { ...this.current };
  }

  /** Merges a change, saves it (when storage lets us), and tells every subscriber. */
  set(change: Partial<ReadingPreferences>): void {
    this.start();
    const next = normalizePreferences({ ...this.current, ...change });
    if (same(next, this.current)) return;
    // Blocked or full storage: the preference still holds for this page, in memory.
    store(STORAGE_KEY, JSON.stringify(next));
    this.apply(next);
  }

  subscribe(listener: Listener): () => void {
    this.start();
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private apply(next: ReadingPreferences) {
    if (same(next, this.current)) return;
    this.current = next;
    for (const listener of this.listeners) listener({ ...next });
  }
}

/** The page's one preferences store. */
export const preferencesStore = new PreferencesStore();
