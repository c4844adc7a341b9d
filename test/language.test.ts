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
