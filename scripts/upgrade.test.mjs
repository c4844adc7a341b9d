/**
 * `upgradeLegacyBody` (press-elements/server) on every body of the legacy corpus, run after
 * `npm run build`: no text lost or reordered, no image lost, nothing left to do a second time,
 * and the same figures as `<press-article upgrade>` makes of the same body in Chromium.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { parseFragment } from 'parse5';
import { upgradeLegacyBody } from '../dist/server/render-article.js';
import { launch, recordProblems } from './support/chromium.mjs';
import { serve } from './support/static-server.mjs';

const corpus = new URL('../test/legacy/corpus/', import.meta.url);
const files = JSON.parse(await readFile(new URL('files.json', corpus), 'utf8'));
const bodies = await Promise.all(
  files.map(async (entry) => ({
    ...entry,
    html: await readFile(new URL(entry.file, corpus), 'utf8'),
  })),
);

/** The text nodes' words, in document order. */
function words(html) {
  const texts = [];
  const walk = (node) => {
    if (node.nodeName === '#text') texts.push(node.value);
    for (const child of node.childNodes ?? []) walk(child);
    if (node.content) walk(node.content);
  };
  walk(parseFragment(html));
  return texts.join(' ').split(/\s+/).filter(Boolean);
}

/**
 * What the upgrade decides, as a list: each element's name with the attributes it sets or
 * removes, and each text. What the figure itself adds once it runs (the caption as the image's
 * name, `decoding`, a table's tab stop) is not the upgrade's and is left out.
 */
const OUTLINED = ['slot', 'width', 'height', 'aria-hidden', 'alt'];
function outline(html) {
  const lines = [];
  const walk = (node) => {
    if (node.nodeName === '#text' && node.value.trim()) lines.push(node.value.trim());
    if (node.tagName) {
      const attrs = node.attrs.filter(({ name }) => OUTLINED.includes(name));
      lines.push(
        `<${node.tagName}${attrs.map(({ name, value }) => ` ${name}="${value}"`).join('')}>`,
      );
    }
    for (const child of node.childNodes ?? []) walk(child);
  };
  walk(parseFragment(html));
  return lines;
}

const figureCount = (html) => html.match(/<press-figure/g)?.length ?? 0;

describe('upgradeLegacyBody on the legacy corpus', () => {
  for (const body of bodies) {
    it(`${body.file}: keeps every word in order and every image`, () => {
      const upgraded = upgradeLegacyBody(body.html);
      assert.deepEqual(words(upgraded), words(body.html));
      assert.equal(
        upgraded.match(/<img\b/g)?.length ?? 0,
        body.html.match(/<img\b/gi)?.length ?? 0,
      );
      // Run again on its own output, it finds nothing more.
      assert.equal(upgradeLegacyBody(upgraded), upgraded);
    });
  }

  it('makes a figure of every body the corpus index finds a caption paragraph in', () => {
    const captioned = bodies.filter((body) => body.legacy.includes('caption-paragraph'));
    assert.ok(captioned.length > 0);
    for (const body of captioned) assert.ok(figureCount(upgradeLegacyBody(body.html)), body.file);
  });

  it('makes a figure of every photo the seed portal’s editors wrote', () => {
    // Each photo of these bodies is captioned, the way the portal's editors do it: a small
    // italic paragraph after the photo's, or the next row of its layout table. (A captioned
    // video clip stays as written: a figure holds a photo.)
    for (const body of bodies.filter(({ file }) => file.startsWith('vietnamese/'))) {
      const photos = body.html.match(/<img\b/g)?.length ?? 0;
      assert.equal(figureCount(upgradeLegacyBody(body.html)), photos, body.file);
    }
  });
});

describe('upgradeLegacyBody against <press-article upgrade> in Chromium', () => {
  let browser;
  let server;
  before(async () => {
    server = await serve(new URL('..', import.meta.url).pathname, {
      pages: {
        '/upgrade.html': `<!doctype html><meta charset="utf-8"><body><script type="module" src="/cdn/press-elements.min.js"></script>`,
      },
    });
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('makes the same figures of every body that has one, with no error or warning', async () => {
    const tab = await browser.newPage();
    const problems = recordProblems(tab);
    await tab.goto(`${server.url}/upgrade.html`);
    await tab.evaluate(() => customElements.whenDefined('press-article'));
    let compared = 0;
    for (const body of bodies) {
      const expected = upgradeLegacyBody(body.html);
      if (!figureCount(expected)) continue;
      const browserHtml = await tab.evaluate(async (html) => {
        const article = document.createElement('press-article');
        article.setAttribute('upgrade', '');
        article.innerHTML = html;
        document.body.append(article);
        for (let round = 0; round < 3; round++) await article.updateComplete;
        const result = article.innerHTML;
        article.remove();
        return result;
      }, body.html);
      assert.deepEqual(outline(browserHtml), outline(expected), body.file);
      compared++;
    }
    assert.ok(compared > 0, 'bodies with figures');
    await tab.close();
    // Missing corpus media (relative upstream paths) answer 404; nothing else may go wrong.
    assert.deepEqual(
      problems.filter((problem) => !/\b404\b/.test(problem)),
      [],
    );
  });
});
