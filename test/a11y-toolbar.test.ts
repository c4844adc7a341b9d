import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/components/a11y-toolbar/define.js';
import '../src/components/article/define.js';
import type { PressA11yToolbar, PressArticle } from '../src/index.js';
import { registerStrings, stringsFor } from '../src/i18n.js';
import { FONT_SCALES } from '../src/preferences-store.js';
import { voiceFor } from '../src/speech-voice.js';
import {
  contrastRatio,
  statusText,
  toolbarButton,
  toolbarButtons as buttons,
} from './a11y-toolbar-helpers.js';
import { resetPreferences, settle, spokenLang } from './helpers.js';
import { axeRule } from './axe.js';

const percent = (lang: string, scale: number) =>
  new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(scale);

async function article(lang = 'vi', dir = 'ltr'): Promise<PressArticle> {
  const el = await fixture<PressArticle>(
    html`<div>
      <a href="#before">before</a>
      <press-article lang=${lang} dir=${dir}>
        <press-a11y-toolbar></press-a11y-toolbar>
        <p>Nội dung <a href="#after">bài viết</a></p>
      </press-article>
    </div>`,
  );
  const root = el.querySelector('press-article')!;
  await settle(el);
  return root;
}

const toolbarOf = (root: PressArticle) => root.querySelector('press-a11y-toolbar')!;

const focused = (toolbar: PressA11yToolbar) => toolbar.shadowRoot!.activeElement;

describe('press-a11y-toolbar: APG toolbar', () => {
  beforeEach(resetPreferences);

  it('is a localised toolbar with one tab stop, native buttons and no voice-less reading', async () => {
    const toolbar = toolbarOf(await article());
    const bar = toolbar.shadowRoot!.querySelector('[role="toolbar"]')!;
    expect(bar.getAttribute('aria-label')).to.equal(stringsFor('vi').toolbarLabel);
    const stops = buttons(toolbar).map((b) => b.tabIndex);
    expect(stops).to.deep.equal([0, ...Array<number>(stops.length - 1).fill(-1)]);
    expect(stops.length).to.be.at.least(6);
    expect(buttons(toolbar).every((b) => b.type === 'button')).to.be.true;
    // Read aloud is offered exactly when the browser has a voice for the article's language.
    expect(!!toolbarButton(toolbar, 'read')).to.equal(!!voiceFor('vi'));
  });

  it('keeps the portal’s five controls first, in the contract’s order', async () => {
    const toolbar = toolbarOf(await article());
    const labels = buttons(toolbar).map((b) => b.textContent.trim());
    expect(labels.slice(0, 5)).to.deep.equal([
      'A-',
      'A',
      'A+',
      'Tăng tương phản',
      'Giảm tương phản',
    ]);
  });

  it('moves with real arrow, Home and End presses, wraps, and Tab leaves', async () => {
    const root = await article();
    const toolbar = toolbarOf(root);
    const all = buttons(toolbar);
    (root.parentElement!.querySelector('a[href="#before"]') as HTMLElement).focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(toolbar)).to.equal(all[0]);
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(toolbar)).to.equal(all[1]);
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused(toolbar)).to.equal(all.at(-1));
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(toolbar)).to.equal(all[0]);
    await sendKeys({ press: 'End' });
    expect(focused(toolbar)).to.equal(all.at(-1));
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expect(all.map((b) => b.tabIndex).filter((t) => t === 0)).to.have.length(1);
    expect(all[2]!.tabIndex).to.equal(0);
    // Tab leaves the toolbar for the next thing on the page; Shift+Tab comes back to the same control.
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(root.querySelector('a[href="#after"]'));
    // Shift+Tab as a chord: WebDriver's sendKeys has no down/up (test/server/key-chord.mjs).
    await executeServerCommand('press-key-chord', ['Shift', 'Tab']);
    expect(focused(toolbar)).to.equal(all[2]);
  });

  it('mirrors the arrows in right-to-left text', async () => {
    const toolbar = toolbarOf(await article('ar', 'rtl'));
    const all = buttons(toolbar);
    all[0]!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused(toolbar)).to.equal(all[1]);
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(toolbar)).to.equal(all[0]);
    await expect(toolbar).to.be.accessible();
  });

  it('activates with Enter and Space, keeps a control at its limit focusable and inert', async () => {
    const root = await article();
    const toolbar = toolbarOf(root);
    const smaller = toolbarButton(toolbar, 'smaller');
    smaller.focus();
    await sendKeys({ press: 'Enter' });
    await settle(root);
    expect(root.fontScale).to.equal(FONT_SCALES[0]);
    expect(smaller.getAttribute('aria-disabled')).to.equal('true');
    await sendKeys({ press: ' ' });
    await settle(root);
    expect(root.fontScale).to.equal(FONT_SCALES[0]);
    expect(focused(toolbar)).to.equal(smaller);
    expect(smaller.matches(':focus-visible')).to.be.true;
  });

  it('has no single-key shortcuts', async () => {
    const root = await article();
    const toolbar = toolbarOf(root);
    toolbarButton(toolbar, 'larger').focus();
    for (const key of ['a', 'A', '+', '-', '=', 'c', 'r', 's', 'n']) await sendKeys({ press: key });
    await settle(root);
    expect(root.preferences).to.deep.equal({ fontScale: 1 });
    expect(focused(toolbar)).to.equal(toolbarButton(toolbar, 'larger'));
  });

  it('puts each visible label inside its computed accessible name (WCAG 2.5.3)', async () => {
    for (const lang of ['vi', 'en']) {
      const toolbar = toolbarOf(await article(lang));
      // axe's own name computation, through its label-in-name rule.
      const result = await axeRule(
        toolbar.shadowRoot!.querySelector('[role="toolbar"]')!,
        'label-content-name-mismatch',
      );
      expect(result.violations).to.deep.equal([]);
      // axe leaves out one-letter labels ("A") as not human-interpretable: those are checked here.
      const words = buttons(toolbar).filter((b) => b.textContent.trim().length > 1);
      expect(result.passes[0]?.nodes.length).to.equal(words.length);
      for (const button of buttons(toolbar)) {
        expect(button.getAttribute('aria-label')).to.include(button.textContent.trim());
      }
    }
  });

  it('gives every control a target of at least 44 by 44 CSS px and a visible 3:1 focus ring', async () => {
    const root = await article();
    const toolbar = toolbarOf(root);
    for (const button of buttons(toolbar)) {
      const box = button.getBoundingClientRect();
      expect(box.width, button.textContent).to.be.at.least(44);
      expect(box.height, button.textContent).to.be.at.least(44);
    }
    const first = buttons(toolbar)[0]!;
    first.focus();
    await sendKeys({ press: 'ArrowRight' });
    const ring = getComputedStyle(buttons(toolbar)[1]!);
    expect(ring.outlineStyle).to.equal('solid');
    expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
    expect(contrastRatio(ring.outlineColor, getComputedStyle(root).backgroundColor)).to.be.at.least(
      3,
    );
  });
});

