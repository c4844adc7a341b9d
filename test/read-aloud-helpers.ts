/** The article both read-aloud specs read: sentences across markup, hidden and decorative text. */
import { fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { PressArticle } from '../src/index.js';
import { settle } from './helpers.js';

export const lead = 'Kon Tum là một tỉnh thuộc vùng cực bắc Tây Nguyên. Tỉnh có nhiều dân tộc!';

export async function readAloudArticle(): Promise<PressArticle> {
  const el = await fixture<PressArticle>(
    html`<press-article lang="vi">
      <press-a11y-toolbar></press-a11y-toolbar>
      <press-header headline="Lực lượng An ninh vững vàng"></press-header>
      <p>${lead}</p>
      <p>
        Lực lượng <a href="#x">An ninh</a> được thành lập <em>năm 1946</em>. Họ lập nhiều chiến
        công? Có.
      </p>
      <p hidden>Đoạn ẩn không được đọc.</p>
      <p aria-hidden="true">Trang trí.</p>
      <press-figure caption="Phòng An ninh họp triển khai" width="3" height="2"></press-figure>
    </press-article>`,
  );
  await settle(el);
  return el;
}
