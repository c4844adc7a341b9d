/**
 * The reader's preferences, one store per origin: kept in localStorage under one versioned key,
 * shared by every article and toolbar on the page and, through the `storage` event, in other tabs.
 * Storage that throws, is full, or holds garbage never breaks the page: the store then lives in
 * memory and ignores what it cannot read.
 */
import { isServer } from 'lit';

export type Contrast = 'normal' | 'more' | 'most';

export interface ReadingPreferences {
  /** Text size factor; 1 is the portal's size. */
  fontScale: number;
  /** Contrast level; undefined follows the operating system. */
  contrast?: Contrast;
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

/** Reads untrusted JSON into preferences, keeping only well-formed fields. */
export function parsePreferences(raw: string | null): ReadingPreferences {
  if (!raw) return { ...DEFAULT_PREFERENCES };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ...DEFAULT_PREFERENCES };
  }
  if (typeof data !== 'object' || data === null) return { ...DEFAULT_PREFERENCES };
  // Read own properties only, so `__proto__` tricks in stored JSON cannot reach an object.
  const record = data as Record<string, unknown>;
  const own = (key: string) => (Object.hasOwn(record, key) ? record[key] : undefined);
  const fontScale = own('fontScale');
  const contrast = own('contrast');
  return {
    fontScale: typeof fontScale === 'number' ? clampFontScale(fontScale) : 1,
    ...(isContrast(contrast) ? { contrast } : {}),
  };
}

type Listener = (preferences: ReadingPreferences) => void;

class PreferencesStore {
  private current: ReadingPreferences = { ...DEFAULT_PREFERENCES };
  private readonly listeners = new Set<Listener>();
  private started = false;

  /** Starts reading storage lazily, on first use in a browser, never on the server. */
  private start() {
    if (this.started || isServer) return;
    this.started = true;
    this.current = parsePreferences(readStorage());
    window.addEventListener('storage', (event) => {
      if (event.key !== STORAGE_KEY && event.key !== null) return;
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
    const next: ReadingPreferences = { ...this.current };
    if ('fontScale' in change) next.fontScale = clampFontScale(change.fontScale);
    if ('contrast' in change) {
      if (isContrast(change.contrast)) next.contrast = change.contrast;
      else delete next.contrast;
    }
    writeStorage(JSON.stringify(next));
    this.apply(next);
  }

  subscribe(listener: Listener): () => void {
    this.start();
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private apply(next: ReadingPreferences) {
    if (next.fontScale === this.current.fontScale && next.contrast === this.current.contrast)
      return;
    this.current = next;
    for (const listener of this.listeners) listener({ ...next });
  }
}

function readStorage(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function writeStorage(value: string) {
  try {
    window.localStorage.setItem(STORAGE_KEY, value);
  } catch {
    // Blocked or full storage: the preference still holds for this page, in memory.
  }
}

/** The page's one preferences store. */
export const preferencesStore = new PreferencesStore();
