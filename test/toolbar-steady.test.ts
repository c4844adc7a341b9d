/**
 * Nothing moves under the reader's finger: every control of the toolbar stays where it was, within
 * 1 px, while the reader presses each control through every state and the article's text grows,
 * shrinks, changes contrast and spacing. At phone, tablet, laptop and wide-screen widths, in
 * Vietnamese, English and Arabic (right to left).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { PressA11yToolbar, PressArticle } from '../src/index.js';
import { toolbarButton } from './a11y-toolbar-helpers.js';
import { resetPreferences, settle } from './helpers.js';

const WIDTHS = [320, 768, 1280, 1920];
const LANGS = [
  ['vi', 'ltr'],
  ['en', 'ltr'],
  ['ar', 'rtl'],
] as const;

/** Every press in order: up to the largest size, down to the smallest, back, then the rest. */
const PRESSES = [
  ...Array<string>(6).fill('larger'),
  ...Array<string>(10).fill('smaller'),
  'reset',
  'larger',
  'more',
  'more',
  'less',
  'less',
  'spacing',
  'larger',
  'larger',
  'more',
  'spacing',
  'reset',
];

const PARAGRAPH = {
  vi: 'Sáng 2/3, Công an tỉnh tổ chức hội nghị triển khai công tác năm 2017 với sự tham dự của lãnh đạo các phòng, ban.',
  en: 'On the morning of 2 March, the provincial police held a conference to launch the work of 2017.',
  ar: 'عقدت شرطة المحافظة صباح الثاني من مارس مؤتمرا لإطلاق عمل عام 2017 بحضور قادة الإدارات.',
};

function boxes(toolbar: PressA11yToolbar) {
  const controls = toolbar.shadowRoot!.querySelectorAll(
    '[part="toggle"], [part~="button"], [part="size"]',
  );
  // The compact form's button is there at phone widths only (the toolbar is open, below it).
  return Array.from(controls, (control) => control)
    .filter((control) => control.checkVisibility())
    .map((control) => {
      const { x, y, width, height } = control.getBoundingClientRect();
      return { part: control.getAttribute('part')!, x, y, width, height };
    });
}

describe('toolbar controls stay under the pointer', () => {
  beforeEach(resetPreferences);
  afterEach(resetPreferences);

  for (const width of WIDTHS) {
    for (const [lang, dir] of LANGS) {
      it(`at ${width} px in ${lang}`, async () => {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="inline-size: ${width}px">
            <press-article lang=${lang} dir=${dir} publisher="P">
              <press-a11y-toolbar open></press-a11y-toolbar>
              <h1>${PARAGRAPH[lang].slice(0, 40)}</h1>
              <p>${PARAGRAPH[lang]}</p>
            </press-article>
          </div>`,
        );
        const article = wrapper.querySelector<PressArticle>('press-article')!;
        const toolbar = article.querySelector<PressA11yToolbar>('press-a11y-toolbar')!;
        await settle(article);
        const start = boxes(toolbar);
        // Six controls and the size readout at least (read aloud needs a voice).
        expect(start.length, 'controls in view').to.be.at.least(7);
        const paragraph = article.querySelector('p')!;
        const textWidth = paragraph.getBoundingClientRect().width;
        const textSize = () => parseFloat(getComputedStyle(paragraph).fontSize);
        const startSize = textSize();
        let largest = startSize;
        for (const [step, action] of PRESSES.entries()) {
          toolbarButton(toolbar, action).click();
          await settle(article);
          largest = Math.max(largest, textSize());
          const now = boxes(toolbar);
          expect(
            now.map((box) => box.part),
            `after ${action}`,
          ).to.deep.equal(start.map((box) => box.part));
          for (const [i, box] of now.entries()) {
            const was = start[i]!;
            const moved = Math.max(
              Math.abs(box.x - was.x),
              Math.abs(box.y - was.y),
              Math.abs(box.width - was.width),
              Math.abs(box.height - was.height),
            );
            expect(
              moved,
              `${box.part} after press ${step + 1} (${action}): ${JSON.stringify([was, box])}`,
            ).to.be.at.most(1);
          }
        }
        // The presses did reach the article: its text grew, and its column kept its width.
        expect(largest).to.be.above(startSize);
        expect(paragraph.getBoundingClientRect().width).to.be.closeTo(textWidth, 1);
      });
    }
  }
});
