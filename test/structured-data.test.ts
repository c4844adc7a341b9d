import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import { samples, sampleArticle, type Sample, type SampleId } from '../fixtures/samples/samples.js';
import type { PressArticle } from '../src/index.js';
import { structuredDataScript, type ArticleData } from '../src/news-article.js';
import { until } from './a11y-toolbar-helpers.js';
import { flatText, resetPreferences, settle } from './helpers.js';

type Json = Record<string, unknown> & {
  author: Record<string, string>[];
  image: Record<string, string | number>[];
  publisher: { name: string };
};

function scripts(article: Element): HTMLScriptElement[] {
  // The article's own (a server template's), and every one in the page's head.
  const selector = 'script[type="application/ld+json"]';
  return [
    ...article.querySelectorAll<HTMLScriptElement>(`:scope > ${selector}`),
    ...document.head.querySelectorAll<HTMLScriptElement>(selector),
  ];
}

/** Lets the article's observers and update run, and its JSON-LD writer load and write. */
async function written(article: PressArticle): Promise<void> {
  await settle(article);
  await article.structuredDataComplete;
  await new Promise((resolve) => setTimeout(resolve));
}

/** Lets the article write its JSON-LD, then parses its one JSON-LD script. */
async function jsonLd(article: PressArticle): Promise<Json> {
  await written(article);
  const found = scripts(article);
  expect(found).to.have.length(1);
  return JSON.parse(found[0]!.textContent) as Json;
}

/** The data a server would pass for the sample, URLs made absolute as the page resolves them. */
function serverData(sample: Sample): ArticleData {
  const url = (path: string | undefined) =>
    path ? new URL(path, document.baseURI).href : undefined;
  return {
    headline: sample.headline,
    description: sample.standfirst,
    datePublished: sample.published,
    dateModified: sample.updated,
    authors: sample.authors.map((a) => ({
      name: a.name,
      url: url(a.href),
      jobTitle: a.jobTitle,
      image: url(a.avatar && `/fixtures/samples/avatars/${a.avatar}`),
    })),
    images: [
      {
        url: url(`/fixtures/seed-article/images/${sample.figure.src}`)!,
        caption: sample.figure.caption,
        creditText: sample.figure.credit,
        width: sample.figure.width,
        height: sample.figure.height,
      },
    ],
    inLanguage: sample.lang,
    publisher: sample.publisher,
  };
}

