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
  /** Said when forced colours (e.g. Windows High Contrast) are active. */
  forcedColors: string;
  creditPrefix: string;
  imageUnavailable: string;
  sourcePrefix: string;
  published: string;
  updated: string;
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
    forcedColors: 'Your system colours are in use',
    creditPrefix: 'Photo:',
    imageUnavailable: 'Image unavailable',
    sourcePrefix: 'Source:',
    published: 'Published',
    updated: 'Updated',
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
    forcedColors: 'Đang dùng màu của hệ thống',
    creditPrefix: 'Ảnh:',
    imageUnavailable: 'Không tải được ảnh',
    sourcePrefix: 'Theo',
    published: 'Đăng lúc',
    updated: 'Cập nhật',
  },
};

const overrides: Catalog = {};

/**
 * Overrides some strings for a language (a full tag like `vi-VN` or a base like `vi`). Later calls
 * merge into earlier ones, so a portal can change one label and keep the rest.
 */
export function registerStrings(lang: string, strings: Partial<PressStrings>): void {
  const key = lang.toLowerCase();
  overrides[key] = { ...overrides[key], ...strings };
}

/**
 * The strings for `lang`: portal overrides for the full tag, then for its base language, then the
 * built-in language, then English, key by key.
 */
export function stringsFor(lang: string): PressStrings {
  const full = lang.toLowerCase();
  const base = full.split('-')[0] ?? full;
  const builtInStrings = base === 'vi' ? builtIn.vi : builtIn.en;
  return { ...builtInStrings, ...overrides[base], ...overrides[full] };
}

/** Fills `{name}` placeholders. */
export function format(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
