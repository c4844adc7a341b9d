/**
 * Parses ISO 8601 date-times and formats them with Intl in a language and time zone, as absolute
 * or relative text; and one shared clock that refreshes relative times, idle while the page is
 * hidden.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { cachedFormatter } from './intl-cache.js';
import { rendersAsServer } from './server-parity.js';
import { warnOnce } from './warn.js';

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

// The clock: one timer for every relative time on the page, due at the earliest refresh, and none
// at all while the page is hidden; on return every refresh that fell due runs at once.
const due = new Map<() => void, number>();
let timer: ReturnType<typeof setTimeout> | undefined;

const onVisibilityChange = () => (document.visibilityState === 'hidden' ? arm() : run());

function arm() {
  clearTimeout(timer);
  timer = undefined;
  // Listens only while something is due, so an idle page keeps no listener either.
  if (due.size === 0) document.removeEventListener('visibilitychange', onVisibilityChange);
  if (due.size === 0 || document.visibilityState === 'hidden') return;
  const earliest = Math.min(...due.values());
  // Capped so that a clock that jumps (sleep, manual change) is caught up with within the hour.
  timer = setTimeout(run, Math.min(Math.max(earliest - Date.now(), 0), 3600 * SECOND));
}

function run() {
  const now = Date.now();
  for (const [refresh, at] of due) {
    if (at > now) continue;
    due.delete(refresh);
    refresh();
  }
  arm();
}

/** Whether the clock has a timer pending (none while the page is hidden). */
export function clockRunning(): boolean {
  return timer !== undefined;
}

/** Calls `refresh` once at the time `at` (ms since the epoch), or when the page shows again. */
export function refreshAt(refresh: () => void, at: number): void {
  if (isServer) return;
  // Adding the same listener twice adds it once.
  document.addEventListener('visibilitychange', onVisibilityChange);
  due.set(refresh, at);
  arm();
}

/** Forgets a pending refresh (e.g. when its element leaves the page). */
export function cancelRefresh(refresh: () => void): void {
  if (due.delete(refresh)) arm();
}

/**
 * An element's date attribute: the date, or undefined with one warning naming attribute and value.
 * A removed attribute gives null.
 */
export function attributeDate(
  tag: string,
  attribute: string,
  value: string | null | undefined,
): Date | undefined {
  if (!value?.trim()) return undefined;
  const date = parseIsoDate(value);
  if (!date) warnOnce(`<${tag} ${attribute}="${value}"> is not an ISO 8601 date; left out.`);
  return date;
}

/** An element's `time-zone`: the zone, or undefined (the reader's) with one warning. */
export function attributeZone(tag: string, value: string | null | undefined): string | undefined {
  const zone = (value ?? '').trim();
  if (!zone || isValidTimeZone(zone)) return zone || undefined;
  warnOnce(`<${tag} time-zone="${zone}"> is not an IANA time zone; the reader's is used.`);
  return undefined;
}

/**
 * Formats a host's dates, relative ones included, and re-renders the host when a relative text
 * is due to change (through the shared clock, so never while the page is hidden).
 */
export class DateTimeController implements ReactiveController {
  private next?: number;
  private readonly refresh = () => this.host.requestUpdate();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostUpdate(): void {
    this.next = undefined;
  }

  hostUpdated(): void {
    if (this.next === undefined) cancelRefresh(this.refresh);
    else refreshAt(this.refresh, this.next);
  }

  hostDisconnected(): void {
    cancelRefresh(this.refresh);
  }

  /**
   * The text for `date`: relative while younger than `relativeHours` (when given; never on the
   * server, which has no "now" of the reader's), with the absolute text as its `title`.
   */
  format(date: Date, lang: string, zone?: string, relativeHours?: number) {
    // The server has no reader, so no reader's zone: UTC, named, until the page hydrates.
    const absolute = formatDateTime(date, lang, zone ?? (rendersAsServer() ? 'UTC' : undefined));
    // No clock is read where none is used: on the server (Next's prerendering refuses
    // `Date.now()`) and for absolute dates.
    if (rendersAsServer() || relativeHours === undefined) return { text: absolute };
    const now = Date.now();
    const limit = date.getTime() + relativeHours * 3600 * SECOND;
    if (now >= limit) return { text: absolute };
    const { text, next } = formatRelative(date, lang, now);
    this.next = Math.min(this.next ?? Infinity, now + next, limit);
    return { text, title: absolute };
  }
}
