/**
 * Full sample articles in Arabic, English and Japanese, written for the full-page stories, and
 * the function that renders any of them as a portal would: slotted light-DOM markup inside
 * `<press-article>`. The photos are the seed article's stand-ins (3:2, 600/1200/2400 px).
 */
import { html, type TemplateResult } from 'lit';
import { images, srcsetOf, type Author } from './content.js';

type Block =
  | { type: 'paragraph'; text: string }
  | { type: 'subheading'; text: string }
  | {
      type: 'figure';
      image: 'meeting' | 'inspection';
      caption: string;
      alt: string;
      credit: string;
    };

export interface SampleArticle {
  id: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  kicker: string;
  headline: string;
  standfirst: string;
  body: Block[];
  authors: Author[];
  source?: string;
  published: string;
  updated?: string;
  timeZone: string;
}

export const english: SampleArticle = {
  id: 'article-en',
  lang: 'en',
  dir: 'ltr',
  kicker: 'Local news',
  headline: 'Coastal town finishes its flood wall a month before the storm season',
  standfirst:
    'The 1.2-kilometre wall along the harbour front was paid for by residents, the county and a national resilience fund, and replaces three winters of sandbags.',
  body: [
    {
      type: 'paragraph',
      text: 'Work on the wall began in the spring of last year, after the third winter in a row in which the harbour road was closed by the sea for more than a week. Shops along the front lost, by the chamber of commerce’s count, close to a fifth of their yearly takings during the closures.',
    },
    {
      type: 'paragraph',
      text: 'The finished structure rises 1.4 metres above the old sea wall and has eleven flood gates that can be closed by hand in under twenty minutes. The county engineer said it was designed for the highest tide expected in the next fifty years, with room to add another half-metre later.',
    },
    {
      type: 'figure',
      image: 'meeting',
      caption: 'The new wall at high tide, seen from the lifeboat slipway',
      alt: 'A grey concrete wall runs along the harbour with waves breaking against it',
      credit: 'Harbour Gazette',
    },
    { type: 'subheading', text: 'A vote that split the committee' },
    {
      type: 'paragraph',
      text: 'Not everyone wanted it. When the plan went to a vote two years ago, the harbour committee split six to five, and several fishing families argued that a wall would cut the town off from the water it lives by. The design was changed twice to keep the view from the promenade and to leave the slipways open.',
    },
    {
      type: 'paragraph',
      text: '“We were told we were choosing between the view and the shops,” said the committee’s chair. “In the end we found a way to keep most of both.”',
    },
    {
      type: 'figure',
      image: 'inspection',
      caption: 'Volunteers test one of the eleven hand-operated flood gates',
      alt: 'Three people in high-visibility jackets close a steel gate in the wall',
      credit: 'County Council',
    },
    {
      type: 'paragraph',
      text: 'The first full test of the gates is planned for the autumn equinox, when the town will close the harbour road for an afternoon and volunteers will practise sealing the wall at night.',
    },
  ],
  authors: [
    { name: 'Alice Morgan', href: '#alice-morgan' },
    { name: 'Tom Reid', href: '#tom-reid' },
    { name: 'Priya Raman' },
  ],
  source: 'Reuters',
  published: '2026-03-14T07:30:00Z',
  updated: '2026-03-14T16:05:00Z',
  timeZone: 'Europe/London',
};

export const arabic: SampleArticle = {
  id: 'article-ar',
  lang: 'ar',
  dir: 'rtl',
  kicker: 'أخبار المدينة',
  headline: 'افتتاح مكتبة عامة جديدة في وسط المدينة تفتح أبوابها حتى منتصف الليل',
  standfirst:
    'تضم المكتبة أكثر من مئتي ألف كتاب وقاعات للدراسة مفتوحة للطلاب مجانًا طوال أيام الأسبوع، بعد خمس سنوات من البناء.',
  body: [
    {
      type: 'paragraph',
      text: 'افتتحت البلدية صباح اليوم المكتبة العامة الجديدة في وسط المدينة، في مبنى من أربعة طوابق أقيم على أرض سوق الخضار القديم. وقال مدير المكتبة في حفل الافتتاح إن المبنى صُمم ليكون مكانًا هادئًا للقراءة والعمل، وإن ساعات العمل الطويلة جاءت استجابة لطلبات الطلاب والعاملين في المناوبات الليلية.',
    },
    {
      type: 'paragraph',
      text: 'وتضم المكتبة قسمًا للأطفال وقاعة للكتب النادرة ومختبرًا للحاسوب، إلى جانب ثلاث قاعات للدراسة الجماعية يمكن حجزها عبر الإنترنت. وتبلغ مساحة المبنى نحو تسعة آلاف متر مربع.',
    },
    {
      type: 'figure',
      image: 'meeting',
      caption: 'قاعة القراءة الرئيسية في المكتبة الجديدة صباح يوم الافتتاح',
      alt: 'قاعة واسعة برفوف خشبية عالية وطاولات قراءة طويلة',
      credit: 'وكالة الأنباء المحلية',
    },
    { type: 'subheading', text: 'تبرعات من السكان' },
    {
      type: 'paragraph',
      text: 'وجاء ثلث تكلفة البناء من حملة تبرعات شارك فيها أكثر من عشرة آلاف من سكان الأحياء القديمة والجديدة، فيما تكفلت البلدية وصندوق التنمية الثقافية بالباقي. وكُتبت أسماء المتبرعين على جدار في مدخل المبنى.',
    },
    {
      type: 'paragraph',
      text: 'وقالت طالبة في كلية الطب كانت من أوائل الزوار إنها كانت تذاكر في المقاهي لعدم وجود مكان هادئ قرب سكنها، وإن المكتبة «ستغيّر حياة كثير من الطلاب».',
    },
    {
      type: 'figure',
      image: 'inspection',
      caption: 'متطوعون يرتبون الكتب على الرفوف قبل الافتتاح بيوم',
      alt: 'شبان وشابات يضعون كتبًا على رفوف معدنية',
      credit: 'بلدية المدينة',
    },
    {
      type: 'paragraph',
      text: 'وتفتح المكتبة أبوابها يوميًا من الثامنة صباحًا حتى منتصف الليل، ما عدا يوم الجمعة إذ تفتح بعد الظهر.',
    },
  ],
  authors: [
    { name: 'ليلى حسن', href: '#layla-hassan' },
    { name: 'عمر خالد', href: '#omar-khaled' },
    { name: 'Nadia Karim' },
  ],
  source: 'رويترز',
  published: '2026-02-20T10:00:00+03:00',
  updated: '2026-02-20T18:45:00+03:00',
  timeZone: 'Asia/Riyadh',
};

