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
import { distinctVectors, jsonUrls, srcsetUrls, verdict } from '../test/security/url-verdict.js';

const corpus = new URL('../test/security/corpus/', import.meta.url);
const { files, floor } = JSON.parse(await readFile(new URL('files.json', corpus), 'utf8'));
const texts = await Promise.all(files.map((file) => readFile(new URL(file, corpus), 'utf8')));
const vectors = distinctVectors(texts);

const BASE = 'https://portal.example/tin/';
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'data']);
const IMAGE_LOADS = new Set(['img src', 'img srcset', 'press-figure src', 'press-figure srcset']);
const ACTIVE = new Set(['script', 'iframe', 'object', 'embed', 'frame', 'frameset', 'base']);

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
            const wrong = verdict(url, image, BASE);
            if (wrong) problems.push(`structured data URL "${url.slice(0, 60)}" ${wrong}`);
          }
        } catch {
          problems.push('structured data that is not JSON');
        }
      } else if (ACTIVE.has(name)) problems.push(`<${name}> rendered`);
      for (const [attr, value] of Object.entries(attrs)) {
        if (attr.startsWith('on')) problems.push(`<${name} ${attr}="${value.slice(0, 60)}">`);
        if (!URL_ATTRIBUTES.has(attr)) continue;
        for (const url of attr === 'srcset' ? srcsetUrls(value) : [value]) {
          const wrong = verdict(url, IMAGE_LOADS.has(`${name} ${attr}`), BASE);
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
let trials = 0;

/**
 * Renders one article per vector, `build(index)` filling it, and fails on anything unsafe in the
 * HTML or any throw. `sinks` is how many fields each article feeds.
 */
async function attack(build, sinks) {
  const problems = [];
  for (let index = 0; index < vectors.length; index++) {
    let markup;
    try {
      markup = await renderArticle(build(index));
    } catch (error) {
      problems.push(`vector ${index} threw: ${error}`);
      continue;
    }
    renders++;
    trials += sinks;
    for (const problem of violations(markup)) problems.push(`vector ${index}: ${problem}`);
  }
  assert.deepEqual(problems.slice(0, 20), []);
}

/** The vector field `k` of article `i` takes: each field sees every vector once over all articles. */
const vectorFor = (i, k) => vectors[(i + k) % vectors.length];

// URL fields also go alone, the rest valid, so that no other hostile field hides them.
const URL_FIELDS = ['figure src', 'figure srcset', 'author url', 'baseUrl'];

describe('published XSS vectors through every field of renderArticle', () => {
  it(`has a corpus of at least ${floor} distinct published vectors`, () => {
    assert.ok(vectors.length >= floor, `${vectors.length} vectors`);
  });

  const setters = Object.values(fields);
  it(`every field at once (${setters.length}), each with its own vector`, () =>
    attack((i) => {
      const data = article();
      setters.forEach((set, k) => set(data, vectorFor(i, k)));
      return data;
    }, setters.length));

  for (const field of URL_FIELDS) {
    it(`${field} alone`, () =>
      attack((i) => {
        const data = article();
        fields[field](data, vectorFor(i, 0));
        return data;
      }, 1));
  }

  it('printed only the library’s own warnings', () => {
    assert.ok(trials >= vectors.length * (setters.length + URL_FIELDS.length));
    assert.deepEqual(
      warned.filter((line) => !line.startsWith('press-elements: ')),
      [],
    );
    process.stdout.write(
      `# published vectors on the server: ${vectors.length} vectors, ${trials} trials of ` +
        `${setters.length} fields in ${renders} renders\n`,
    );
  });
});
