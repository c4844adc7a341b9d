import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import type { PressByline } from '../src/index.js';
import { article as seed } from '../fixtures/seed-article.js';
import { japanese } from './samples/articles.js';
import {
  images,
  inToolbarLanguage,
  samples,
  type Author,
  type Language,
} from './samples/content.js';

const { args, argTypes, template } = getStorybookHelpers<PressByline>('press-byline');

const vi = samples.vi;

const seedParagraphs = seed.body.flatMap((block) =>
  block.type === 'paragraph' && block.text ? [block.text] : [],
);

/** An ISO time `hours` before now, for the relative-time states. */
function hoursAgo(hours: number): string {
  return new Date(Date.now() - hours * 3_600_000).toISOString();
}

/** Authors as the portal writes them: links where it has an author page, else text. */
function authorMarkup(authors: Author[]) {
  return authors.map((author) =>
    author.href
      ? html`<a href=${author.href}>${author.name}</a>`
      : html`<span>${author.name}</span>`,
  );
}

/**
 * Who wrote the article, where it came from and when. Authors are slotted (text or links, one
 * element each) and joined as the language joins a list; dates are `<time datetime>` formatted
 * by `Intl` in the element's language and `time-zone`.
 */
const meta: Meta = {
  title: 'Components/Byline',
  component: 'press-byline',
  args: {
    ...args,
    author: vi.authors[0]!.name,
    source: vi.source,
    published: vi.published,
    modified: vi.updated,
    'time-zone': vi.timeZone,
  },
  argTypes,
  // The default content follows Storybook's language toolbar.
  render: (storyArgs, { globals }) =>
    template(
      inToolbarLanguage(storyArgs, globals.lang, {
        author: (sample) => sample.authors[0]!.name,
        source: (sample) => sample.source,
        published: (sample) => sample.published,
        modified: (sample) => sample.updated,
        'time-zone': (sample) => sample.timeZone,
      }),
    ),
};
export default meta;

type Story = StoryObj;

/** Every part from attributes: author, source, published and updated times in Asia/Ho_Chi_Minh. */
export const Attributes: Story = {};

/** The recommended form: the portal's own links, joined as Vietnamese joins a list ("và"). */
export const SlottedAuthors: Story = {
  args: { author: '' },
  render: (storyArgs) => template(storyArgs, html`${authorMarkup(vi.authors)}`),
};

/** Many authors wrap without breaking a name. */
export const ManyAuthors: Story = {
  args: { author: '' },
  render: (storyArgs) => template(storyArgs, html`${authorMarkup(vi.manyAuthors)}`),
};

/** Authors as `<press-author>`: links, roles in the language's brackets, avatars. */
export const AuthorsWithRoles: Story = {
  args: { author: '' },
  render: (storyArgs) =>
    template(
      storyArgs,
      html`<press-author href="#bich-nga" job-title="Phóng viên" avatar="${images}/meeting-600.png"
          >Bích Nga</press-author
        >
        <press-author job-title="Ảnh">Minh Anh</press-author>`,
    ),
};

/** `relative`: a recent time reads "3 giờ trước", with the absolute time as its title. */
export const RelativeTime: Story = {
  args: { relative: true, modified: '' },
  render: (storyArgs) => template({ ...storyArgs, published: hoursAgo(3) }),
};

/** `relative` past `relative-threshold` (24 h): the time turns absolute. */
export const RelativePastThreshold: Story = {
  args: { relative: true, modified: '' },
  render: (storyArgs) => template({ ...storyArgs, published: hoursAgo(30) }),
};

/** `reading-time`: estimated from the enclosing article's words ("5 phút đọc"). */
export const ReadingTime: Story = {
  args: { 'reading-time': '' },
  render: (storyArgs) =>
    html`<press-article>
      ${seedParagraphs.map((text) => html`<p>${text}</p>`)} ${template(storyArgs)}
    </press-article>`,
};

/** `reading-time="5"`: the CMS's own figure, used as given. */
export const ReadingTimeFromCms: Story = { args: { 'reading-time': '5' } };

/** `reading-time` in Japanese: counted in characters, not words. */
export const ReadingTimeJapanese: Story = {
  name: 'Reading time (Japanese, by characters)',
  args: {
    author: samples.ja.authors[0]!.name,
    source: samples.ja.source,
    published: samples.ja.published,
    modified: samples.ja.updated,
    'time-zone': samples.ja.timeZone,
    'reading-time': '',
  },
  render: (storyArgs) =>
    html`<press-article lang="ja">
      ${japanese.body.flatMap((block) =>
        block.type === 'paragraph' ? [html`<p>${block.text}</p>`] : [],
      )}
      ${template(storyArgs)}
    </press-article>`,
};

/** Only the author: the seed portal gives no date. */
export const AuthorOnly: Story = { args: { source: '', published: '', modified: '' } };

/** An update that is not later than publication is not shown. */
export const UpdateNotLater: Story = { args: { modified: vi.published } };

/** Without `time-zone`, dates are shown in the reader's own time zone. */
export const ReadersTimeZone: Story = { args: { 'time-zone': '' } };

/** A date that does not parse is left out, with one console warning; never "Invalid Date". */
export const InvalidDate: Story = { args: { published: 'hôm qua', modified: '2017-13-45T99:00' } };

/** A time zone that is not IANA leaves the dates out, with one console warning. */
export const InvalidTimeZone: Story = { args: { 'time-zone': 'Mars/Olympus_Mons' } };

/** Nothing to say: the byline renders nothing. */
export const Empty: Story = {
  args: { author: '', source: '', published: '', modified: '', 'time-zone': '' },
};

function inLanguage(lang: Language, dir: 'ltr' | 'rtl' = 'ltr'): Story {
  const sample = samples[lang];
  return {
    args: {
      author: '',
      source: sample.source,
      published: sample.published,
      modified: sample.updated,
      'time-zone': sample.timeZone,
    },
    render: (storyArgs) =>
      html`<div lang=${lang} dir=${dir}>
        ${template(storyArgs, html`${authorMarkup(sample.manyAuthors.slice(0, 3))}`)}
      </div>`,
  };
}

/** English: "A, B and C", "Source: Reuters", Europe/London. */
export const English: Story = inLanguage('en');

/** Right to left, with a Latin name among Arabic ones kept in order by `<bdi>`. */
export const ArabicRtl: Story = {
  ...inLanguage('ar', 'rtl'),
  name: 'Arabic (RTL)',
  render: (storyArgs) =>
    html`<div lang="ar" dir="rtl">
      ${template(storyArgs, html`${authorMarkup(samples.ar.manyAuthors.slice(3, 6))}`)}
    </div>`,
};

/** Japanese: names joined with "、", dates in Asia/Tokyo. */
export const JapaneseCjk: Story = { ...inLanguage('ja'), name: 'Japanese (CJK)' };
