import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import { samples, sampleArticle } from '../fixtures/samples/samples.js';
import type { PressArticle, PressByline } from '../src/index.js';
import { resolveDir, resolveLang } from '../src/language.js';
import { captureWarnings, expectedDate, flatText, resetPreferences, settle } from './helpers.js';

/** What the byline shows, once Lit has re-rendered after a change. */
async function shown(byline: PressByline): Promise<string> {
  await new Promise((resolve) => setTimeout(resolve));
  await byline.updateComplete;
  return flatText(byline);
}

describe('language resolution', () => {
  beforeEach(resetPreferences);

  it('follows a runtime change of the article’s lang: list, prefix, labels and dates', async () => {
    const sample = samples.en;
    const article = await fixture<PressArticle>(sampleArticle(sample));
    await settle(article);
    const byline = article.querySelector('press-byline')!;
    const names = sample.authors.map((a) => (a.jobTitle ? `${a.name} (${a.jobTitle})` : a.name));
    expect(await shown(byline)).to.include(
      new Intl.ListFormat('en', { type: 'conjunction' }).format(names),
    );

    article.lang = 'vi';
    const text = await shown(byline);
    expect(text).to.include(new Intl.ListFormat('vi', { type: 'conjunction' }).format(names));
    expect(text).to.include(`Theo ${sample.source}`);
    expect(text).to.include('Cập nhật');
    const date = expectedDate(sample.published, 'vi', sample.timeZone);
    expect(text).to.include(date);
  });

  it('finds the nearest lang across shadow roots, and follows a change inside one', async () => {
    const host = await fixture<HTMLElement>(html`<div lang="ja"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML =
      '<section lang="vi"><press-byline author="A" source="VOV"></press-byline></section>';
    const byline = root.querySelector('press-byline')!;
    expect(await shown(byline)).to.include('Theo VOV');

    root.querySelector('section')!.removeAttribute('lang');
    expect(await shown(byline)).to.include('出典: VOV');
    root.querySelector('section')!.setAttribute('lang', 'en');
    expect(await shown(byline)).to.include('Source: VOV');
  });

  it('falls back from an invalid lang to the document’s, then English, warning once', async () => {
    const documentLang = document.documentElement.lang;
    let text = '';
    const warnings = await captureWarnings(async () => {
      document.documentElement.lang = 'vi';
      const el = await fixture<PressByline>(
        html`<press-byline lang="not a tag!" author="A" source="VOV"></press-byline>`,
      );
      text = await shown(el);
      document.documentElement.lang = '';
      text += ' | ' + (await shown(el));
    });
    document.documentElement.lang = documentLang;
    expect(text).to.equal('A Theo VOV | A Source: VOV');
    expect(warnings.filter((w) => w.includes('lang="not a tag!"'))).to.have.length(1);
  });

  it('resolves lang and dir, dir="auto" included, without throwing on odd input', async () => {
    const el = await fixture<HTMLElement>(
      html`<div lang="AR-eg" dir="auto"><span>مرحبا بالعالم</span></div>`,
    );
    expect(resolveLang(el.querySelector('span')!)).to.equal('ar-EG');
    expect(resolveDir(el.querySelector('span')!)).to.equal('rtl');
    el.setAttribute('dir', 'ltr');
    expect(resolveDir(el)).to.equal('ltr');
  });
});

/** Left edges of the first `count` characters of `el`'s first text, as drawn. */
function glyphLefts(el: Element, count: number): number[] {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, (node) =>
    node.textContent!.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP,
  );
  const text = walker.nextNode() as Text;
  const start = text.data.length - text.data.trimStart().length;
  return Array.from({ length: count }, (_, i) => {
    const range = document.createRange();
    range.setStart(text, start + i);
    range.setEnd(text, start + i + 1);
    return range.getBoundingClientRect().left;
  });
}

describe('English stand-ins in a right-to-left article', () => {
  beforeEach(resetPreferences);

  it('read left to right, isolated: "A-" and "Photo:", not "-A" and ":Photo"', async () => {
    const article = await fixture<PressArticle>(html`
      <press-article lang="ar" dir="rtl">
        <press-a11y-toolbar></press-a11y-toolbar>
        <press-figure credit="رويترز">صورة</press-figure>
        <p>نص</p>
      </press-article>
    `);
    await settle(article);
    const toolbar = article.querySelector('press-a11y-toolbar')!.shadowRoot!;
    const checked: string[] = [];
    for (const part of ['button-smaller', 'button-larger']) {
      const button = toolbar.querySelector(`[part~="${part}"]`)!;
      const label = button.textContent.trim();
      // A sign after the letter, as the English string has it: "A-", "A+".
      expect(label).to.match(/^A[-+]$/);
      expect(getComputedStyle(button).direction, part).to.equal('ltr');
      const [letter, sign] = glyphLefts(button, 2);
      expect(letter!, `${part}: "${label}" drawn as written`).to.be.below(sign!);
      checked.push(part);
    }
    const prefix = article
      .querySelector('press-figure')!
      .shadowRoot!.querySelector('[part="credit"] [lang="en"]')!;
    expect(prefix.textContent).to.equal('Photo:');
    expect(getComputedStyle(prefix).direction).to.equal('ltr');
    const glyphs = glyphLefts(prefix, 6);
    expect(glyphs[5]!, 'the colon after "Photo"').to.be.above(glyphs[4]!);
    // The Arabic around them keeps its own direction.
    expect(getComputedStyle(toolbar.querySelector('[role="toolbar"]')!).direction).to.equal('rtl');
    expect(checked).to.have.length(2);
  });
});
