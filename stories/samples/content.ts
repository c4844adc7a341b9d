/**
 * Short sample content in each language of Storybook's language toolbar, so that the component
 * stories show real text in the language the designer picked (Vietnamese from the seed article;
 * Arabic, English and Japanese written for these stories).
 */
import { article as seed } from '../../fixtures/seed-article.js';

export type Language = 'vi' | 'en' | 'ar' | 'ja';

export const languages: { code: Language; name: string }[] = [
  { code: 'vi', name: 'Tiếng Việt' },
  { code: 'en', name: 'English' },
  { code: 'ar', name: 'العربية' },
  { code: 'ja', name: '日本語' },
];

export interface Author {
  name: string;
  href?: string;
}

export interface Sample {
  kicker: string;
  headline: string;
  /** A headline far longer than any sane one, to show wrapping. */
  longHeadline: string;
  standfirst: string;
  paragraph: string;
  caption: string;
  alt: string;
  credit: string;
  authors: Author[];
  /** Enough authors to wrap the byline. */
  manyAuthors: Author[];
  source: string;
  published: string;
  updated: string;
  timeZone: string;
}

export const samples: Record<Language, Sample> = {
  vi: {
    kicker: seed.section[seed.section.length - 1]!,
    headline: seed.headline,
    longHeadline: `${seed.headline}: ${seed.lead}`,
    standfirst: seed.lead,
    paragraph:
      'Kon Tum là một tỉnh thuộc vùng cực bắc Tây Nguyên, nằm ở ngã ba Đông Dương, có đường biên giới dài giáp với nước bạn Lào và Campuchia.',
    caption: 'Phòng An ninh chính trị nội bộ họp triển khai công tác bảo vệ',
    alt: 'Cán bộ ngồi quanh bàn họp dài trong phòng họp của Công an tỉnh',
    credit: 'TTXVN',
    authors: [{ name: 'Bích Nga', href: '#bich-nga' }, { name: 'Minh Anh' }],
    manyAuthors: [
      { name: 'Bích Nga', href: '#bich-nga' },
      { name: 'Minh Anh', href: '#minh-anh' },
      { name: 'Nguyễn Thị Hồng Nhung' },
      { name: 'Trần Quốc Bảo', href: '#tran-quoc-bao' },
      { name: 'Lê Phương Thảo' },
      { name: 'Y Đức Niê' },
    ],
    source: 'VOV',
    published: '2017-03-02T09:15:00+07:00',
    updated: '2017-03-02T14:40:00+07:00',
    timeZone: 'Asia/Ho_Chi_Minh',
  },
  en: {
    kicker: 'Local news',
    headline: 'Coastal town finishes its flood wall a month before the storm season',
    longHeadline:
      'Coastal town finishes its flood wall a month before the storm season, after three winters of sandbags, two public inquiries and a vote that split the harbour committee down the middle',
    standfirst:
      'The 1.2-kilometre wall along the harbour front was paid for by residents, the county and a national resilience fund.',
    paragraph:
      'Work began in the spring of last year, after the third winter in a row in which the harbour road was closed by the sea for more than a week.',
    caption: 'The new wall at high tide, seen from the lifeboat slipway',
    alt: 'A grey concrete wall runs along the harbour with waves breaking against it',
    credit: 'Harbour Gazette',
    authors: [{ name: 'Alice Morgan', href: '#alice-morgan' }, { name: 'Tom Reid' }],
    manyAuthors: [
      { name: 'Alice Morgan', href: '#alice-morgan' },
      { name: 'Tom Reid', href: '#tom-reid' },
      { name: 'Priya Raman' },
      { name: 'Seán Ó Briain', href: '#sean-o-briain' },
      { name: 'Grace Adeyemi' },
      { name: 'Jonathan Whitfield-Carter' },
    ],
    source: 'Reuters',
    published: '2026-03-14T07:30:00Z',
    updated: '2026-03-14T16:05:00Z',
    timeZone: 'Europe/London',
  },
  ar: {
    kicker: 'أخبار المدينة',
    headline: 'افتتاح مكتبة عامة جديدة في وسط المدينة تفتح أبوابها حتى منتصف الليل',
    longHeadline:
      'افتتاح مكتبة عامة جديدة في وسط المدينة تفتح أبوابها حتى منتصف الليل بعد خمس سنوات من البناء وحملة تبرعات شارك فيها أكثر من عشرة آلاف من سكان الأحياء القديمة والجديدة',
    standfirst:
      'تضم المكتبة أكثر من مئتي ألف كتاب وقاعات للدراسة مفتوحة للطلاب مجانًا طوال أيام الأسبوع.',
    paragraph:
      'قال مدير المكتبة في حفل الافتتاح إن المبنى صُمم ليكون مكانًا هادئًا للقراءة والعمل، وإن ساعات العمل الطويلة جاءت استجابة لطلبات الطلاب والعاملين في المناوبات الليلية.',
    caption: 'قاعة القراءة الرئيسية في المكتبة الجديدة صباح يوم الافتتاح',
    alt: 'قاعة واسعة برفوف خشبية عالية وطاولات قراءة طويلة',
    credit: 'وكالة الأنباء المحلية',
    authors: [{ name: 'ليلى حسن', href: '#layla-hassan' }, { name: 'عمر خالد' }],
    manyAuthors: [
      { name: 'ليلى حسن', href: '#layla-hassan' },
      { name: 'عمر خالد', href: '#omar-khaled' },
      { name: 'سارة المصري' },
      { name: 'يوسف عبد الرحمن', href: '#youssef' },
      { name: 'Nadia Karim' },
      { name: 'مريم الزهراني' },
    ],
    source: 'رويترز',
    published: '2026-02-20T10:00:00+03:00',
    updated: '2026-02-20T18:45:00+03:00',
    timeZone: 'Asia/Riyadh',
  },
  ja: {
    kicker: '地域',
    headline: '市立図書館、平日の夜間開館を試行　学生と夜勤の人に好評',
    longHeadline:
      '市立図書館、平日の夜間開館を三か月間試行　学生と夜勤明けの人に好評で、市は来年度からの本格実施と分館への拡大を検討する方針を市議会の委員会で明らかにした',
    standfirst: '閉館時刻を午後十時まで延ばしたところ、利用者は一日平均で約四割増えた。',
    paragraph:
      '図書館によると、夜間の利用者の半数以上が学生で、残りは仕事帰りの会社員や夜勤の前後に立ち寄る医療従事者だった。',
    caption: '夜間開館中の閲覧室。午後九時を過ぎても席の多くが埋まっていた',
    alt: '明かりのついた閲覧室で、長机に向かって本を読む人たち',
    credit: '市広報課',
    authors: [{ name: '佐藤花子', href: '#sato-hanako' }, { name: '鈴木一郎' }],
    manyAuthors: [
      { name: '佐藤花子', href: '#sato-hanako' },
      { name: '鈴木一郎', href: '#suzuki-ichiro' },
      { name: '高橋美咲' },
      { name: '田中健太', href: '#tanaka-kenta' },
      { name: '伊藤さくら' },
      { name: 'Emily Clarke' },
    ],
    source: '共同通信',
    published: '2026-01-09T06:00:00+09:00',
    updated: '2026-01-09T12:20:00+09:00',
    timeZone: 'Asia/Tokyo',
  },
};

/** The sample for a language toolbar value, Vietnamese for anything unknown. */
export function sampleFor(lang: unknown): Sample {
  return samples[(lang as Language) in samples ? (lang as Language) : 'vi'];
}

/** Where Storybook serves the seed article's stand-in photos. */
export const images = '/fixtures/seed-article/images';

/** A srcset of one of the stand-in photos (`meeting` or `inspection`) at 600, 1200, 2400 px. */
export function srcsetOf(name: 'meeting' | 'inspection'): string {
  return [600, 1200, 2400].map((w) => `${images}/${name}-${w}.png ${w}w`).join(', ');
}

/**
 * `args` in the language picked in Storybook's toolbar: each arg named in `fields` that still
 * holds the Vietnamese sample's text takes `lang`'s sample instead; values a designer edited stay.
 */
export function inToolbarLanguage(
  args: Record<string, unknown>,
  lang: unknown,
  fields: Record<string, (sample: Sample) => string>,
): Record<string, unknown> {
  const sample = sampleFor(lang);
  const localised = { ...args };
  for (const [name, pick] of Object.entries(fields)) {
    if (args[name] === pick(samples.vi)) localised[name] = pick(sample);
  }
  return localised;
}