for (const id of Object.keys(samples) as SampleId[]) {
  const sample: Sample = samples[id];

  for (const form of ['slotted', 'attributes'] as const) {
    describe(`the ${id} sample's JSON-LD, ${form}`, () => {
      let article: PressArticle;

      beforeEach(async () => {
        resetPreferences();
        article = await fixture<PressArticle>(sampleArticle(sample, { form }));
      });

      it('is one NewsArticle that says what the page shows', async () => {
        const data = await jsonLd(article);
        const header = article.querySelector('press-header')!;
        const byline = article.querySelector('press-byline')!;
        const figure = article.querySelector('press-figure')!;
        const shown = (root: Element, selector: string) =>
          flatText(root.shadowRoot!.querySelector(selector)!);
        // flatText folds every white space, the ideographic one (U+3000) included.
        const folded = (value: unknown) => String(value).replace(/\s+/g, ' ');

        expect(data['@context']).to.equal('https://schema.org');
        expect(data['@type']).to.equal('NewsArticle');
        expect(folded(data.headline)).to.equal(shown(header, '[part="headline"]'));
        expect(folded(data.description)).to.equal(shown(header, '[part="standfirst"]'));
        const time = (part: string) =>
          byline.shadowRoot!.querySelector(`[part="${part}"] time`)!.getAttribute('datetime');
        expect(data.datePublished).to.equal(time('published'));
        expect(data.dateModified).to.equal(time('updated'));
        expect(data.inLanguage).to.equal(article.lang);
        expect(data.publisher).to.deep.equal({ '@type': 'Organization', name: sample.publisher });

        const image = figure.shadowRoot!.querySelector('img')!;
        expect(data.image).to.have.length(1);
        expect(data.image[0]!['@type']).to.equal('ImageObject');
        expect(data.image[0]!.url).to.equal(image.src);
        expect(data.image[0]!.caption).to.equal(
          flatText(figure.shadowRoot!.querySelector('figcaption')!)
            .replace(flatText(figure.shadowRoot!.querySelector('[part="credit"]')!), '')
            .trim(),
        );
        expect(shown(figure, '[part="credit"]')).to.include(data.image[0]!.creditText);
        expect([data.image[0]!.width, data.image[0]!.height]).to.deep.equal([
          image.width ? Number(image.getAttribute('width')) : undefined,
          Number(image.getAttribute('height')),
        ]);

        if (form === 'attributes') {
          expect(data.author).to.deep.equal([{ '@type': 'Person', name: byline.author }]);
          return;
        }
        const authors = Array.from(byline.querySelectorAll('press-author'));
        expect(data.author).to.have.length(authors.length);
        authors.forEach((author, i) => {
          const person = data.author[i]!;
          expect(person['@type']).to.equal('Person');
          expect(folded(person.name)).to.equal(shown(author, '[part="name"]'));
          const link = author.shadowRoot!.querySelector('a');
          expect(person.url).to.equal(link?.href);
          const role = author.shadowRoot!.querySelector('[part="role"]');
          if (role) expect(flatText(role)).to.include(person.jobTitle);
          else expect(person.jobTitle).to.equal(undefined);
          expect(person.image).to.equal(author.shadowRoot!.querySelector('img')?.src);
        });
      });

      if (form === 'slotted') {
        it('is what the server recipe gives for the same article', async () => {
          const fromPage = await jsonLd(article);
          const template = document.createElement('template');
          template.innerHTML = structuredDataScript(serverData(sample));
          const fromServer = JSON.parse(
            template.content.querySelector('script')!.textContent,
          ) as Json;
          expect(fromPage).to.deep.equal(fromServer);
        });
      }
    });
  }
}

describe('the JSON-LD writer, loaded on demand', () => {
  it('writes the script by itself once the browser is idle after the first render', async () => {
    const article = await fixture<PressArticle>(sampleArticle(samples.vi));
    // Nobody asks: the article loads its writer when the page is idle.
    await until(() => scripts(article).length === 1, 600);
    expect(article.jsonLdScript).to.equal(scripts(article)[0]);
    const data = JSON.parse(article.jsonLdScript!.textContent) as Json;
    expect(data.headline).to.equal(samples.vi.headline);
  });
});

