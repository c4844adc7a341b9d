/**
 * The toolbar on a phone: below 30rem of width (or with `layout="compact"`) it is one labelled
 * button in one row, which opens the same APG toolbar below it (disclosure pattern); the reader's
 * choice is remembered. `layout="full"` keeps every control in view at any width.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { stringsFor } from '../src/i18n.js';
import type { PressA11yToolbar, PressArticle } from '../src/index.js';
import { TOOLBAR_OPEN_KEY } from '../src/toolbar-memory.js';
import { toolbarButtons } from './a11y-toolbar-helpers.js';
import { resetPreferences, settle } from './helpers.js';
import { axeViolations } from './axe.js';

const TEXT = {
  vi: ['Lực lượng An ninh nhân dân: 70 năm xây dựng', 'Sáng 2/3, Công an tỉnh tổ chức hội nghị.'],
  ar: ['قوات الأمن الشعبي: سبعون عاما من البناء', 'عقدت شرطة المحافظة صباح الثاني من مارس مؤتمرا.'],
} as const;

interface PageOptions {
  lang?: keyof typeof TEXT;
  layout?: string;
  open?: boolean;
}

async function page(
  width: number,
  { lang = 'vi', layout = 'auto', open = false }: PageOptions = {},
) {
  const [headline, body] = TEXT[lang];
  const wrapper = await fixture<HTMLDivElement>(html`
    <div style="inline-size: ${width}px">
      <button>before</button>
      <press-article lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'}>
        <press-a11y-toolbar layout=${layout} ?open=${open}></press-a11y-toolbar>
        <press-header headline=${headline}></press-header>
        <p>${body}</p>
      </press-article>
    </div>
  `);
  const article = wrapper.querySelector<PressArticle>('press-article')!;
  await settle(article);
  const toolbar = article.querySelector<PressA11yToolbar>('press-a11y-toolbar')!;
  const toggle = toolbar.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!;
  const tools = toolbar.shadowRoot!.querySelector<HTMLElement>('[role="toolbar"]')!;
  const headlineTop = () =>
    article
      .querySelector('press-header')!
      .shadowRoot!.querySelector('[part="headline"]')!
      .getBoundingClientRect().top;
  return { wrapper, article, toolbar, toggle, tools, headlineTop };
}

const shown = (el: Element) => el.checkVisibility();

describe('press-a11y-toolbar: the compact form', () => {
  beforeEach(resetPreferences);
  afterEach(resetPreferences);

  it('is one labelled button in one row on a 360 px phone, the headline right below it', async () => {
    const { toolbar, toggle, tools, headlineTop } = await page(360);
    expect(shown(toggle)).to.be.true;
    expect(shown(tools), 'the controls wait behind the button').to.be.false;
    expect(toggle.textContent.trim()).to.equal(stringsFor('vi').toolbarLabel);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.getAttribute('aria-controls')).to.equal(tools.id);
    const box = toolbar.getBoundingClientRect();
    expect(box.height, 'one row').to.be.at.most(56);
    expect(headlineTop() - box.top, 'before the headline').to.be.at.most(
      56 + parseFloat(getComputedStyle(toolbar).marginBlockEnd),
    );
    const target = toggle.getBoundingClientRect();
    expect(target.width).to.be.at.least(44);
    expect(target.height).to.be.at.least(44);
  });

  it('opens the same APG toolbar from the keyboard: one press, one Tab, then the arrows', async () => {
    const { wrapper, toggle, tools } = await page(360);
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(toggle.matches(':focus-visible')).to.be.true;
    const before = toggle.getBoundingClientRect();
    await sendKeys({ press: 'Enter' });
    await settle(wrapper);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(shown(tools)).to.be.true;
    expect(toggle.getBoundingClientRect().top, 'the button stays under the finger').to.equal(
      before.top,
    );
    // Every control in view, the first one Tab away.
    const toolbar = toggle.getRootNode() as ShadowRoot;
    const controls = toolbarButtons(toolbar.host as PressA11yToolbar);
    expect(controls.length).to.be.at.least(6);
    for (const control of controls) expect(shown(control), control.part.value).to.be.true;
    await sendKeys({ press: 'Tab' });
    expect(toolbar.activeElement).to.equal(controls[0]);
    await sendKeys({ press: 'ArrowRight' });
    expect(toolbar.activeElement).to.equal(controls[1]);
    // Esc closes it and gives focus back to the button.
    await sendKeys({ press: 'Escape' });
    await settle(wrapper);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toolbar.activeElement).to.equal(toggle);
    expect(shown(tools)).to.be.false;
  });

  it('is one arrow key away too: arrow down on the button opens it and enters the toolbar', async () => {
    const { wrapper, toggle, tools } = await page(360);
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowDown' });
    await settle(wrapper);
    const root = toggle.getRootNode() as ShadowRoot;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(shown(tools)).to.be.true;
    expect(root.activeElement).to.equal(toolbarButtons(root.host as PressA11yToolbar)[0]);
  });

  it('remembers the reader’s choice over the portal’s default, on the next page too', async () => {
    const first = await page(360);
    first.toggle.click();
    await settle(first.article);
    expect(localStorage.getItem(TOOLBAR_OPEN_KEY)).to.equal('true');
    const next = await page(360);
    expect(next.toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(shown(next.tools)).to.be.true;
    next.toggle.click();
    await settle(next.article);
    // Closed by the reader: closed next time, even where the portal says open.
    const third = await page(360, { open: true });
    expect(third.toggle.getAttribute('aria-expanded')).to.equal('false');
    localStorage.clear();
    const portal = await page(360, { open: true });
    expect(portal.toggle.getAttribute('aria-expanded'), 'no choice yet: the portal’s').to.equal(
      'true',
    );
  });

  it('keeps the choice for the page when storage refuses it', async () => {
    const setItem = Object.getOwnPropertyDescriptor(Storage.prototype, 'setItem')!;
    Object.defineProperty(Storage.prototype, 'setItem', {
      configurable: true,
      value() {
        throw new DOMException('full', 'QuotaExceededError');
      },
    });
    try {
      const first = await page(360);
      first.toggle.click();
      await settle(first.article);
      const next = await page(360);
      expect(next.toggle.getAttribute('aria-expanded')).to.equal('true');
      next.toggle.click();
    } finally {
      Object.defineProperty(Storage.prototype, 'setItem', setItem);
    }
  });

  it('is chosen by its own width (30rem), or by the layout attribute at any width', async () => {
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    const seen = new Set<string>();
    for (const width of [320, 500, 520, 560, 600, 1280]) {
      const { toolbar, toggle, tools } = await page(width);
      const compact = toolbar.getBoundingClientRect().width <= 30 * rem;
      const label = `${toolbar.getBoundingClientRect().width} px`;
      expect(shown(toggle), label).to.equal(compact);
      expect(shown(tools), label).to.equal(!compact);
      seen.add(String(compact));
    }
    expect([...seen].sort(), 'both sides of 30rem').to.deep.equal(['false', 'true']);
    for (const [width, layout, compact] of [
      [1280, 'compact', true],
      [320, 'full', false],
    ] as const) {
      const { toggle, tools } = await page(width, { layout });
      expect(shown(toggle), `${layout} at ${width} px`).to.equal(compact);
      expect(shown(tools), `${layout} at ${width} px`).to.equal(!compact);
    }
  });

  it('writes nothing to its host while left at its defaults (a framework’s markup stays as rendered)', async () => {
    const el = await fixture<PressA11yToolbar>(html`<press-a11y-toolbar></press-a11y-toolbar>`);
    await el.updateComplete;
    expect(el.getAttributeNames()).to.deep.equal([]);
    el.layout = 'compact';
    await el.updateComplete;
    expect(el.getAttribute('layout'), 'a layout set as a property is styled too').to.equal(
      'compact',
    );
  });

  for (const lang of ['vi', 'ar'] as const)
    it(`passes axe closed and open, in ${lang}`, async () => {
      const closed = await page(360, { lang });
      expect(await axeViolations(closed.article)).to.deep.equal([]);
      closed.toggle.click();
      await settle(closed.article);
      expect(shown(closed.tools)).to.be.true;
      expect(await axeViolations(closed.article)).to.deep.equal([]);
    });
});
