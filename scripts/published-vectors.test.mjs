/**
 * The published XSS corpus (test/security/corpus/) through every field of `renderArticle`: the
 * server's HTML, read by the HTML standard's parser (parse5, as a browser tokenises it, shadow
 * templates included), holds no script but the article's JSON-LD, no event-handler attribute, no
 * element that runs or embeds content, and no URL outside the policy; no field's value makes it
 * throw. Needs `npm run build` first.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { parse } from 'parse5';
import { renderArticle } from '../dist/server/render-article.js';

const corpus = new URL('../test/security/corpus/', import.meta.url);
const { files, floor } = JSON.parse(await readFile(new URL('files.json', corpus), 'utf8'));
const texts = await Promise.all(files.map((file) => readFile(new URL(file, corpus), 'utf8')));
const vectors = [
  ...new Set(texts.flatMap((text) => text.split('\n').map((line) => line.replace(/\r$/, '')))),
].filter((line) => line.trim() !== '');

const BASE = 'https://portal.example/tin/';
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'data']);
const IMAGE_LOADS = new Set(['img src', 'img srcset', 'press-figure src', 'press-figure srcset']);
const ACTIVE = new Set(['script', 'iframe', 'object', 'embed', 'frame', 'frameset', 'base']);

function verdict(url, imageLoad) {
  let parsed;
  try {
    parsed = new URL(url, BASE);
  } catch {
    return 'does not parse';
  }
  if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return undefined;
  if (imageLoad && parsed.protocol === 'data:' && /^image\//i.test(parsed.pathname))
    return undefined;
  return `is ${parsed.protocol}`;
}

function jsonUrls(value, image = false, found = []) {
  if (Array.isArray(value)) for (const item of value) jsonUrls(item, image, found);
  else if (value && typeof value === 'object') {
    const isImage = image || value['@type'] === 'ImageObject';
    for (const [key, item] of Object.entries(value)) {
      if (typeof item === 'string' && ['url', 'image', 'sameAs', '@id'].includes(key))
        found.push([item, isImage || key === 'image']);
      else jsonUrls(item, isImage || key === 'image', found);
    }
  }
  return found;
}

/** What the HTML holds that could run script or breaks the URL policy. */
function violations(markup) {
  const problems = [];
  let structuredData = 0;
  const visit = (node) => {
    if (node.tagName) {
      const name = node.tagName;
      const attrs = Object.fromEntries(node.attrs.map(({ name: n, value }) => [n, value]));
      if (name === 'script' && attrs.type === 'application/ld+json') {
        structuredData++;
        const text = node.childNodes.map((child) => child.value ?? '').join('');
        try {
          for (const [url, image] of jsonUrls(JSON.parse(text))) {
            const wrong = verdict(url, image);
            if (wrong) problems.push(`structured data URL "${url.slice(0, 60)}" ${wrong}`);
          }
        } catch {
          problems.push('structured data that is not JSON');
        }
      } else if (ACTIVE.has(name)) problems.push(`<${name}> rendered`);
      for (const [attr, value] of Object.entries(attrs)) {
        if (attr.startsWith('on')) problems.push(`<${name} ${attr}="${value.slice(0, 60)}">`);
        if (!URL_ATTRIBUTES.has(attr)) continue;
        const urls =
          attr === 'srcset' ? value.split(/,\s+/).map((c) => c.trim().split(/\s+/)[0]) : [value];
        for (const url of urls.filter(Boolean)) {
          const wrong = verdict(url, IMAGE_LOADS.has(`${name} ${attr}`));
          if (wrong) problems.push(`<${name} ${attr}="${url.slice(0, 60)}"> ${wrong}`);
        }
      }
    }
    for (const child of node.childNodes ?? []) visit(child);
    if (node.content) visit(node.content);
  };
  visit(parse(markup));
  if (structuredData !== 1) problems.push(`${structuredData} structured data scripts`);
  return problems;
}

const article = () => ({
  lang: 'vi',
  id: 'tin',
  kicker: 'An ninh',
  headline: 'Hội nghị',
  standfirst: 'Sáng 2/3.',
  body: [
    { type: 'paragraph', text: 'Nội dung.' },
    {
      type: 'figure',
      src: '/a.png',
      srcset: '/a.png 600w',
      alt: 'Ảnh',
      width: 3,
      height: 2,
      caption: 'Chú thích',
      credit: 'TTXVN',
    },
  ],
  authors: [{ name: 'Bích Nga', url: '/tac-gia/bich-nga' }],
  source: 'TTXVN',
  published: '2017-03-02T09:15:00+07:00',
  updated: '2017-03-03T10:00:00+07:00',
  timeZone: 'Asia/Ho_Chi_Minh',
  publisher: 'Công an tỉnh',
  baseUrl: BASE,
});

/** Every string field of the article data, as a setter of the hostile value. */
const fields = {
  lang: (a, v) => (a.lang = v),
  dir: (a, v) => (a.dir = v),
  id: (a, v) => (a.id = v),
  kicker: (a, v) => (a.kicker = v),
  headline: (a, v) => (a.headline = v),
  standfirst: (a, v) => (a.standfirst = v),
  'paragraph text': (a, v) => (a.body[0].text = v),
  'figure src': (a, v) => (a.body[1].src = v),
  'figure srcset': (a, v) => (a.body[1].srcset = v),
  'figure sizes': (a, v) => (a.body[1].sizes = v),
  'figure alt': (a, v) => (a.body[1].alt = v),
  'figure width': (a, v) => (a.body[1].width = v),
  'figure height': (a, v) => (a.body[1].height = v),
  'figure loading': (a, v) => (a.body[1].loading = v),
  'figure credit': (a, v) => (a.body[1].credit = v),
  'figure caption': (a, v) => (a.body[1].caption = v),
  'author name': (a, v) => (a.authors[0].name = v),
  'author url': (a, v) => (a.authors[0].url = v),
  source: (a, v) => (a.source = v),
  published: (a, v) => (a.published = v),
  updated: (a, v) => (a.updated = v),
  timeZone: (a, v) => (a.timeZone = v),
  publisher: (a, v) => (a.publisher = v),
  baseUrl: (a, v) => (a.baseUrl = v),
};

// The library's own one-line warnings are expected for bad input; nothing else may be printed.
const warned = [];
console.warn = (...args) => warned.push(args.join(' '));

let renders = 0;
describe('published XSS vectors through every field of renderArticle', () => {
  it(`has a corpus of at least ${floor} distinct published vectors`, () => {
    assert.ok(vectors.length >= floor, `${vectors.length} vectors`);
  });

  for (const [field, set] of Object.entries(fields)) {
    it(field, async () => {
      const problems = [];
      for (const [index, vector] of vectors.entries()) {
        const data = article();
        set(data, vector);
        let markup;
        try {
          markup = await renderArticle(data);
        } catch (error) {
          problems.push(`vector ${index} threw: ${error}`);
          continue;
        }
        renders++;
        for (const problem of violations(markup)) problems.push(`vector ${index}: ${problem}`);
      }
      assert.deepEqual(problems.slice(0, 20), []);
    });
  }

  it('printed only the library’s own warnings', () => {
    assert.ok(renders >= vectors.length * Object.keys(fields).length);
    assert.deepEqual(
      warned.filter((line) => !line.startsWith('press-elements: ')),
      [],
    );
    process.stdout.write(
      `# published vectors on the server: ${vectors.length} vectors, ${renders} renders of ` +
        `${Object.keys(fields).length} fields\n`,
    );
  });
});