describe('the JSON-LD, kept in step', () => {
  let article: PressArticle;

  beforeEach(async () => {
    resetPreferences();
    article = await fixture<PressArticle>(sampleArticle(samples.vi));
    await jsonLd(article);
  });

  it('follows a new headline, a new author, a new update time and the language', async () => {
    article.querySelector('h1')!.textContent = 'Tiêu đề mới';
    const byline = article.querySelector('press-byline')!;
    const author = document.createElement('press-author');
    author.textContent = 'Lan Hương';
    byline.append(author);
    byline.setAttribute('modified', '2024-05-11T10:00:00+07:00');
    article.lang = 'vi-VN';
    const data = await jsonLd(article);
    expect(data.headline).to.equal('Tiêu đề mới');
    expect(data.author.map((a) => a.name)).to.deep.equal(['Bích Nga', 'Minh Anh', 'Lan Hương']);
    expect(data.dateModified).to.equal(new Date('2024-05-11T10:00:00+07:00').toISOString());
    expect(data.inLanguage).to.equal('vi-VN');
  });

  it('follows a new figure and a publisher change', async () => {
    const figure = document.createElement('press-figure');
    figure.setAttribute('src', '/fixtures/seed-article/images/inspection-600.png');
    figure.setAttribute('credit', 'TTXVN');
    figure.textContent = 'Ảnh thứ hai';
    article.append(figure);
    article.publisher = 'Báo Kon Tum';
    const data = await jsonLd(article);
    expect(data.image.map((i) => i.caption)).to.deep.equal([
      samples.vi.figure.caption,
      'Ảnh thứ hai',
    ]);
    expect(data.image[1]!.creditText).to.equal('TTXVN');
    expect(data.publisher.name).to.equal('Báo Kon Tum');
  });

  it('leaves a dateModified out while the update is not later, as the byline does', async () => {
    article.querySelector('press-byline')!.setAttribute('modified', samples.vi.published);
    const data = await jsonLd(article);
    expect(data).to.not.have.property('dateModified');
    const byline = article.querySelector('press-byline')!;
    expect(byline.shadowRoot!.querySelector('[part="updated"]')).to.equal(null);
  });

  it('adds nothing to the article’s children: its script is in the head, and leaves with it', async () => {
    const children = [...article.childNodes];
    const data = await jsonLd(article);
    expect([...article.childNodes], 'a hydrating framework finds what it rendered').to.deep.equal(
      children,
    );
    expect(article.jsonLdScript?.parentNode).to.equal(document.head);
    expect(JSON.parse(article.jsonLdScript!.textContent)).to.deep.equal(data);
    const place = article.parentNode!;
    article.remove();
    expect(scripts(article)).to.have.length(0);
    expect(article.jsonLdScript).to.equal(null);
    place.append(article);
    expect((await jsonLd(article)).headline).to.equal(data.headline);
  });

  it('goes away with no-structured-data, and without a headline', async () => {
    article.noStructuredData = true;
    await written(article);
    expect(scripts(article)).to.have.length(0);
    article.noStructuredData = false;
    await jsonLd(article);
    article.querySelector('h1')!.remove();
    await written(article);
    expect(scripts(article)).to.have.length(0);
  });
});

describe('the JSON-LD, with hostile text', () => {
  it('cannot be broken out of: </script> and <!-- stay inside the JSON', async () => {
    const hostile = 'Tin </script><script>window.__pressPwned = 1</script><!-- & \u2028 >';
    const article = await fixture<PressArticle>(
      html`<press-article lang="vi">
        <press-header headline=${hostile}></press-header>
        <press-byline author=${hostile}></press-byline>
      </press-article>`,
    );
    const data = await jsonLd(article);
    const text = scripts(article)[0]!.textContent;
    expect(text).to.not.match(/[<>&\u2028]/);
    expect(data.headline).to.equal(hostile);
    expect(data.author[0]!.name).to.equal(hostile);
    expect((window as { __pressPwned?: number }).__pressPwned).to.equal(undefined);
    // The server recipe's HTML, parsed, is one script element with the same JSON.
    const template = document.createElement('template');
    template.innerHTML = structuredDataScript({ headline: hostile, authors: [], images: [] });
    expect(template.content.children).to.have.length(1);
    expect((JSON.parse(template.content.children[0]!.textContent) as Json).headline).to.equal(
      hostile,
    );
  });

  it('leaves out unsafe URLs', async () => {
    const article = await fixture<PressArticle>(
      html`<press-article lang="en">
        <press-header headline="H"></press-header>
        <press-byline><press-author href="javascript:alert(1)">Ann</press-author></press-byline>
      </press-article>`,
    );
    const data = await jsonLd(article);
    expect(data.author).to.deep.equal([{ '@type': 'Person', name: 'Ann' }]);
  });
});

describe('the JSON-LD rendered on the server', () => {
  it('is adopted by the article, not repeated', async () => {
    const sample = samples.ja;
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    // What a server template writes: the article's markup with the recipe's script inside.
    const template = document.createElement('template');
    template.innerHTML = `<press-article lang="ja" publisher="${sample.publisher}">
      <press-header headline="${sample.headline}"></press-header>
      ${structuredDataScript({ headline: sample.headline, authors: [], images: [], inLanguage: 'ja', publisher: sample.publisher })}
    </press-article>`;
    host.append(template.content);
    const article = host.querySelector('press-article')!;
    const before = scripts(article)[0]!;
    const data = await jsonLd(article);
    expect(scripts(article)[0]).to.equal(before);
    expect(data.headline).to.equal(sample.headline);
  });
});
