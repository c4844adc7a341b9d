/**
 * The elements' strings: one typed file per language in src/strings/, and the way portals add a
 * language or change a string (`registerStrings`).
 */
import { ar } from './strings/ar.js';
import { en } from './strings/en.js';
import { ja } from './strings/ja.js';
import type { PressStrings } from './strings/press-strings.js';
import { vi } from './strings/vi.js';

export type { PressStrings };

type Catalog = Record<string, Partial<PressStrings>>;

/** The built-in languages, by base language. English and Vietnamese are complete. */
const builtIn: Catalog = { en, vi, ar, ja };

// No prototype: a language named `__proto__` is just a key.
const overrides: Catalog = Object.create(null) as Catalog;

/** Each language's strings, resolved once: elements ask on every render. */
const resolved = new Map<string, { strings: Readonly<PressStrings>; own: Partial<PressStrings> }>();

/**
 * Overrides some strings for a language (a full tag like `vi-VN` or a base like `vi`). Later calls
 * merge into earlier ones, so a portal can change one label and keep the rest.
 */
export function registerStrings(lang: string, strings: Partial<PressStrings>): void {
  const key = lang.toLowerCase();
  overrides[key] = { ...overrides[key], ...strings };
  resolved.clear();
}

/**
 * `lang`'s strings (portal overrides for the full tag, then for its base language, then the
 * built-in language, then English, key by key), and those of them written in `lang` itself.
 */
function resolve(lang: string) {
  const full = lang.toLowerCase();
  let entry = resolved.get(full);
  if (!entry) {
    const base = full.split('-')[0] ?? full;
    const own = { ...builtIn[base], ...overrides[base], ...overrides[full] };
    const strings = Object.freeze({ ...en, ...own });
    resolved.set(full, (entry = { strings, own }));
  }
  return entry;
}

/** The strings for `lang`, key by key from the most specific source that has them. */
export function stringsFor(lang: string): Readonly<PressStrings> {
  return resolve(lang).strings;
}

/**
 * `en` when the string for `key` in `lang` is the English default standing in for a translation
 * nobody has given, else undefined. Elements put it as `lang` on whatever holds that string, so
 * that screen readers speak the stand-in with an English voice (WCAG 3.1.2, Language of Parts).
 */
export function standInLang(lang: string, key: keyof PressStrings): 'en' | undefined {
  return key in resolve(lang).own ? undefined : 'en';
}

/**
 * `ltr` for an English stand-in (see `standInLang`), else undefined. Elements put it as `dir` on
 * whatever holds that string: isolated in its own direction, "A-" and "Photo:" do not read "-A"
 * and ":Photo" in a right-to-left article.
 */
export function standInDir(lang: string, key: keyof PressStrings): 'ltr' | undefined {
  return standInLang(lang, key) && 'ltr';
}

/** Fills `{name}` placeholders. */
export function format(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
