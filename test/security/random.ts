/**
 * A small seeded PRNG (mulberry32) and the value generators of the fuzz tests. The same seed gives
 * the same cases in every engine and on every machine, so a failure can be replayed.
 */
import { payloads } from './payloads.js';

export type Random = () => number;

/** mulberry32: 32 bits of state, uniform floats in [0, 1). */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit FNV-1a hash, to derive one seed per element from a name. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export const int = (random: Random, min: number, max: number) =>
  min + Math.floor(random() * (max - min + 1));
export const pick = <T>(random: Random, items: readonly T[]): T =>
  items[int(random, 0, items.length - 1)]!;
export const chance = (random: Random, p: number) => random() < p;

export function shuffle<T>(random: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = int(random, 0, i);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

const alphabets = [
  'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,:;-_/\\|!?@#$%^&*()[]{}<>"\'`~=+',
  'ăâđêôơưáàảãạấầẩẫậếềểễệốồổỗộớờởỡợứừửữựíìỉĩịúùủũụýỳỷỹỵ ',
  'ابتثجحخدذرزسشصضطظعغفقكلمنهوي ٠١٢٣٤٥٦٧٨٩',
  'אבגדהוזחטיכלמנסעפצקרשת ',
  '日本語の記事です漢字かなカナ中文新闻한국어',
  '😀👩‍👩‍👧🇻🇳✨🔥',
  '\u0300\u0301\u0303\u0309\u0323\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200B\u200D\uFEFF\u00A0\t\n',
];

/** Free text, never containing the words the tests look for in the output. */
export function text(random: Random, maxLength = 24): string {
  const alphabet = pick(random, alphabets);
  const chars = Array.from(alphabet);
  const length = int(random, 0, maxLength);
  let out = '';
  for (let i = 0; i < length; i++) out += pick(random, chars);
  return out.replace(/NaN/g, 'N-N').replace(/Invalid Date/g, 'Invalid-Date');
}

const numbers = [
  '0',
  '1',
  '2',
  '-1',
  '0.5',
  '1.125',
  '1.5',
  '2',
  '3',
  '6',
  '7',
  '1e3',
  '1e309',
  '-1e309',
  'Infinity',
  '-Infinity',
  'NaN',
  '0x10',
  '  12  ',
  '12px',
  '1,5',
  '٣',
  '',
  ' ',
  '-0',
  '.5',
  '5.',
  '999999999999999999999',
  '1/2',
  'true',
  'null',
];

function pad(value: number, width: number) {
  return String(value).padStart(width, '0');
}

/** ISO 8601 look-alikes: valid, out of range, oddly punctuated, or not ISO at all. */
export function dateLike(random: Random): string {
  if (chance(random, 0.15)) {
    return pick(random, [
      'March 2, 2017',
      '02/03/2017',
      'yesterday',
      'now',
      '2017',
      '2017-03',
      '20170302',
      '2017-03-02T09:15:00+07:00[Asia/Ho_Chi_Minh]',
      '+275760-09-13T00:00:00Z',
      '-000001-01-01T00:00:00Z',
      'T09:15',
      '2017-03-02T',
      '2017-3-2',
    ]);
  }
  const year = pick(random, [0, 1, 1970, 2017, 2024, 2038, 9999, int(random, 1000, 2100)]);
  const month = int(random, 0, 13);
  const day = int(random, 0, 32);
  let value = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  if (chance(random, 0.8)) {
    value += `${pick(random, ['T', ' ', 't'])}${pad(int(random, 0, 25), 2)}:${pad(int(random, 0, 60), 2)}`;
    if (chance(random, 0.6)) value += `:${pad(int(random, 0, 61), 2)}`;
    if (chance(random, 0.2)) value += `.${'1234567890123'.slice(0, int(random, 1, 12))}`;
    value += pick(random, [
      '',
      'Z',
      'z',
      '+07:00',
      '-12:00',
      '+14:00',
      '+0700',
      '+99:99',
      '+05:45',
    ]);
  }
  return chance(random, 0.1) ? ` ${value} ` : value;
}

const timeZones = [
  'Asia/Ho_Chi_Minh',
  'UTC',
  'Etc/GMT+12',
  'Etc/GMT-14',
  'America/St_Johns',
  'Asia/Kathmandu',
  'Pacific/Chatham',
  'Africa/Casablanca',
  'Mars/Olympus',
  'GMT+7',
  '+07:00',
  'utc',
  'asia/ho_chi_minh',
  'Asia/Saigon',
  'Local',
  '../../etc/passwd',
];

export const languageTags = [
  'vi',
  'vi-VN',
  'en',
  'en-US',
  'ar',
  'ar-EG-u-nu-arab',
  'he',
  'fa-IR-u-ca-persian',
  'ja',
  'ja-JP-u-ca-japanese',
  'zh-Hant-TW',
  'ko',
  'th-TH-u-nu-thai',
  'hi-IN',
  'en-u-ca-islamic',
  'de-CH',
  'xx-!!',
  '123',
  'en_US',
  'i-klingon',
  'x-private',
  'und',
  '',
  ' ',
  'VI',
  'root',
];

const urls = [
  '/fixtures/seed-article/images/inspection-1200.png',
  'x.png',
  '',
  ' ',
  '#',
  '?a=1',
  '//example.invalid/a.png',
  'https://example.invalid/a.png',
  'data:image/gif;base64,R0lGODlhAQABAAAAACw=',
  'data:,',
  'about:blank',
  'x.png 1x, y.png 2x',
  'a.png 600w, b.png 1200w',
  'a.png 0w',
  'a.png -1x',
  ', , ,',
  '(max-width: 48rem) 100vw, 48rem',
];

/** The literal members of a union type such as `'lazy' | 'eager'`. */
export function literals(type: string): string[] {
  return Array.from(type.matchAll(/'([^']*)'/g), (match) => match[1]!);
}

/** A string for an attribute or string property of this type. */
export function stringFor(random: Random, type: string): string {
  const freeText = /^string\b/.test(type);
  const options: (() => string)[] = [
    () => text(random),
    () => text(random, 200),
    () => dateLike(random),
    () => pick(random, timeZones),
    () => pick(random, languageTags),
    () => pick(random, urls),
    () => pick(random, payloads).value.replace(/NaN/g, 'N-N'),
    () => (freeText ? pick(random, numbers).replace('NaN', 'N-N') : pick(random, numbers)),
  ];
  const enumValues = literals(type);
  if (enumValues.length) {
    options.push(() => pick(random, enumValues));
    options.push(() => pick(random, enumValues).toUpperCase());
  }
  return pick(random, options)();
}

/**
 * A value for a property of this type: for text properties a string (or `undefined` where the
 * type allows it), for the others any JavaScript value a careless app could assign.
 */
export function valueFor(random: Random, type: string): unknown {
  const freeText = /^string\b/.test(type);
  if (freeText) {
    return type.includes('undefined') && chance(random, 0.2) ? undefined : stringFor(random, type);
  }
  const values: unknown[] = [
    null,
    undefined,
    0,
    -1,
    1.25,
    1e308,
    -0,
    Infinity,
    true,
    false,
    {},
    [],
    ['a', 'b'],
    { toString: () => 'object' },
    new Date(Date.UTC(2017, 2, 2, 2, 15)),
  ];
  values.push(NaN, new Date(Number.NaN));
  return chance(random, 0.5) ? stringFor(random, type) : pick(random, values);
}
