/**
 * Parses ISO 8601 date-times and formats them with Intl in a language and time zone, as absolute
 * or relative text.
 */
import { cachedFormatter } from './intl-cache.js';

/** Matches the ISO 8601 forms a CMS emits: a date, optionally a time and an offset or `Z`. */
const ISO_8601 =
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

/** The date for an ISO 8601 string, or undefined for anything else (never an Invalid Date). */
export function parseIsoDate(value: string | null | undefined): Date | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (!ISO_8601.test(trimmed)) return undefined;
  const date = new Date(trimmed);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

const zones = new Map<string, boolean>();

/** Whether Intl knows this IANA time zone (asked once per zone: each check builds a formatter). */
export function isValidTimeZone(zone: string): boolean {
  let valid = zones.get(zone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      valid = true;
    } catch {
      valid = false;
    }
    zones.set(zone, valid);
  }
  return valid;
}

/**
 * The date and time in `lang`, in `timeZone` (the reader's own when undefined). A zone the portal
 * chose is named ("GMT+7"), because the reader may live in another one.
 */
export function formatDateTime(date: Date, lang: string, timeZone?: string): string {
  return cachedFormatter(
    `${lang}|${timeZone ?? ''}`,
    () =>
      new Intl.DateTimeFormat(lang, {
        year: 'numeric',
        month: 'long',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        timeZone,
        timeZoneName: timeZone ? 'short' : undefined,
      }),
  ).format(date);
}

const SECOND = 1000;
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86400 * SECOND],
  ['month', 30 * 86400 * SECOND],
  ['week', 7 * 86400 * SECOND],
  ['day', 86400 * SECOND],
  ['hour', 3600 * SECOND],
  ['minute', 60 * SECOND],
];

/**
 * The time from `now` to `date` in words of `lang` ("3 giờ trước", "3 hours ago"), counted in
 * whole units; under a minute is "now". `next` is the number of ms until the words change.
 */
export function formatRelative(
  date: Date,
  lang: string,
  now: number,
): { text: string; next: number } {
  const elapsed = now - date.getTime();
  const distance = Math.abs(elapsed);
  const [unit, size] = UNITS.find(([, size]) => distance >= size) ?? ['second', 60 * SECOND];
  const count = unit === 'second' ? 0 : Math.floor(distance / size);
  const rtf = cachedFormatter(
    `rel|${lang}`,
    () => new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }),
  );
  return {
    text: rtf.format(elapsed >= 0 ? -count : count, unit),
    next: elapsed >= 0 ? size - (distance % size) : distance % size || size,
  };
}
