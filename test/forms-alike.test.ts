/**
 * The slotted form and the attribute form of every element look the same: every part has the
 * same box and its text the same type, within 1 px, with no theme and with each shipped theme.
 */
import { expect, fixture } from '@open-wc/testing';
import { render, html, type TemplateResult } from 'lit';
import '../src/define.js';
import { loadTheme, resetPreferences } from './helpers.js';

const THEMES = [undefined, 'default', 'dark', 'high-contrast', 'seed-portal'];
const TYPE = ['fontSize', 'lineHeight', 'fontWeight', 'fontFamily', 'letterSpacing'] as const;

type Look = Record<string, number | string>;

/** The box of every part and the type of the text inside it. */
function look(host: Element, parts: string[], text: (host: Element, part: string) => Element) {
  const found: Look = {};
  const origin = host.getBoundingClientRect();
  for (const part of parts) {
    const box = host.shadowRoot!.querySelector(`[part~="${part}"]`)!.getBoundingClientRect();
    found[`${part} top`] = box.top - origin.top;
    found[`${part} width`] = box.width;
    found[`${part} height`] = box.height;
    const style = getComputedStyle(text(host, part));
    for (const property of TYPE) found[`${part} ${property}`] = style[property];
  }
  return found;
}

function expectAlike(slotted: Look, attribute: Look) {
  for (const [key, value] of Object.entries(slotted)) {
    const other = attribute[key]!;
    if (typeof value === 'number') expect(other, key).to.be.closeTo(value, 1);
    else if (/px$/.test(value))
      expect(parseFloat(String(other)), key).to.be.closeTo(parseFloat(value), 1);
    else expect(other, key).to.equal(value);
  }
}

type Lit = HTMLElement & { updateComplete: Promise<unknown> };

/** Both forms side by side in one column; in an article with the reader's text spacing on. */
async function both(slotted: TemplateResult, attribute: TemplateResult, spacing = false) {
  const article = await fixture<Lit>(
    html`<press-article style="inline-size: 40rem" ?text-spacing=${spacing}></press-article>`,
  );
  render(html`${slotted}${attribute}`, article);
  const [a, b] = Array.from(article.children) as Lit[];
  await Promise.all([article.updateComplete, a!.updateComplete, b!.updateComplete]);
  return [a!, b!] as const;
}

/** The element carrying a part's text: the slotted element, or the one the shadow tree renders. */
function headerText(host: Element, part: string): Element {
  const slotted = host.querySelector(`[slot="${part}"]`);
  if (slotted) return slotted;
  const shadowPart = host.shadowRoot!.querySelector(`[part="${part}"]`)!;
  return shadowPart.querySelector(':scope > slot > :is(h1, h2, h3, h4, h5, h6, a)') ?? shadowPart;
}

/** A part's text: the element slotted into it, else the part itself (plain slotted text). */
function partText(slot?: string) {
  return (host: Element, part: string): Element =>
    (slot !== undefined &&
      host.querySelector(slot ? `[slot="${slot}"]` : ':scope > :not([slot])')) ||
    host.shadowRoot!.querySelector(`[part~="${part}"]`)!;
}

const image = '/fixtures/seed-article/images/meeting-600.png';

