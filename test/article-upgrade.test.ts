/**
 * `<press-article upgrade>`: the figures editors write without a figure element become
 * `<press-figure>`s, captioned and with their space reserved; empty spacing paragraphs leave the
 * accessibility tree; nothing else changes, and no text is lost or reordered.
 */
import { expect } from '@open-wc/testing';
import '../src/define.js';
import type { PressArticle, PressFigure } from '../src/index.js';
import { frameList, narrowDocument, until } from './a11y-toolbar-helpers.js';
import { axeViolations } from './axe.js';
import { enhanced, frames } from './figure-helpers.js';
import { flatText, imagesSettled, resetPreferences, settle } from './helpers.js';
import files from './legacy/corpus/files.json';

const photo = '/fixtures/seed-article/images/inspection-600.png';
const caption = 'Các đối tượng cùng tang vật tại cơ quan Công an';
const body = `<p><span style="font-size:14px">Ngày 28/7, Công an huyện Ngọc Hồi cho biết vừa phát hiện một nhóm đối tượng đánh bạc.</span></p>`;

/** Each legacy figure as an editor writes it, with the ratio its box must keep. */
const FIGURES: Record<string, { markup: string; ratio?: number }> = {
  'an image paragraph and a small, italic, centred caption paragraph (the seed portal)': {
    markup:
      `<p style="text-align:center"><img alt="" src="${photo}" style="height:375px;width:500px" /></p>` +
      `<p style="text-align:center"><span style="font-size:12px"><em>${caption}</em></span></p>`,
    ratio: 500 / 375,
  },
  'an image, an empty paragraph, then a caption in a smaller size only': {
    markup:
      `<p><img src="${photo}" width="600" height="400"></p><p>&nbsp;</p>` +
      `<p><span style="font-size:9pt">${caption}</span></p>`,
    ratio: 600 / 400,
  },
  'an image and caption in a one-column layout table': {
    markup:
      `<table align="center" border="0" cellpadding="1" style="width:550px"><tbody>` +
      `<tr><td style="text-align:center"><img alt="" src="${photo}" style="width:550px;height:366px"></td></tr>` +
      `<tr><td style="text-align:center"><span style="font-size:12px"><em>${caption}</em></span></td></tr>` +
      `</tbody></table>`,
    ratio: 550 / 366,
  },
  "CKEditor's image figure": {
    markup: `<figure class="image"><img src="${photo}" width="600" height="400"><figcaption>${caption}</figcaption></figure>`,
    ratio: 600 / 400,
  },
  "WordPress's image block, the photo a link": {
    markup:
      `<figure class="wp-block-image aligncenter"><a href="/anh/1"><img src="${photo}" alt=""></a>` +
      `<figcaption class="wp-element-caption">${caption}</figcaption></figure>`,
  },
};

/** Markup that looks like a figure but is not one: left exactly as written. */
const NOT_FIGURES: Record<string, string> = {
  'an image followed by a long paragraph': `<p><img src="${photo}" alt="Ảnh"></p>${body}${body.replace('<p>', '<p style="text-align:center">')}`,
  'an image followed by a plain paragraph': `<p><img src="${photo}" alt="Ảnh"></p><p>Một câu ngắn.</p>`,
  'a paragraph holding an image and text': `<p><img src="${photo}" alt="Ảnh"> Ảnh và chữ.</p><p><em>${caption}</em></p>`,
  'a two-column layout table': `<table><tr><td><img src="${photo}" alt="Ảnh"></td><td><em>${caption}</em></td></tr></table>`,
  'a gallery of figures': `<div class="wp-block-gallery"><figure class="blocks-gallery-image"><img src="${photo}" alt="1"></figure><figure class="blocks-gallery-image"><img src="${photo}" alt="2"></figure></div>`,
  'a figure of two images': `<figure class="image"><img src="${photo}" alt="1"><img src="${photo}" alt="2"><figcaption>${caption}</figcaption></figure>`,
};

async function articleWith(markup: string, upgrade = true): Promise<PressArticle> {
  const article = document.createElement('press-article');
  article.lang = 'vi';
  article.toggleAttribute('upgrade', upgrade);
  article.innerHTML = `${body}${markup}${body}`;
  document.body.append(article);
  await settle(article);
  return article;
}

/** The words under `node` in document order, wherever the blocks around them begin and end. */
function words(node: Node): string {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  const texts: string[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode.nodeValue!);
  return texts.join(' ').replace(/\s+/g, ' ').trim();
}

