import { expect, fixture } from '@open-wc/testing';
import '../src/define.js';
import { samples, sampleArticle, type Sample, type SampleId } from '../fixtures/samples/samples.js';
import { stringsFor } from '../src/i18n.js';
import type { PressArticle, PressByline } from '../src/index.js';
import { expectedDate, flatText, resetPreferences, settle } from './helpers.js';

/** The role as the sample's language brackets it, from the built-in strings' shape. */
function shownAuthor(author: Sample['authors'][number], lang: string): string {
  if (!author.jobTitle) return author.name;
  return lang === 'ja'
    ? `${author.name}（${author.jobTitle}）`
    : `${author.name} (${author.jobTitle})`;
}

for (const id of Object.keys(samples) as SampleId[]) {
  const sample: Sample = samples[id];

  describe(`the ${id} sample's byline`, () => {
    let article: PressArticle;
    let byline: PressByline;

    beforeEach(async () => {
      resetPreferences();
      article = await fixture<PressArticle>(sampleArticle(sample));
      await settle(article);
      byline = article.querySelector('press-byline')!;
    });

    it('joins the authors as the language joins a list, each name isolated', () => {
      const authors = byline.shadowRoot!.querySelector('[part="authors"]')!;
      const names = sample.authors.map((author) => shownAuthor(author, sample.lang));
      const joined = new Intl.ListFormat(sample.lang, { type: 'conjunction' }).format(names);
      expect(flatText(authors)).to.equal(joined.replace(/\s+/g, ' '));
      expect(authors.querySelectorAll('bdi')).to.have.length(sample.authors.length);
    });

    it('links the authors that have a page, and shows their avatars', () => {
      const authors = Array.from(byline.querySelectorAll('press-author'));
      sample.authors.forEach((author, i) => {
        const link = authors[i]!.shadowRoot!.querySelector('a');
        if (author.href) expect(link!.getAttribute('href')).to.equal(author.href);
        else expect(link).to.equal(null);
        const avatar = authors[i]!.shadowRoot!.querySelector('img');
        expect(Boolean(avatar)).to.equal(Boolean(author.avatar));
        if (avatar) expect(avatar.alt).to.equal('');
      });
    });

    it('attributes the source with the language’s prefix', () => {
      const source = byline.shadowRoot!.querySelector('[part="source"]')!;
      expect(flatText(source)).to.equal(`${stringsFor(sample.lang).sourcePrefix} ${sample.source}`);
      if (sample.lang === 'vi') expect(flatText(source)).to.equal('Theo VOV');
      expect(source.querySelector('bdi')!.textContent).to.equal(sample.source);
    });

    it('dates publication and update in the language and the portal’s time zone', () => {
      const published = byline.shadowRoot!.querySelector('[part="published"] time')!;
      const updated = byline.shadowRoot!.querySelector('[part="updated"] time')!;
      expect(published.getAttribute('datetime')).to.equal(new Date(sample.published).toISOString());
      expect(updated.getAttribute('datetime')).to.equal(new Date(sample.updated).toISOString());
      expect(published.textContent).to.equal(
        expectedDate(sample.published, sample.lang, sample.timeZone),
      );
      expect(updated.textContent).to.equal(
        expectedDate(sample.updated, sample.lang, sample.timeZone),
      );
      expect(flatText(byline)).to.not.include('Invalid');
    });

    it('labels each date, the update as such', () => {
      const label = (part: string) =>
        byline.shadowRoot!.querySelector(`[part="${part}"] [part="label"]`)!.textContent.trim();
      expect(label('updated')).to.not.equal(label('published'));
      if (sample.lang === 'vi') expect(label('updated')).to.equal('Cập nhật');
      if (sample.lang === 'en') expect(label('updated')).to.equal('Updated');
    });

    it(`lays the byline out ${sample.dir === 'rtl' ? 'right to left' : 'left to right'}`, () => {
      const base = byline.shadowRoot!.querySelector('[part="base"]')!;
      expect(getComputedStyle(base).direction).to.equal(sample.dir);
      const authors = byline.shadowRoot!.querySelector('[part="authors"]')!.getBoundingClientRect();
      const source = byline.shadowRoot!.querySelector('[part="source"]')!.getBoundingClientRect();
      // The authors come first in reading order, so on the right in RTL when on one line.
      if (Math.abs(authors.top - source.top) < 2) {
        expect(authors.left < source.left).to.equal(sample.dir === 'ltr');
      }
    });

    it('sets the script’s typography: a line-height floor in Vietnamese, no fake italics', () => {
      byline.style.setProperty('--press-byline-line-height', '1.1');
      const style = getComputedStyle(byline);
      const ratio = parseFloat(style.lineHeight) / parseFloat(style.fontSize);
      expect(ratio).to.be.closeTo(sample.lang === 'vi' ? 1.5 : 1.1, 0.01);
      const noItalics = ['ar', 'ja'].includes(sample.lang);
      expect(style.fontSynthesisStyle).to.equal(noItalics ? 'none' : 'auto');
    });

    it('passes axe', async () => {
      await expect(article).to.be.accessible();
    });
  });
}
