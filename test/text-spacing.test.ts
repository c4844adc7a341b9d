/**
 * WCAG 1.4.12 text spacing, stacked Vietnamese diacritics, and reflow at 320 CSS px with text at
 * 200 % (WCAG 1.4.10).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import '../src/define.js';
import { seedArticle, type ContentForm } from '../fixtures/seed-article.js';
import type { PressArticle } from '../src/index.js';
import { frameList, narrowDocument } from './a11y-toolbar-helpers.js';
import { inkHeight, px, resetPreferences, settle } from './helpers.js';
import { allElements, expectNothingClipped, textHolders } from './reader-measures.js';

/** Capitals with two marks above, small letters with a mark below: the tallest and deepest ink. */
const STACKED_ABOVE = 'ỆẪẶỖỸẤỀ';
const BELOW = 'ậệộỵợụị';

const vietnamese = html`<press-article lang="vi">
  <press-a11y-toolbar></press-a11y-toolbar>
  <press-header
    kicker="Lịch sử Ệ"
    headline="Ệ Ẫ Ặ Ỗ Ỹ vững vàng trên trận tuyến đấu tranh"
    standfirst="Ra đời từ trong cuộc đấu tranh giành độc lập dân tộc, ỆẪẶỖ ậệộỵ"
  ></press-header>
  <h2>Nghiệp vụ ẫ ặ ỗ ậ</h2>
  <p>
    Kon Tum là một tỉnh thuộc vùng cực bắc Tây Nguyên ỆẪẶỖỸ ậệộỵợ, <a href="#x">Ễ liên kết ậ</a>.
  </p>
  <p>
    Lực lượng An ninh chính trị nội bộ vững vàng trên trận tuyến đấu tranh phòng chống tội phạm.
  </p>
  <press-figure
    caption="Phòng An ninh Ệ Ẫ ậ họp triển khai"
    credit="TTXVN"
    width="3"
    height="2"
  ></press-figure>
  <press-byline author="Bích Ngệ Ẫ" source="VOV"></press-byline>
</press-article>`;

describe('text spacing (WCAG 1.4.12)', () => {
  beforeEach(resetPreferences);

  it('applies the four spacings to the portal’s own markup, whatever its CSS says', async () => {
    const wrapper = await fixture(
      html`<div>
        <style>
          .portal p {
            line-height: 1.1;
            letter-spacing: 0;
            word-spacing: 0;
            margin: 0;
          }
        </style>
        <press-article class="portal" text-spacing
          ><p>Đoạn một ệ.</p>
          <p>Đoạn hai ẫ.</p></press-article
        >
      </div>`,
    );
    await settle(wrapper);
    const p = wrapper.querySelector('p')!;
    const style = getComputedStyle(p);
    const size = px(style.fontSize);
    expect(px(style.lineHeight)).to.be.at.least(1.5 * size - 0.01);
    expect(px(style.letterSpacing)).to.be.closeTo(0.12 * size, 0.01);
    expect(px(style.wordSpacing)).to.be.closeTo(0.16 * size, 0.01);
    expect(px(style.marginBlockEnd)).to.be.closeTo(2 * size, 0.01);
  });

  it('never lowers the portal’s line height, and raises headings to 1.5', async () => {
    const el = await fixture<PressArticle>(html`<press-article><p>Đoạn</p></press-article>`);
    const header = await fixture(
      html`<press-article text-spacing>
        <press-header headline="Tiêu đề ệ"></press-header>
      </press-article>`,
    );
    await settle(header);
    const before = px(getComputedStyle(el.querySelector('p')!).lineHeight);
    el.textSpacing = true;
    await el.updateComplete;
    expect(px(getComputedStyle(el.querySelector('p')!).lineHeight)).to.be.at.least(before);
    const headline = header
      .querySelector('press-header')!
      .shadowRoot!.querySelector('[part~="headline"]')!;
    const style = getComputedStyle(headline);
    expect(px(style.lineHeight)).to.be.at.least(1.5 * px(style.fontSize) - 0.01);
  });

  for (const spacing of [false, true]) {
    for (const scale of [1, 2]) {
      it(`leaves room for stacked diacritics (ệ, ẫ): spacing ${spacing ? 'on' : 'off'}, text ${scale * 100}%`, async () => {
        const el = await fixture<PressArticle>(vietnamese);
        el.fontScale = scale;
        el.textSpacing = spacing;
        await settle(el);
        const holders = textHolders(el).filter((holder) => !holder.closest('press-a11y-toolbar'));
        expect(holders.length).to.be.at.least(8);
        for (const holder of holders) {
          // Lines at least as far apart as the tallest mark above and the deepest below:
          // the ink of one line never reaches into the next.
          const lineHeight = px(getComputedStyle(holder).lineHeight);
          expect(lineHeight, `${holder.localName} "${holder.textContent.trim()}"`).to.be.at.least(
            inkHeight(holder, STACKED_ABOVE, BELOW),
          );
        }
        expectNothingClipped(el);
        await expect(el).to.be.accessible();
      });
    }
  }
});

describe('reflow at 320 CSS px with text at 200 % (WCAG 1.4.10)', () => {
  const { keep, removeAll } = frameList();
  beforeEach(resetPreferences);
  afterEach(removeAll);

  for (const form of ['slotted', 'attributes'] as ContentForm[]) {
    for (const spacing of [false, true]) {
      it(`${form}, spacing ${spacing ? 'on' : 'off'}: no sideways scrolling, nothing cut off`, async () => {
        const frame = keep(await narrowDocument());
        const view = frame.contentWindow!;
        const doc = frame.contentDocument!;
        render(seedArticle({ form }), doc.body, { creationScope: doc });
        const el = doc.querySelector('press-article') as PressArticle;
        el.setPreferences({ fontScale: 2, textSpacing: spacing });
        await settle(el);
        expect(view.innerWidth).to.equal(320);
        expect(el.fontScale).to.equal(2);
        expect(doc.documentElement.scrollWidth).to.be.at.most(view.innerWidth);
        for (const node of allElements(el)) {
          const box = node.getBoundingClientRect();
          if (box.width === 0) continue;
          expect(box.right, node.localName).to.be.at.most(view.innerWidth + 0.5);
        }
        expectNothingClipped(el, view);
      });
    }
  }
});