describe('press-article upgrade', () => {
  beforeEach(resetPreferences);
  afterEach(() => document.querySelectorAll('press-article').forEach((el) => el.remove()));

  for (const [name, { markup, ratio }] of Object.entries(FIGURES)) {
    it(`makes a captioned figure of ${name}`, async () => {
      const template = document.createElement('template');
      template.innerHTML = `${body}${markup}${body}`;
      const article = await articleWith(markup);
      const figure = article.querySelector<PressFigure>('press-figure')!;
      expect(figure, 'the figure').to.exist;
      await enhanced(figure);

      const image = figure.querySelector('img')!;
      expect(figure.querySelector(':scope > [slot=media]')!.contains(image), 'media').to.be.true;
      expect(flatText(figure)).to.equal(caption);
      // The caption names the photo (it had no alt text, or an editor's empty default).
      expect(image.getAttribute('aria-label'), 'the caption reaches the image').to.equal(caption);
      // Text is neither lost nor reordered, and nothing of the markup is left behind.
      expect(words(article)).to.equal(words(template.content));
      expect(article.querySelectorAll('table, figure, p:empty').length).to.equal(0);
      expect(article.querySelectorAll(':scope > p:not([aria-hidden])').length).to.equal(2);
      if (ratio) {
        expect(
          Number(figure.getAttribute('width')) / Number(figure.getAttribute('height')),
        ).to.be.closeTo(ratio, 1e-9);
        // The box is reserved before the photo arrives: the figure's own ratio, at full width.
        const box = figure.shadowRoot!.querySelector('[part=media]')!.getBoundingClientRect();
        expect(box.width / box.height, 'reserved box').to.be.closeTo(ratio, ratio * 0.02);
      }
      await frames(1);
      const photoBox = image.getBoundingClientRect();
      const column = figure.getBoundingClientRect();
      expect(photoBox.width, 'the photo fills the figure').to.be.closeTo(column.width, 1);
    });
  }

  for (const [name, markup] of Object.entries(NOT_FIGURES)) {
    it(`leaves ${name} as written`, async () => {
      const article = await articleWith(markup);
      const written = document.createElement('div');
      written.innerHTML = `${body}${markup}${body}`;
      expect(article.innerHTML).to.equal(written.innerHTML);
    });
  }

  it('hides empty spacing paragraphs from assistive technology, and only those', async () => {
    const article = await articleWith(
      `<p>&nbsp;</p><p style="text-align:justify"><span style="font-size:14px">&nbsp;</span></p><p><br></p>`,
    );
    const hidden = [...article.querySelectorAll('p')].map((p) => p.getAttribute('aria-hidden'));
    expect(hidden).to.deep.equal([null, 'true', 'true', 'true', null]);
  });

  it('upgrades content added later, and figures already upgraded stay as they are', async () => {
    const { markup } = FIGURES["CKEditor's image figure"]!;
    const article = await articleWith('');
    article.insertAdjacentHTML('beforeend', markup);
    await frames(1);
    await settle(article);
    const figure = article.querySelector('press-figure')!;
    expect(figure, 'the later figure').to.exist;
    const upgraded = article.innerHTML;
    // The server's output (upgradeLegacyBody) is what the browser makes: nothing is left to do.
    const again = await articleWith(figure.outerHTML);
    expect(again.querySelector('press-figure')!.outerHTML).to.equal(figure.outerHTML);
    expect(article.innerHTML).to.equal(upgraded);
  });

  it('changes nothing without the attribute', async () => {
    const { markup } = FIGURES['an image and caption in a one-column layout table']!;
    const article = await articleWith(`<p>&nbsp;</p>${markup}`, false);
    const written = document.createElement('div');
    written.innerHTML = `${body}<p>&nbsp;</p>${markup}${body}`;
    expect(article.innerHTML).to.equal(written.innerHTML);
    // Turned on later, it upgrades then.
    article.upgrade = true;
    await settle(article);
    expect(article.querySelector('press-figure'), 'upgraded once asked').to.exist;
  });
});

describe('press-article upgrade on the bodies of the seed portal’s editors', () => {
  const { keep, removeAll } = frameList();
  beforeEach(resetPreferences);
  afterEach(removeAll);
  const vietnamese = files.filter(({ file }) => file.startsWith('vietnamese/'));

  for (const { file } of vietnamese) {
    it(`${file}: fits 320 px at 200 %, every photo a figure named by its caption, no axe violation added`, async () => {
      const markup = (await (await fetch(`/test/legacy/corpus/${file}`)).text()).replaceAll(
        '../../../../fixtures/',
        '/fixtures/',
      );
      const frame = keep(await narrowDocument());
      const doc = frame.contentDocument!;
      doc.body.innerHTML = `<press-article lang="vi" upgrade>${markup}</press-article>`;
      const article = doc.querySelector('press-article') as PressArticle;
      article.setPreferences({ fontScale: 2 });
      await settle(article);
      await imagesSettled(doc);
      expect(doc.documentElement.scrollWidth, 'page width').to.be.at.most(320);
      for (const image of article.querySelectorAll('img')) {
        const figure = image.closest('press-figure');
        expect(figure, 'the photo is in a figure').to.exist;
        // The frame loads the figure's lazy half itself.
        await until(
          () => image.hasAttribute('aria-label') || image.hasAttribute('aria-description'),
        );
        const caption = (figure!.textContent ?? '').replace(/\s+/g, ' ').trim();
        const named = image.getAttribute('aria-label') ?? image.getAttribute('aria-description');
        expect(caption, 'caption').not.to.equal('');
        expect(named, 'the caption reaches the photo').to.equal(caption);
      }
      // The same body in this page, for axe: the upgrade adds no violation to the editor's own
      // (an embed frame without a title, say).
      const rules = async (upgrade: boolean) => {
        const article = await articleWith(markup, upgrade);
        const violations = await axeViolations(article);
        article.remove();
        return violations.map((violation) => violation.split(':')[0]);
      };
      const asWritten = await rules(false);
      expect((await rules(true)).filter((rule) => !asWritten.includes(rule))).to.deep.equal([]);
    });
  }
});
