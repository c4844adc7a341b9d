/** The article both read-aloud specs read: sentences across markup, hidden and decorative text. */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { PressArticle } from '../src/index.js';
import { HIGHLIGHT_NAME, highlightSentence, sentenceRanges } from '../src/read-aloud.js';
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

/**
 * Highlights the first sentence (the headline, in press-header's shadow root) and the second (a
 * light-DOM paragraph) in turn, and expects each underlined on a coloured background: the
 * highlight is styled in both trees. `when` names the case in failures.
 */
export async function expectSentencesMarked(when: string): Promise<void> {
  const el = await readAloudArticle();
  const ranges = sentenceRanges(el, 'vi');
  const headline = el
    .querySelector('press-header')!
    .shadowRoot!.querySelector('[part~="headline"]')!;
  expect(ranges[0]!.startContainer.getRootNode()).to.equal(headline.getRootNode());
  for (const [range, holder] of [
    [ranges[0]!, headline],
    [ranges[1]!, el.querySelector('p')!],
  ] as const) {
    highlightSentence(range);
    const style = getComputedStyle(holder, `::highlight(${HIGHLIGHT_NAME})`);
    const label = `${holder.localName}, ${when}`;
    expect(style.textDecorationLine, label).to.equal('underline');
    expect(style.backgroundColor, label).to.not.equal('rgba(0, 0, 0, 0)');
  }
}
