/** The library's user-facing strings, per language, and the way portals override them. */

export interface PressStrings {
  /** Toolbar's accessible name. */
  toolbarLabel: string;
  fontSmaller: string;
  fontSmallerLabel: string;
  fontReset: string;
  fontResetLabel: string;
  fontLarger: string;
  fontLargerLabel: string;
  contrastMore: string;
  contrastMoreLabel: string;
  contrastLess: string;
  contrastLessLabel: string;
  /** Live-region message after a text-size change; `{size}` is the formatted percentage. */
  fontSizeStatus: string;
  /** Live-region message after a contrast change; `{level}` is one of the level names. */
  contrastStatus: string;
  contrastNormal: string;
  contrastHigh: string;
  contrastDark: string;
  /** Shown while the contrast follows the operating system. */
  followingSystem: string;
  /** Said when forced colours (e.g. Windows High Contrast) are active: why contrast is inactive. */
  forcedColors: string;
  /** Toggle for WCAG 1.4.12 text spacing (its state is `aria-pressed`). */
  textSpacing: string;
  textSpacingLabel: string;
  /** Read aloud: start, pause, resume, stop, and what the live region says for each. */
  readAloud: string;
  readAloudLabel: string;
  readPause: string;
  readResume: string;
  readStop: string;
  readStopLabel: string;
  readingStatus: string;
  pausedStatus: string;
  stoppedStatus: string;
  /** Before a figure's credit: vi "Ảnh:", en "Photo:". Not added twice. */
  creditPrefix: string;
  /** Shown in a figure's box when its image fails and has no alt text. */
  imageUnavailable: string;
  /** Accessible name of a figure's zoom button (and of the zoom dialog). */
  zoomOpen: string;
  /** The zoom dialog's close button. */
  zoomClose: string;
  sourcePrefix: string;
  /** Label before the publication time. */
  published: string;
  /** Label before the time of the last update. */
  updated: string;
  /** An author's role after the name, spacing included: ` ({role})`, `（{role}）`. */
  authorRole: string;
  /**
   * Estimated reading time; `{duration}` is the minutes in the short unit form ("5 min", "5 phút"),
   * `{durationLong}` in the long one ("5 minutes"), both from `Intl.NumberFormat`.
   */
  readingTime: string;
}

type Catalog = Record<string, Partial<PressStrings>>;

const builtIn: Record<'en' | 'vi', PressStrings> = {
  en: {
    toolbarLabel: 'Reading tools',
    fontSmaller: 'A-',
    fontSmallerLabel: 'A- Smaller text',
    fontReset: 'A',
    fontResetLabel: 'A Default text size',
    fontLarger: 'A+',
    fontLargerLabel: 'A+ Larger text',
    contrastMore: 'More contrast',
    contrastMoreLabel: 'More contrast',
    contrastLess: 'Less contrast',
    contrastLessLabel: 'Less contrast',
    fontSizeStatus: 'Text size {size}',
    contrastStatus: 'Contrast: {level}',
    contrastNormal: 'standard',
    contrastHigh: 'high',
    contrastDark: 'high, dark',
    followingSystem: 'Following your system setting',
    forcedColors: 'Your system’s colours are in use; change contrast there',
    textSpacing: 'Text spacing',
    textSpacingLabel: 'Text spacing',
    readAloud: 'Read aloud',
    readAloudLabel: 'Read aloud',
    readPause: 'Pause',
    readResume: 'Resume',
    readStop: 'Stop',
    readStopLabel: 'Stop reading',
    readingStatus: 'Reading aloud',
    pausedStatus: 'Reading paused',
    stoppedStatus: 'Reading stopped',
    creditPrefix: 'Photo:',
    imageUnavailable: 'Image unavailable',
    zoomOpen: 'Enlarge image',
    zoomClose: 'Close',
    sourcePrefix: 'Source:',
    published: 'Published',
    updated: 'Updated',
    authorRole: ' ({role})',
    readingTime: '{duration} read',
  },
  vi: {
    toolbarLabel: 'Công cụ đọc',
    fontSmaller: 'A-',
    fontSmallerLabel: 'A- Giảm cỡ chữ',
    fontReset: 'A',
    fontResetLabel: 'A Cỡ chữ mặc định',
    fontLarger: 'A+',
    fontLargerLabel: 'A+ Tăng cỡ chữ',
    contrastMore: 'Tăng tương phản',
    contrastMoreLabel: 'Tăng tương phản',
    contrastLess: 'Giảm tương phản',
    contrastLessLabel: 'Giảm tương phản',
    fontSizeStatus: 'Cỡ chữ {size}',
    contrastStatus: 'Tương phản: {level}',
    contrastNormal: 'mặc định',
    contrastHigh: 'cao',
    contrastDark: 'cao, nền tối',
    followingSystem: 'Đang theo cài đặt của hệ thống',
    forcedColors: 'Đang dùng màu của hệ thống; hãy đổi tương phản ở đó',
    textSpacing: 'Giãn chữ',
    textSpacingLabel: 'Giãn chữ',
    readAloud: 'Đọc bài',
    readAloudLabel: 'Đọc bài',
    readPause: 'Tạm dừng',
    readResume: 'Đọc tiếp',
    readStop: 'Dừng',
    readStopLabel: 'Dừng đọc',
    readingStatus: 'Đang đọc bài',
    pausedStatus: 'Đã tạm dừng đọc',
    stoppedStatus: 'Đã dừng đọc',
    creditPrefix: 'Ảnh:',
    imageUnavailable: 'Không tải được ảnh',
    zoomOpen: 'Phóng to ảnh',
    zoomClose: 'Đóng',
    sourcePrefix: 'Theo',
    published: 'Đăng',
    updated: 'Cập nhật',
    authorRole: ' ({role})',
    readingTime: '{duration} đọc',
  },
};

/** Header and byline strings in more languages; their other strings fall back to English. */
const bylineStrings: Catalog = {
  ar: {
    sourcePrefix: 'المصدر:',
    published: 'نُشر',
    updated: 'آخر تحديث',
    authorRole: ' ({role})',
    readingTime: 'وقت القراءة: {durationLong}',
  },
  ja: {
    sourcePrefix: '出典:',
    published: '公開',
    updated: '更新',
    authorRole: '（{role}）',
    readingTime: '読了時間 {duration}',
  },
};

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
    // Vietnamese and English are complete: nothing in them stands in for another language.
    const native = base === 'vi' || base === 'en' ? builtIn[base] : bylineStrings[base];
    const own = { ...native, ...overrides[base], ...overrides[full] };
    const strings = Object.freeze({ ...builtIn.en, ...own });
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
