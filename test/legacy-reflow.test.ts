/**
 * Reflow at 320 CSS px with text at 200 % (WCAG 1.4.10) for bodies as editors write them: fixed
 * inline widths and size attributes on images, fixed-width layout tables, embeds, long URLs and
 * unbroken strings. Nothing makes the page scroll sideways; media keep their aspect ratio.
 */
import { expect } from '@open-wc/testing';
import '../src/define.js';
import type { PressArticle } from '../src/index.js';
import { frameList, narrowDocument, until } from './a11y-toolbar-helpers.js';
import { imagesSettled, resetPreferences, settle } from './helpers.js';

const photo = '/fixtures/seed-article/images/inspection-600.png';

/** Each case: the legacy markup, and the width / height ratio its media should keep. */
const BODIES: Record<string, { body: string; ratio?: number }> = {
  'an image with a fixed inline size': {
    body: `<p><img src="${photo}" alt="Kiểm tra" style="width:500px;height:333px"></p>`,
    ratio: 500 / 333,
  },
  'an image with size attributes': {
    body: `<p style="text-align:center"><img src="${photo}" alt="Kiểm tra" width="600" height="400"></p>`,
    ratio: 600 / 400,
  },
  'a fixed-width layout table': {
    body:
      `<table width="600" border="0" cellpadding="4" style="width:600px"><tbody><tr>` +
      `<td width="300" style="width:300px"><img src="${photo}" alt="Ảnh" width="290" height="193"></td>` +
      `<td width="300" style="width:300px"><span style="font-size:14px">Lực lượng Công an tỉnh kiểm tra hành chính các cơ sở kinh doanh dịch vụ.</span></td>` +
      `</tr></tbody></table>`,
  },
  'a video with size attributes': {
    body: `<p><video width="640" height="360" controls></video></p>`,
    ratio: 16 / 9,
  },
  'an embed frame with size attributes': {
    body: `<p><iframe width="560" height="315" src="about:blank" title="Video"></iframe></p>`,
    ratio: 560 / 315,
  },
  'a long URL and an unbroken string': {
    body:
      `<p>Xem thêm: https://congan.example.gov.vn/tin-tuc/an-ninh-trat-tu/luc-luong-cong-an-tinh-kiem-tra-hanh-chinh-cac-co-so-kinh-doanh-dich-vu-co-dieu-kien-ve-an-ninh-trat-tu-2026.html</p>` +
      `<p>${'ĐườngDâyNóng'.repeat(12)}</p>`,
  },
  'preformatted text': {
    body: `<pre>curl -X POST https://congan.example.gov.vn/api/v1/phan-anh --data '{"noi_dung":"${'x'.repeat(120)}"}'</pre>`,
  },
  'an audio player': {
    body: `<figure class="wp-block-audio"><audio controls src=""></audio></figure>`,
  },
  'a long URL in a table cell': {
    body: `<table border="1"><tr><td>Nguồn</td><td>https://congan.example.gov.vn/tin-tuc/an-ninh-trat-tu/luc-luong-cong-an-tinh-kiem-tra-hanh-chinh-2026.html</td></tr></table>`,
  },
};

const wideTable =
  `<table><caption>Kết quả xử lý vi phạm</caption><thead><tr>` +
  ['Tháng', 'Ô tô', 'Xe máy', 'Nồng độ cồn', 'Tốc độ', 'Mũ bảo hiểm', 'Tước bằng', 'Tiền phạt']
    .map((heading) => `<th>${heading}</th>`)
    .join('') +
  `</tr></thead><tbody><tr>${'<td>1.234.567.890</td>'.repeat(8)}</tr></tbody></table>`;

describe('legacy bodies reflow at 320 CSS px with text at 200 %', () => {
  const { keep, removeAll } = frameList();
  beforeEach(resetPreferences);
  afterEach(removeAll);

  for (const [name, { body, ratio }] of Object.entries(BODIES)) {
    it(name, async () => {
      const frame = keep(await narrowDocument());
      const view = frame.contentWindow!;
      const doc = frame.contentDocument!;
      doc.body.innerHTML = `<press-article lang="vi"><p>Mở đầu.</p>${body}</press-article>`;
      const article = doc.querySelector('press-article') as PressArticle;
      article.setPreferences({ fontScale: 2 });
      await settle(article);
      await imagesSettled(doc);

      expect(view.innerWidth).to.equal(320);
      expect(doc.documentElement.scrollWidth, 'page width').to.be.at.most(view.innerWidth);
      for (const element of article.querySelectorAll('*')) {
        const box = element.getBoundingClientRect();
        // What a table scrolls inside itself is out of view on purpose: the table is reachable.
        const scroller = element.parentElement?.closest('table');
        if (scroller && scroller.scrollWidth > scroller.clientWidth) {
          await until(() => scroller.tabIndex === 0);
          continue;
        }
        if (box.width) expect(box.right, element.localName).to.be.at.most(view.innerWidth + 0.5);
      }
      if (ratio) {
        const media = article.querySelector('img, video, iframe')!.getBoundingClientRect();
        expect(media.width, 'media width').to.be.greaterThan(100);
        expect(media.width / media.height, 'aspect ratio').to.be.closeTo(ratio, ratio * 0.02);
      }
    });
  }

  it('a wide data table scrolls inside itself, reachable by keyboard while it does', async () => {
    const frame = keep(await narrowDocument());
    const view = frame.contentWindow!;
    const doc = frame.contentDocument!;
    doc.body.innerHTML = `<press-article lang="vi"><p>Mở đầu.</p>${wideTable}</press-article>`;
    const article = doc.querySelector('press-article') as PressArticle;
    await settle(article);
    const table = doc.querySelector('table')!;
    await until(() => table.tabIndex === 0);
    expect(doc.documentElement.scrollWidth, 'page width').to.be.at.most(view.innerWidth);
    expect(table.scrollWidth, 'the table scrolls').to.be.greaterThan(table.clientWidth);
    expect(table.getAttribute('tabindex')).to.equal('0');
    // Wide enough to fit: the tab stop goes.
    frame.style.inlineSize = '1400px';
    await until(() => !table.hasAttribute('tabindex'));
  });

  it('a wide table far down a long body takes its tab stop once it is laid out', async () => {
    const frame = keep(await narrowDocument());
    const view = frame.contentWindow!;
    const doc = frame.contentDocument!;
    const errors: string[] = [];
    view.addEventListener('error', (event) => errors.push(event.message));
    const paragraphs = (count: number) => '<p>Một đoạn văn bản.</p>'.repeat(count);
    doc.body.innerHTML = `<press-article lang="vi">${paragraphs(80)}${wideTable}${paragraphs(20)}</press-article>`;
    const article = doc.querySelector('press-article') as PressArticle;
    article.setPreferences({ fontScale: 2 });
    await settle(article);
    const table = doc.querySelector('table')!;
    // Its chunk skips layout while out of view (where the engine lets it): no width read yet.
    await new Promise((resolve) => view.requestAnimationFrame(() => setTimeout(resolve, 100)));
    if (!table.checkVisibility({ contentVisibilityAuto: true })) {
      expect(table.hasAttribute('tabindex')).to.be.false;
    }
    table.scrollIntoView();
    await until(() => table.tabIndex === 0);
    expect(doc.documentElement.scrollWidth, 'page width').to.be.at.most(view.innerWidth);
    expect(errors, 'errors in the page (a resize observer loop)').to.deep.equal([]);
  });
});