export const japanese: SampleArticle = {
  id: 'article-ja',
  lang: 'ja',
  dir: 'ltr',
  kicker: '地域',
  headline: '市立図書館、平日の夜間開館を試行　学生と夜勤の人に好評',
  standfirst:
    '閉館時刻を午後十時まで延ばしたところ、三か月で利用者は一日平均約四割増えた。市は来年度からの本格実施を検討している。',
  body: [
    {
      type: 'paragraph',
      text: '市立中央図書館は十月から、平日の閉館時刻を午後七時から午後十時に延ばす試みを続けている。図書館によると、夜間の利用者の半数以上が学生で、残りは仕事帰りの会社員や、夜勤の前後に立ち寄る医療従事者だった。',
    },
    {
      type: 'paragraph',
      text: '延長した三時間は、閲覧室と学習室、それに貸し出しカウンターを開けている。職員の負担を抑えるため、自動貸出機を二台増やし、夜間は警備員を一人置いた。',
    },
    {
      type: 'figure',
      image: 'meeting',
      caption: '夜間開館中の閲覧室。午後九時を過ぎても席の多くが埋まっていた',
      alt: '明かりのついた閲覧室で、長机に向かって本を読む人たち',
      credit: '市広報課',
    },
    { type: 'subheading', text: '分館への拡大も' },
    {
      type: 'paragraph',
      text: '市議会の委員会では、駅前と北部の二つの分館にも夜間開館を広げるよう求める意見が出た。市の担当者は「利用の様子を見ながら、来年度の予算で検討したい」と答えた。',
    },
    {
      type: 'paragraph',
      text: '看護師として働く女性は「夜勤明けの朝は開いていないので、夜に来られるのは本当に助かる」と話した。',
    },
    {
      type: 'figure',
      image: 'inspection',
      caption: '新たに置かれた自動貸出機。夜間の貸し出しの七割がここを通る',
      alt: 'カウンター横に並ぶ二台の自動貸出機と、本を手にした利用者',
      credit: '市広報課',
    },
    {
      type: 'paragraph',
      text: '試行は三月末まで続き、図書館は利用者アンケートの結果を四月に公表する予定だ。',
    },
  ],
  authors: [{ name: '佐藤花子', href: '#sato-hanako' }, { name: '鈴木一郎' }],
  source: '共同通信',
  published: '2026-01-09T06:00:00+09:00',
  updated: '2026-01-09T12:20:00+09:00',
  timeZone: 'Asia/Tokyo',
};

function block(item: Block, lead: boolean): TemplateResult {
  switch (item.type) {
    case 'paragraph':
      return html`<p>${item.text}</p>`;
    case 'subheading':
      return html`<h2>${item.text}</h2>`;
    case 'figure':
      return html`<press-figure
        src="${images}/${item.image}-1200.png"
        srcset=${srcsetOf(item.image)}
        sizes="(max-width: 48rem) 100vw, 48rem"
        width="1200"
        height="800"
        alt=${item.alt}
        credit=${item.credit}
        loading=${lead ? 'eager' : 'lazy'}
        fetchpriority=${lead ? 'high' : 'auto'}
        >${item.caption}</press-figure
      >`;
  }
}

/** The article as a portal's page would hold it: toolbar, header, body, byline. */
export function articlePage(article: SampleArticle): TemplateResult {
  let figures = 0;
  return html`<press-article id=${article.id} lang=${article.lang} dir=${article.dir}>
    <press-a11y-toolbar></press-a11y-toolbar>
    <press-header>
      <a slot="kicker" href="#section">${article.kicker}</a>
      <h1 slot="headline">${article.headline}</h1>
      <p slot="standfirst">${article.standfirst}</p>
    </press-header>
    ${article.body.map((item) => block(item, item.type === 'figure' && figures++ === 0))}
    <press-byline
      source=${article.source ?? ''}
      published=${article.published}
      modified=${article.updated ?? ''}
      time-zone=${article.timeZone}
    >
      ${article.authors.map((author) =>
        author.href
          ? html`<a href=${author.href}>${author.name}</a>`
          : html`<span>${author.name}</span>`,
      )}
    </press-byline>
  </press-article>`;
}
