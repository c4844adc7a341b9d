/** Parses ISO 8601 date-times and formats them with Intl in a language and time zone. */

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

/** Whether Intl knows this IANA time zone. */
export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The date and time in `lang`, in `timeZone` (the reader's own when undefined). */
export function formatDateTime(date: Date, lang: string, timeZone?: string): string {
  const key = `${lang}|${timeZone ?? ''}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short', timeZone });
    formatters.set(key, formatter);
  }
  return formatter.format(date);
}