/** The other elements: slotted form, attribute form, the parts compared, where their text is. */
const OTHERS: [string, TemplateResult, TemplateResult, string[], ReturnType<typeof partText>][] = [
  [
    'press-figure, caption and credit',
    html`<press-figure lang="vi" src=${image} width="600" height="400" credit="Hồng Nhung"
      >Lãnh đạo Công an tỉnh kiểm tra công tác sẵn sàng chiến đấu</press-figure
    >`,
    html`<press-figure
      lang="vi"
      src=${image}
      width="600"
      height="400"
      credit="Hồng Nhung"
      caption="Lãnh đạo Công an tỉnh kiểm tra công tác sẵn sàng chiến đấu"
    ></press-figure>`,
    ['base', 'media', 'caption', 'credit'],
    partText(),
  ],
  [
    'press-author, name and role',
    html`<press-author lang="vi">Bích Nga<span slot="role">Phóng viên</span></press-author>`,
    html`<press-author lang="vi" name="Bích Nga" job-title="Phóng viên"></press-author>`,
    ['name', 'role'],
    partText('role'),
  ],
  [
    'press-byline, author and dates',
    html`<press-byline
      lang="vi"
      published="2017-03-02T08:00:00+07:00"
      modified="2017-03-03T09:30:00+07:00"
      time-zone="Asia/Ho_Chi_Minh"
      >Bích Nga</press-byline
    >`,
    html`<press-byline
      lang="vi"
      author="Bích Nga"
      published="2017-03-02T08:00:00+07:00"
      modified="2017-03-03T09:30:00+07:00"
      time-zone="Asia/Ho_Chi_Minh"
    ></press-byline>`,
    ['base', 'authors', 'published', 'updated', 'date'],
    partText(),
  ],
];

describe('slotted and attribute forms look alike', () => {
  // At the default text size, whatever an earlier spec left in storage.
  before(resetPreferences);
  for (const theme of THEMES) {
    describe(theme ? `with themes/${theme}.css` : 'with no theme', () => {
      let link: HTMLLinkElement | undefined;
      before(async () => {
        if (theme) link = await loadTheme(theme);
      });
      after(() => link?.remove());

      for (const [level, spacing] of [
        [1, false],
        [2, false],
        [3, false],
        [1, true],
      ] as const) {
        it(`press-header, headline at level ${level}${spacing ? ', text spacing on' : ''}`, async () => {
          const tag = `h${level}`;
          const [slotted, attribute] = await both(
            html`<press-header lang="vi" level=${level}>
              <span slot="kicker">An ninh trật tự</span>
              ${
                tag === 'h1'
                  ? html`<h1 slot="headline">Hội nghị triển khai công tác năm 2017</h1>`
                  : tag === 'h2'
                    ? html`<h2 slot="headline">Hội nghị triển khai công tác năm 2017</h2>`
                    : html`<h3 slot="headline">Hội nghị triển khai công tác năm 2017</h3>`
              }
              <p slot="standfirst">Sáng 2/3, Công an tỉnh tổ chức hội nghị.</p>
            </press-header>`,
            html`<press-header
              lang="vi"
              level=${level}
              kicker="An ninh trật tự"
              headline="Hội nghị triển khai công tác năm 2017"
              standfirst="Sáng 2/3, Công an tỉnh tổ chức hội nghị."
            ></press-header>`,
            spacing,
          );
          const parts = ['base', 'kicker', 'headline', 'standfirst'];
          const slottedLook = look(slotted, parts, headerText);
          const attributeLook = look(attribute, parts, headerText);
          expect(slotted.getBoundingClientRect().height).to.be.closeTo(
            attribute.getBoundingClientRect().height,
            1,
          );
          expectAlike(slottedLook, attributeLook);
        });
      }

      for (const [name, slottedForm, attributeForm, parts, text] of OTHERS)
        for (const spacing of [false, true])
          it(`${name}${spacing ? ', text spacing on' : ''}`, async () => {
            const [slotted, attribute] = await both(slottedForm, attributeForm, spacing);
            // Both images in (or both failed): the boxes compared are final.
            await Promise.all(
              [slotted, attribute].flatMap((host) =>
                Array.from(host.shadowRoot!.querySelectorAll('img'), (img) =>
                  img.decode().catch(() => undefined),
                ),
              ),
            );
            expect(slotted.getBoundingClientRect().height, 'host height').to.be.closeTo(
              attribute.getBoundingClientRect().height,
              1,
            );
            expectAlike(look(slotted, parts, text), look(attribute, parts, text));
          });
    });
  }
});
