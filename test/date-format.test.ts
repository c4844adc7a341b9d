import { expect } from '@open-wc/testing';
import {
  formatDateTime,
  formatRelative,
  isValidTimeZone,
  parseIsoDate,
} from '../src/date-format.js';
import { cancelRefresh, clockRunning, refreshAt } from '../src/refresh-clock.js';
import { expectedDate } from './helpers.js';

describe('date-format', () => {
  it('parses the ISO 8601 forms a CMS writes, and nothing else', () => {
    for (const good of [
      '2024-05-10',
      '2024-05-10T08:30',
      '2024-05-10T08:30:00+07:00',
      '2024-05-10 08:30:00.123Z',
      '2024-05-10T08:30:00+0700',
    ]) {
      expect(parseIsoDate(good), good).to.be.instanceOf(Date);
    }
    for (const bad of [
      '',
      'yesterday',
      '10/05/2024',
      '2024-13-45T99:00',
      '2024-05-10T08:30:00+07:00 junk',
      'NaN',
    ]) {
      expect(parseIsoDate(bad), bad).to.equal(undefined);
    }
  });

  it('knows IANA zones from garbage', () => {
    expect(isValidTimeZone('Asia/Ho_Chi_Minh')).to.equal(true);
    expect(isValidTimeZone('Mars/Olympus')).to.equal(false);
  });

  it('names a chosen zone and not the reader’s own', () => {
    const date = new Date('2024-03-31T00:30:00Z');
    const named = formatDateTime(date, 'en', 'Asia/Tokyo');
    expect(named).to.equal(expectedDate(date, 'en', 'Asia/Tokyo'));
    expect(formatDateTime(date, 'en')).to.equal(expectedDate(date, 'en'));
  });

  it('counts whole units back from now, and says when the words change', () => {
    const now = Date.UTC(2024, 4, 10, 12, 0, 0);
    const rtf = (lang: string) => new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
    const cases: [number, Intl.RelativeTimeFormatUnit, number, number][] = [
      // elapsed ms, unit, count, ms until the text changes
      [20_000, 'second', 0, 40_000],
      [3 * 60_000 + 5_000, 'minute', 3, 55_000],
      [3 * 3600_000 + 59 * 60_000, 'hour', 3, 60_000],
      [2 * 86400_000, 'day', 2, 86400_000],
    ];
    for (const [elapsed, unit, count, next] of cases) {
      for (const lang of ['vi', 'en', 'ar', 'ja']) {
        const result = formatRelative(new Date(now - elapsed), lang, now);
        expect(result.text).to.equal(rtf(lang).format(-count, unit));
        expect(result.next).to.equal(next);
      }
    }
    expect(formatRelative(new Date(now + 5 * 60_000), 'en', now).text).to.equal(
      rtf('en').format(5, 'minute'),
    );
  });

  it('runs one timer only while a refresh is pending', () => {
    const refresh = () => undefined;
    expect(clockRunning()).to.equal(false);
    refreshAt(refresh, Date.now() + 60_000);
    expect(clockRunning()).to.equal(true);
    cancelRefresh(refresh);
    expect(clockRunning()).to.equal(false);
  });
});
