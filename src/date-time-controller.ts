/**
 * Dates from an element's attributes, formatted in its language and time zone: relative while
 * recent, re-rendered through the shared clock when the relative text is due to change.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatDateTime, formatRelative, isValidTimeZone, parseIsoDate } from './date-format.js';
import { cancelRefresh, refreshAt } from './refresh-clock.js';
import { rendersAsServer } from './server-parity.js';
import { warnOnce } from './warn.js';

const HOUR = 3_600_000;

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
    const limit = date.getTime() + relativeHours * HOUR;
    if (now >= limit) return { text: absolute };
    const { text, next } = formatRelative(date, lang, now);
    this.next = Math.min(this.next ?? Infinity, now + next, limit);
    return { text, title: absolute };
  }
}
