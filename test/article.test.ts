import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/components/article/define.js';
import '../src/components/byline/define.js';
import '../src/components/figure/define.js';
import '../src/components/header/define.js';
import type { PressArticle, PressPreferencesChangeEvent } from '../src/index.js';
import { STORAGE_KEY } from '../src/preferences-store.js';
import { contrastPalettes } from '../src/tokens.js';
import { channels } from './a11y-toolbar-helpers.js';
import { flatText, resetPreferences, settle } from './helpers.js';

const fontSize = (el: Element) => parseFloat(getComputedStyle(el).fontSize);

describe('press-article', () => {
  beforeEach(resetPreferences);

  it('gives its content article semantics', async () => {
    const el = await fixture<PressArticle>(html`<press-article><p>Text</p></press-article>`);
    expect(el.shadowRoot!.querySelector('article')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('scales text, headings, captions and bylines by font-scale, times the reader’s root size', async () => {
    const template = (scale: number) =>
      html`<press-article font-scale=${scale}>
        <press-header headline="Tiêu đề"></press-header>
        <h2>Mục</h2>
        <p>Text</p>
        <press-figure caption="Chú thích" width="3" height="2"></press-figure>
        <press-byline author="Bích Nga"></press-byline>
      </press-article>`;
    const parts = (el: PressArticle) => [
      el.querySelector('p')!,
      el.querySelector('h2')!,
      el.querySelector('press-header')!.shadowRoot!.querySelector('[part~="headline"]')!,
      el.querySelector('press-figure')!.shadowRoot!.querySelector('[part~="caption"]')!,
      el.querySelector('press-byline')!.shadowRoot!.querySelector('[part~="authors"]')!,
    ];
    const base = parts(await fixture<PressArticle>(template(1))).map(fontSize);
    const double = parts(await fixture<PressArticle>(template(2))).map(fontSize);
    double.forEach((size, i) => expect(size).to.be.closeTo(base[i]! * 2, 0.1));
    // The reader's own default size (rem) multiplies in: nothing is fixed in px.
    const rootSize = parseFloat(getComputedStyle(document.documentElement).fontSize);
    document.documentElement.style.fontSize = `${rootSize * 1.25}px`;
    try {
      const bigger = parts(await fixture<PressArticle>(template(2))).map(fontSize);
      bigger.forEach((size, i) => expect(size).to.be.closeTo(base[i]! * 2 * 1.25, 0.2));
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('clamps font-scale and ignores garbage', async () => {
    const el = await fixture<PressArticle>(html`<press-article font-scale="9"></press-article>`);
    expect(el.fontScale).to.equal(2);
    el.setAttribute('font-scale', 'banana');
    expect(el.fontScale).to.equal(1);
  });

  it('swaps colour tokens for each contrast level, with no filter anywhere', async () => {
    const el = await fixture<PressArticle>(
      html`<press-article
        ><p>Text</p>
        <img alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="
      /></press-article>`,
    );
    const colours = new Set<string>();
    for (const level of ['normal', 'more', 'most'] as const) {
      el.contrast = level;
      await el.updateComplete;
      colours.add(getComputedStyle(el).backgroundColor + getComputedStyle(el).color);
      for (const node of [document.documentElement, document.body, el, el.querySelector('img')!]) {
        expect(getComputedStyle(node).filter, level).to.equal('none');
      }
      expect(el.querySelector('img')!.checkVisibility()).to.be.true;
    }
    expect(colours.size).to.equal(3);
  });

  it('wins over the portal’s own colours and underlines links at raised levels', async () => {
    const wrapper = await fixture(
      html`<div>
        <style>
          .portal p {
            color: #777;
            background: #eee;
          }
          .portal a {
            color: #c00;
            text-decoration: none;
          }
        </style>
        <press-article class="portal" contrast="most"
          ><p>Đọc <a href="#x">thêm</a></p></press-article
        >
      </div>`,
    );
    const el = wrapper.querySelector('press-article')!;
    await settle(wrapper);
    const p = el.querySelector('p')!;
    const link = el.querySelector('a')!;
    expect(channels(getComputedStyle(p).color)).to.deep.equal(
      channels(contrastPalettes.most['color-text']),
    );
    expect(channels(getComputedStyle(link).color)).to.deep.equal(
      channels(contrastPalettes.most['color-link']),
    );
    expect(getComputedStyle(link).textDecorationLine).to.equal('underline');
    expect(getComputedStyle(p).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    el.contrast = 'normal';
    await el.updateComplete;
    expect(getComputedStyle(link).textDecorationLine).to.equal('none');
  });

  it('fires press-preferences-change when the portal changes a preference', async () => {
    const el = await fixture<PressArticle>(html`<press-article></press-article>`);
    setTimeout(() => (el.fontScale = 1.5));
    const event = await oneEvent(el, 'press-preferences-change');
    expect(event.detail).to.deep.equal({ fontScale: 1.5, contrast: undefined, textSpacing: false });
    expect(event.bubbles && event.composed).to.be.true;
    setTimeout(() => el.setAttribute('text-spacing', ''));
    const spacing = await oneEvent<PressPreferencesChangeEvent>(el, 'press-preferences-change');
    expect(spacing.detail.textSpacing).to.be.true;
  });

  it('fires press-preferences-change when the reader changes them elsewhere', async () => {
    const el = await fixture<PressArticle>(html`<press-article></press-article>`);
    setTimeout(() => el.setPreferences({ contrast: 'more' }));
    const event = await oneEvent(el, 'press-preferences-change');
    expect(event.detail).to.deep.equal({ fontScale: 1, contrast: 'more', textSpacing: false });
  });

  it('starts from the saved preferences and follows later changes', async () => {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({ fontScale: 1.25, contrast: 'most', textSpacing: true }),
    );
    const el = await fixture<PressArticle>(html`<press-article></press-article>`);
    // The store was read before this test set storage, so tell it as another tab would.
    window.dispatchEvent(
      new StorageEvent('storage', {
        key: STORAGE_KEY,
        newValue: localStorage.getItem(STORAGE_KEY),
      }),
    );
    await el.updateComplete;
    expect(el.preferences).to.deep.equal({ fontScale: 1.25, contrast: 'most', textSpacing: true });
  });

  it('keeps what the portal wrote on one article until the reader chooses anew', async () => {
    const el = await fixture<PressArticle>(
      html`<press-article font-scale="1.5" contrast="more"></press-article>`,
    );
    expect(el.preferences).to.deep.equal({ fontScale: 1.5, contrast: 'more' });
    el.setPreferences({ fontScale: 1.75 });
    await el.updateComplete;
    expect(el.fontScale).to.equal(1.75);
  });
});

describe('press-article, a long body', () => {
  beforeEach(resetPreferences);

  const frames = () =>
    new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  /** Whether this engine lets a chunk skip (it can keep spilling ink visible). */
  const skips = CSS.supports('overflow-clip-margin: 1em');

  async function longArticle(count: number, extra = ''): Promise<PressArticle> {
    const paragraphs = Array.from({ length: count }, (_, i) => `<p id="p${i}">Đoạn ${i}.</p>`);
    const el = await fixture<PressArticle>(
      `<press-article lang="vi">${extra}${paragraphs.join('\n')}</press-article>`,
    );
    await settle(el);
    return el;
  }
  const chunks = (el: PressArticle) => [...el.shadowRoot!.querySelectorAll('[part~="chunk"]')];
  /** The paragraphs' numbers, in the order they are shown. */
  const shownOrder = (el: PressArticle) =>
    [...flatText(el).matchAll(/Đoạn (\d+)\./g)].map((match) => Number(match[1]));

  it('keeps one default slot for a short body', async () => {
    const el = await longArticle(71);
    expect(el.shadowRoot!.slotAssignment).to.equal('named');
    expect(chunks(el)).to.have.length(0);
  });

  it('shows a long body whole and in order, in chunks of 24 elements', async () => {
    const el = await longArticle(100, 'Chữ ngoài đoạn. ');
    expect(el.shadowRoot!.slotAssignment).to.equal('manual');
    expect(chunks(el)).to.have.length(5);
    expect(shownOrder(el)).to.deep.equal(Array.from({ length: 100 }, (_, i) => i));
    expect(flatText(el)).to.match(/^Chữ ngoài đoạn\. Đoạn 0\./);
    await expect(el).to.be.accessible();
  });

  it('lets chunks after the first skip style and layout while out of view', async () => {
    const el = await longArticle(200);
    await frames();
    const [first, ...later] = chunks(el).map((chunk) => getComputedStyle(chunk).contentVisibility);
    expect(first).to.equal('visible');
    expect(new Set(later)).to.deep.equal(new Set([skips ? 'auto' : 'visible']));
    const last = el.querySelector('#p199')!;
    expect(last.checkVisibility({ contentVisibilityAuto: true })).to.equal(!skips);
    // Skipped or not, the far text takes the reader's size.
    const size = fontSize(last);
    el.fontScale = 2;
    await el.updateComplete;
    expect(fontSize(last)).to.be.closeTo(2 * size, 0.1);
  });

  it('shows what the page adds, moves or removes, in its place, by the next frame', async () => {
    const el = await longArticle(100);
    const added = Object.assign(document.createElement('p'), { textContent: 'Đoạn 1000.' });
    el.querySelector('#p50')!.before(added);
    el.prepend(el.querySelector('#p99')!);
    el.querySelector('#p10')!.remove();
    // What a default slot leaves out stays out: an element slotted by name.
    el.append(Object.assign(document.createElement('p'), { slot: 'other', textContent: '2000.' }));
    await new Promise(requestAnimationFrame);
    const expected = Array.from({ length: 99 }, (_, i) => i).filter((i) => i !== 10);
    expected.splice(expected.indexOf(50), 0, 1000);
    expect(shownOrder(el).join(' ')).to.equal([99, ...expected].join(' '));
    expect(added.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(chunks(el)).to.have.length(5);
  });

  it('shows what changed while it was out of the document, once back', async () => {
    const el = await longArticle(100);
    const parent = el.parentNode!;
    el.remove();
    el.querySelector('#p0')!.before(
      Object.assign(document.createElement('p'), { textContent: 'Đoạn 1000.' }),
    );
    parent.append(el);
    await new Promise(requestAnimationFrame);
    expect(shownOrder(el)).to.deep.equal([1000, ...Array.from({ length: 100 }, (_, i) => i)]);
  });

  it('does not clip a table wider than the column', async () => {
    const el = await longArticle(100);
    el.style.setProperty('--press-article-measure', '20em');
    const table = document.createElement('table');
    table.innerHTML = `<tr>${'<td>ô</td>'.repeat(6)}<td><span style="display:inline-block;inline-size:30em">rộng</span></td></tr>`;
    el.querySelector('#p30')!.after(table);
    await el.updateComplete;
    // Twice: the chunks above take their real heights once they are laid out on the way.
    for (let i = 0; i < 2; i++) {
      table.scrollIntoView({ block: 'center' });
      await frames();
    }
    const chunk = chunks(el)[1]!;
    const cell = table.querySelector('span')!.getBoundingClientRect();
    const x = chunk.getBoundingClientRect().right + 20;
    expect(cell.right).to.be.greaterThan(x);
    const hit = document.elementFromPoint(x, cell.top + cell.height / 2);
    expect(hit?.closest('table') === table, `the cell is painted (hit ${hit?.localName})`).to.be
      .true;
  });
});
