/**
 * Nothing the library renders is clipped or spills: every element of every shadow root, and every
 * host, keeps its content inside its box (scroll size within 1 px of client size), the column never
 * scrolls sideways, and every control stays a target of at least 24 × 24 CSS px (44 for the
 * toolbar's). At a phone's and a laptop's width, in Vietnamese and in Arabic (right to left), at
 * the smallest and the largest text, each contrast level, with and without text spacing. The
 * content is the hard kind: failed images with long alt text, a long caption and credit, two
 * authors with job titles, every byline field.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { PressArticle } from '../src/index.js';
import {
  CONTRASTS,
  MAX_FONT_SCALE,
  MIN_FONT_SCALE,
  preferencesStore,
} from '../src/preferences-store.js';
import { resetPreferences, settle } from './helpers.js';
import { axeWcag } from './axe.js';
import { until } from './a11y-toolbar-helpers.js';

const image = '/fixtures/seed-article/images/meeting-600.png';

const CONTENT = {
  vi: {
    dir: 'ltr',
    kicker: 'An ninh trật tự',
    headline: 'Lực lượng An ninh nhân dân: 70 năm xây dựng, chiến đấu và trưởng thành',
    standfirst: 'Ra đời từ trong cuộc đấu tranh cách mạng, lực lượng đã lập nhiều chiến công.',
    alt: 'Đại tá Nguyễn Văn A, Giám đốc Công an tỉnh, phát biểu tại hội nghị tổng kết công tác năm với toàn thể cán bộ, chiến sĩ các phòng, ban và công an huyện, thành phố',
    caption:
      'Lãnh đạo Công an tỉnh kiểm tra công tác sẵn sàng chiến đấu tại đơn vị cơ sở, tháng 3/2017',
    credit: 'Phòng Công tác Đảng và Công tác chính trị',
    authors: [
      ['Bích Nga', 'Phóng viên thường trú khu vực miền núi phía Bắc'],
      ['Minh Anh', 'Cộng tác viên'],
    ],
    source: 'Báo Công an nhân dân điện tử',
    text: 'Sáng 2/3, Công an tỉnh tổ chức hội nghị triển khai công tác năm 2017 với sự tham dự của lãnh đạo các phòng, ban.',
  },
  ar: {
    dir: 'rtl',
    kicker: 'الأمن والنظام',
    headline: 'قوات الأمن الشعبي: سبعون عاما من البناء والقتال والنضوج في خدمة الوطن',
    standfirst: 'ولدت من رحم النضال الثوري، وحققت القوات إنجازات كثيرة على مر السنين.',
    alt: 'العقيد نغوين فان أ، مدير شرطة المحافظة، يلقي كلمة في المؤتمر السنوي أمام جميع الضباط والجنود من الإدارات والأقسام وشرطة المناطق والمدن',
    caption: 'قادة شرطة المحافظة يتفقدون جاهزية القتال في وحدة قاعدية، مارس 2017',
    credit: 'إدارة العمل الحزبي والسياسي',
    authors: [
      ['بيتش نغا', 'مراسلة مقيمة في المناطق الجبلية الشمالية'],
      ['مينه آنه', 'متعاون'],
    ],
    source: 'صحيفة الأمن الشعبي الإلكترونية',
    text: 'عقدت شرطة المحافظة صباح الثاني من مارس مؤتمرا لإطلاق عمل عام 2017 بحضور قادة الإدارات.',
  },
} as const;

type Lang = keyof typeof CONTENT;

async function render(lang: Lang, width: number): Promise<PressArticle> {
  const c = CONTENT[lang];
  const wrapper = await fixture<HTMLDivElement>(html`
    <div style="inline-size: ${width}px">
      <press-article lang=${lang} dir=${c.dir}>
        <press-a11y-toolbar open></press-a11y-toolbar>
        <press-header kicker=${c.kicker} headline=${c.headline} standfirst=${c.standfirst}>
        </press-header>
        <press-byline
          source=${c.source}
          published="2017-03-02T08:00:00+07:00"
          modified="2017-03-03T09:30:00+07:00"
          reading-time
        >
          ${c.authors.map(
            ([name, role]) => html`<press-author name=${name} job-title=${role}></press-author>`,
          )}
        </press-byline>
        <press-figure
          src="/missing-with-alt.png"
          loading="eager"
          width="1200"
          height="800"
          alt=${c.alt}
          caption=${c.caption}
          credit=${c.credit}
        ></press-figure>
        <press-figure
          src="/missing-without-alt.png"
          loading="eager"
          caption=${c.caption}
        ></press-figure>
        <press-figure zoom loading="eager" src=${image} credit=${c.credit}
          >${c.caption}</press-figure
        >
        <p>${c.text}</p>
      </press-article>
    </div>
  `);
  const article = wrapper.querySelector<PressArticle>('press-article')!;
  await settle(article);
  // Both failures are in (their fallbacks shown: eager, as they may be far below the fold at the
  // largest text) and the zoom button is there.
  await import('../src/components/figure/figure-enhance.js');
  await until(() => {
    const figures = [...article.querySelectorAll('press-figure')];
    const fallbacks = figures.filter((f) => f.shadowRoot!.querySelector('[part="fallback"]'));
    return fallbacks.length === 2 && !!figures[2]!.shadowRoot!.querySelector('[part="zoom"]');
  });
  await settle(article);
  return article;
}

/** Every press-* host under `root`, and every element of their shadow roots, nested ones too. */
function rendered(root: Element): Element[] {
  const found: Element[] = [];
  const walk = (scope: Element | ShadowRoot) => {
    for (const el of scope.querySelectorAll('*')) {
      if (scope instanceof ShadowRoot || el.localName.startsWith('press-')) found.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  found.push(root);
  walk(root);
  return found;
}

/** Where an element keeps content outside its box, in px, or nothing. */
function spill(el: Element): string | undefined {
  const style = getComputedStyle(el);
  // Boxless (inline, contents, hidden) and deliberately clipped (visually hidden) elements hold no
  // box to measure against; their text is measured in the boxes around them.
  if (style.display === 'none' || style.display === 'contents' || style.display === 'inline')
    return undefined;
  if (style.clipPath !== 'none' || el.localName === 'svg' || el.localName === 'slot')
    return undefined;
  const x = el.scrollWidth - el.clientWidth;
  const y = el.scrollHeight - el.clientHeight;
  return x > 1 || y > 1 ? `${x} px across, ${y} px down` : undefined;
}

const describeEl = (el: Element) =>
  `${(el.getRootNode() as ShadowRoot).host?.localName ?? 'document'} ${el.localName}${
    el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : ''
  }`;

describe('nothing the library renders is clipped', () => {
  beforeEach(resetPreferences);
  afterEach(resetPreferences);

  for (const width of [320, 1280])
    for (const lang of Object.keys(CONTENT) as Lang[])
      it(`at ${width} px in ${lang}, at every text size, contrast and spacing`, async () => {
        const faults: string[] = [];
        let states = 0;
        let measured = 0;
        const article = await render(lang, width);
        for (const fontScale of [MIN_FONT_SCALE, 1, MAX_FONT_SCALE])
          for (const contrast of CONTRASTS)
            for (const textSpacing of [false, true]) {
              preferencesStore.set({ fontScale, contrast, textSpacing });
              await settle(article);
              const state = `${fontScale}×, ${contrast}, spacing ${textSpacing ? 'on' : 'off'}`;
              for (const el of rendered(article)) {
                measured++;
                const fault = spill(el);
                if (fault) faults.push(`${state}: ${describeEl(el)} ${fault}`);
              }
              const column = article.parentElement!;
              if (column.scrollWidth > column.clientWidth + 1)
                faults.push(`${state}: the page scrolls sideways`);
              for (const host of rendered(article)) {
                for (const button of host.shadowRoot?.querySelectorAll('button') ?? []) {
                  if (!button.checkVisibility()) continue;
                  const box = button.getBoundingClientRect();
                  const least = host.localName === 'press-a11y-toolbar' ? 44 : 24;
                  if (box.width < least - 0.5 || box.height < least - 0.5)
                    faults.push(
                      `${state}: ${describeEl(button)} is ${box.width} × ${box.height} px`,
                    );
                }
              }
              states++;
            }
        expect(faults).to.deep.equal([]);
        expect(states).to.equal(18);
        // Hosts and shadow elements of six elements in each state: a walk that found nothing
        // would pass vacuously.
        expect(measured / states).to.be.at.least(60);
      });

  it('passes axe in Arabic at the largest text, raised contrast and text spacing, at 320 px', async () => {
    preferencesStore.set({ fontScale: MAX_FONT_SCALE, contrast: 'most', textSpacing: true });
    const article = await render('ar', 320);
    const result = await axeWcag(article);
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.length}`)).to.deep.equal([]);
    // target-size was among the rules run, and found the toolbar's controls.
    const target = [...result.passes, ...result.incomplete].find((r) => r.id === 'target-size');
    expect(target?.nodes.length ?? 0).to.be.at.least(6);
  });
});