describe('press-a11y-toolbar: text size', () => {
  beforeEach(resetPreferences);

  it('steps through 87.5–200 %, shows and announces the size, and A resets to 100 %', async () => {
    const root = await article();
    const toolbar = toolbarOf(root);
    const status = toolbar.shadowRoot!.querySelector('[role="status"]')!;
    // Present, and empty, from the first render.
    expect(status.textContent.trim()).to.equal('');
    const larger = toolbarButton(toolbar, 'larger');
    const seen = [root.fontScale];
    while (larger.getAttribute('aria-disabled') !== 'true') {
      larger.click();
      await settle(root);
      seen.push(root.fontScale);
      const shown = percent('vi', root.fontScale);
      expect(toolbar.shadowRoot!.querySelector('[part="size"]')!.textContent.trim()).to.equal(
        shown,
      );
      expect(statusText(toolbar)).to.equal(`Cỡ chữ ${shown}`);
    }
    expect(seen).to.deep.equal(FONT_SCALES.filter((scale) => scale >= 1));
    toolbarButton(toolbar, 'reset').click();
    await settle(root);
    expect(root.fontScale).to.equal(1);
    expect(statusText(toolbar)).to.equal(`Cỡ chữ ${percent('vi', 1)}`);
    expect(toolbarButton(toolbar, 'reset').getAttribute('aria-disabled')).to.equal('true');
    toolbarButton(toolbar, 'smaller').click();
    await settle(root);
    expect(root.fontScale).to.equal(0.875);
  });

  it('describes the size buttons with the current size, in the toolbar’s language', async () => {
    const toolbar = toolbarOf(await article('en'));
    toolbarButton(toolbar, 'larger').click();
    await toolbar.updateComplete;
    const id = toolbarButton(toolbar, 'larger').getAttribute('aria-describedby')!;
    const description = toolbar.shadowRoot!.getElementById(id)!.textContent.trim();
    expect(description).to.equal(`Text size ${percent('en', 1.125)}`);
    expect(statusText(toolbar)).to.equal(description);
  });

  it('keeps the size readout and every control as wide at every size', async () => {
    for (const [lang, dir] of [
      ['vi', 'ltr'],
      ['en', 'ltr'],
      ['ar', 'rtl'],
    ] as const) {
      const root = await article(lang, dir);
      const toolbar = toolbarOf(root);
      const boxes = () =>
        [toolbar.shadowRoot!.querySelector('[part="size"]')!, ...buttons(toolbar)].map((el) => {
          const box = el.getBoundingClientRect();
          return box.width;
        });
      const first = boxes();
      for (const scale of FONT_SCALES) {
        root.fontScale = scale;
        await settle(root);
        const now = boxes();
        now.forEach((width, i) => {
          expect(Math.abs(width - first[i]!), `${lang} at ${scale}, box ${i}`).to.be.at.most(1);
        });
      }
    }
  });

  it('does not grow with the article (browser zoom still scales it)', async () => {
    const root = await article();
    const toolbar = toolbarOf(root);
    const before = getComputedStyle(buttons(toolbar)[0]!).fontSize;
    root.fontScale = 2;
    await settle(root);
    expect(getComputedStyle(buttons(toolbar)[0]!).fontSize).to.equal(before);
  });
});

describe('press-a11y-toolbar: contrast, spacing, language', () => {
  beforeEach(resetPreferences);

  it('raises contrast two levels, steps back to normal, and announces each level', async () => {
    const root = await article();
    const toolbar = toolbarOf(root);
    const [more, less] = [toolbarButton(toolbar, 'more'), toolbarButton(toolbar, 'less')];
    const vi = stringsFor('vi');
    expect(less.getAttribute('aria-disabled')).to.equal('true');
    more.click();
    await settle(root);
    expect(root.contrast).to.equal('more');
    expect(statusText(toolbar)).to.equal(`Tương phản: ${vi.contrastHigh}`);
    more.click();
    await settle(root);
    expect(root.contrast).to.equal('most');
    expect(more.getAttribute('aria-disabled')).to.equal('true');
    await expect(root).to.be.accessible();
    less.click();
    less.click();
    await settle(root);
    expect(root.contrast).to.equal('normal');
    expect(statusText(toolbar)).to.equal(`Tương phản: ${vi.contrastNormal}`);
  });

  it('toggles text spacing as a pressed button', async () => {
    const root = await article();
    const toolbar = toolbarOf(root);
    const spacing = toolbarButton(toolbar, 'spacing');
    expect(spacing.getAttribute('aria-pressed')).to.equal('false');
    spacing.click();
    await settle(root);
    expect(spacing.getAttribute('aria-pressed')).to.equal('true');
    expect(root.hasAttribute('text-spacing')).to.be.true;
    await expect(toolbar).to.be.accessible();
    spacing.click();
    await settle(root);
    expect(root.textSpacing).to.be.false;
  });

  it('follows the nearest lang as it changes', async () => {
    const root = await article('vi');
    const toolbar = toolbarOf(root);
    root.lang = 'en';
    await settle(root);
    expect(toolbarButton(toolbar, 'more').textContent.trim()).to.equal(
      stringsFor('en').contrastMore,
    );
    toolbarButton(toolbar, 'larger').click();
    await settle(root);
    expect(statusText(toolbar)).to.equal(`Text size ${percent('en', 1.125)}`);
  });

  it('takes a portal’s string overrides one by one', async () => {
    const { fontLarger, fontLargerLabel } = stringsFor('vi');
    registerStrings('vi', { fontLarger: 'Chữ to', fontLargerLabel: 'Chữ to hơn' });
    try {
      const toolbar = toolbarOf(await article('vi-VN'));
      const larger = toolbarButton(toolbar, 'larger');
      expect(larger.textContent.trim()).to.equal('Chữ to');
      expect(larger.getAttribute('aria-label')).to.equal('Chữ to hơn');
      expect(toolbarButton(toolbar, 'smaller').textContent.trim()).to.equal('A-');
    } finally {
      registerStrings('vi', { fontLarger, fontLargerLabel });
    }
  });

  it('marks the English strings standing in for a missing translation, and only those (WCAG 3.1.2)', async () => {
    // Swahili has no built-in toolbar strings: English stands in, and must be spoken as English.
    const toolbar = toolbarOf(await article('sw'));
    const shadow = toolbar.shadowRoot!;
    const base = shadow.querySelector('[part="base"]')!;
    expect(spokenLang(base), 'toolbar name').to.equal('en');
    for (const button of buttons(toolbar))
      expect(spokenLang(button), button.part.value).to.equal('en');
    expect(spokenLang(shadow.getElementById('size')!)).to.equal('en');
    expect(shadow.getElementById('size')!.textContent.trim()).to.equal(
      `Text size ${percent('en', 1)}`,
    );
    expect(spokenLang(shadow.getElementById('contrast')!)).to.equal('en');
    // The visible size is the article's own number, not part of an English sentence.
    expect(spokenLang(shadow.querySelector('[part="size"]')!)).to.equal('sw');
    toolbarButton(toolbar, 'larger').click();
    await settle(toolbar);
    expect(spokenLang(shadow.querySelector('[role="status"]')!)).to.equal('en');
    await expect(toolbar).to.be.accessible();

    registerStrings('sw', { fontLargerLabel: 'A+ Herufi kubwa zaidi' });
    const translated = toolbarOf(await article('sw'));
    expect(spokenLang(toolbarButton(translated, 'larger'))).to.equal('sw');
    expect(spokenLang(toolbarButton(translated, 'smaller'))).to.equal('en');

    // With every string in the article's language, nothing is marked as another.
    const vietnamese = toolbarOf(await article('vi'));
    const langs = [...vietnamese.shadowRoot!.querySelectorAll('[lang]')].map((el) =>
      el.getAttribute('lang'),
    );
    expect(new Set(langs)).to.deep.equal(new Set(['vi']));
  });

  it('controls the article named by for, else the closest, else the first', async () => {
    const wrapper = await fixture(
      html`<div>
        <press-a11y-toolbar for="second"></press-a11y-toolbar>
        <press-a11y-toolbar></press-a11y-toolbar>
        <press-article id="first"></press-article>
        <press-article id="second"><press-a11y-toolbar></press-a11y-toolbar></press-article>
      </div>`,
    );
    const [named, loose, inside] = Array.from(wrapper.querySelectorAll('press-a11y-toolbar'));
    expect(named!.target!.id).to.equal('second');
    expect(loose!.target!.id).to.equal('first');
    expect(inside!.target!.id).to.equal('second');
  });

  it('shows what the portal set on its article, and steps on from there', async () => {
    const wrapper = await fixture(
      html`<div lang="vi">
        <press-a11y-toolbar for="story"></press-a11y-toolbar>
        <press-article id="story"><p>Nội dung</p></press-article>
      </div>`,
    );
    const toolbar = wrapper.querySelector('press-a11y-toolbar')!;
    const root = wrapper.querySelector('press-article')!;
    root.fontScale = 1.5;
    await settle(wrapper);
    const size = () => toolbar.shadowRoot!.querySelector('[part="size"]')!.textContent.trim();
    expect(size()).to.equal(percent('vi', 1.5));
    toolbarButton(toolbar, 'larger').click();
    await settle(wrapper);
    expect(root.fontScale).to.equal(1.75);
    expect(size()).to.equal(percent('vi', 1.75));
    expect(statusText(toolbar)).to.equal(`Cỡ chữ ${percent('vi', 1.75)}`);
  });

  it('keeps every toolbar on the page in step', async () => {
    const wrapper = await fixture(
      html`<div lang="vi">
        <press-article><press-a11y-toolbar></press-a11y-toolbar></press-article>
        <press-article><press-a11y-toolbar></press-a11y-toolbar></press-article>
      </div>`,
    );
    const [a, b] = Array.from(wrapper.querySelectorAll('press-a11y-toolbar'));
    toolbarButton(a!, 'larger').click();
    toolbarButton(a!, 'spacing').click();
    await settle(wrapper);
    expect(b!.shadowRoot!.querySelector('[part="size"]')!.textContent.trim()).to.equal(
      percent('vi', 1.125),
    );
    expect(toolbarButton(b!, 'spacing').getAttribute('aria-pressed')).to.equal('true');
    const articles = Array.from(wrapper.querySelectorAll('press-article'));
    expect(articles.map((el) => el.fontScale)).to.deep.equal([1.125, 1.125]);
  });
});
