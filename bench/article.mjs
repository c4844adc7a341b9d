/**
 * The seed article (fixtures/seed-article/article.json) as HTML, in two forms that show the same
 * words, photos and layout: with the elements (the contract's slotted markup), and as the plain
 * static HTML a portal would write without JavaScript. `repeat` makes a long article out of it.
 */
import { readdirSync, readFileSync } from 'node:fs';

export const article = JSON.parse(
  readFileSync(new URL('../fixtures/seed-article/article.json', import.meta.url), 'utf8'),
);

export const IMAGES = '/fixtures/seed-article';
export const SIZES = '(max-width: 48rem) 100vw, 48rem';

export function escape(text) {
  return String(text).replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char],
  );
}

export const srcset = (block) =>
  Object.entries(block.srcset)
    .map(([width, path]) => `${IMAGES}/${path} ${width}w`)
    .join(', ');

/** The body blocks, `repeat` times over: 1,227 words a time. */
function body(repeat) {
  return Array.from({ length: repeat }, () => article.body).flat();
}

export function wordCount(repeat = 1) {
  return body(repeat).reduce((sum, block) => sum + (block.text ?? '').split(/\s+/).length, 0);
}

const kicker = () => article.section[article.section.length - 1];
const author = () => article.byline.authors[0]?.name ?? '';

/** `<press-article>` with every element, as a portal writes it. */
export function elementsMarkup({ repeat = 1 } = {}) {
  let figures = 0;
  const blocks = body(repeat).map((block) => {
    if (block.type !== 'figure') return `<p>${escape(block.text)}</p>`;
    const lead = figures++ === 0;
    return (
      `<press-figure src="${IMAGES}/${block.image}" srcset="${srcset(block)}" sizes="${SIZES}" ` +
      `width="${block.width}" height="${block.height}" loading="${lead ? 'eager' : 'lazy'}"` +
      `${lead ? ' fetchpriority="high"' : ''}>${escape(block.caption)}</press-figure>`
    );
  });
  return `<press-article lang="${article.lang}">
<press-a11y-toolbar></press-a11y-toolbar>
<press-header>
<span slot="kicker">${escape(kicker())}</span>
<h1 slot="headline">${escape(article.headline)}</h1>
<p slot="standfirst">${escape(article.lead)}</p>
</press-header>
${blocks.join('\n')}
<press-byline time-zone="Asia/Ho_Chi_Minh">${escape(author())}</press-byline>
</press-article>`;
}

/** The same article as plain HTML: the elements' look in one stylesheet, no script. */
export function plainMarkup({ repeat = 1 } = {}) {
  let figures = 0;
  const blocks = body(repeat).map((block) => {
    if (block.type !== 'figure') return `<p>${escape(block.text)}</p>`;
    const lead = figures++ === 0;
    return (
      `<figure><img src="${IMAGES}/${block.image}" srcset="${srcset(block)}" sizes="${SIZES}" ` +
      `width="${block.width}" height="${block.height}" loading="${lead ? 'eager' : 'lazy'}"` +
      `${lead ? ' fetchpriority="high"' : ''} decoding="async" alt="${escape(block.caption)}">` +
      `<figcaption>${escape(block.caption)}</figcaption></figure>`
    );
  });
  const button = (label) => `<button type="button">${escape(label)}</button>`;
  return `<article class="press" lang="${article.lang}">
<div class="toolbar" role="toolbar" aria-label="Công cụ đọc">${article.toolbar.font_size
    .map(button)
    .join('')}<span class="size" aria-hidden="true">100%</span>${article.toolbar.contrast
    .map(button)
    .join('')}</div>
<header>
<p class="kicker">${escape(kicker())}</p>
<h1>${escape(article.headline)}</h1>
<p class="standfirst">${escape(article.lead)}</p>
</header>
${blocks.join('\n')}
<p class="byline">${escape(author())}</p>
</article>`;
}

/** The plain page's stylesheet: the elements' default look, by hand. */
export const PLAIN_CSS = `
body{margin:0}
.press{display:block;max-inline-size:42em;margin-inline:auto;padding-inline:1em;color:#1c1c1c;background:#fff;font:1.125rem/1.7 Georgia,"Noto Serif","Times New Roman",serif;overflow-wrap:break-word}
.press p{margin-block:0 1em}
.toolbar{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem;margin-block-end:1rem;font:1rem/1.4 system-ui,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif}
.toolbar button{box-sizing:border-box;min-inline-size:2.75rem;min-block-size:2.75rem;padding:.25rem .75rem;border:.125rem solid #767676;border-radius:.25rem;background:#fff;color:#1c1c1c;font:inherit;font-weight:600}
header{margin-block-end:1.5em;font-family:system-ui,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif}
.press .kicker{margin:0 0 .5em;color:#a3121c;font-size:.875em;font-weight:600;letter-spacing:.02em}
h1{margin:0;font-size:2em;line-height:1.3;text-wrap:balance}
.press .standfirst{margin:1em 0 0;font-size:1.2em;font-weight:600}
figure{margin:1.5em 0;break-inside:avoid}
figure img{display:block;inline-size:100%;block-size:auto;background:#ececec}
figcaption{margin-block-start:.5em;color:#4d4d4d;font:.875em/1.7 system-ui,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif}
.press .byline{margin-block:1.5em;color:#4d4d4d;font:700 .875em/1.7 system-ui,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif}
`;

/** A favicon inside the page, so that no request for /favicon.ico ends in a 404. */
export const FAVICON =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#a3121c"/></svg>',
  );

/** A whole page around `content`. */
export function page({ title = article.headline, head = '', content }) {
  return `<!doctype html>
<html lang="${article.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<meta name="description" content="${escape(article.lead)}">
<link rel="icon" href="${FAVICON}">
${head}
</head>
<body>
<main>
${content}
</main>
</body>
</html>
`;
}

/**
 * A body as the seed portal's editors write it (the Vietnamese bodies of test/legacy/corpus:
 * inline px sizes, nested spans, caption paragraphs, layout tables), `repeat` times over, in
 * `<press-article>` with the toolbar.
 */
const LEGACY_DIR = new URL('../test/legacy/corpus/vietnamese/', import.meta.url);
const legacyBody = () =>
  readdirSync(LEGACY_DIR)
    .sort()
    .map((file) => readFileSync(new URL(file, LEGACY_DIR), 'utf8'))
    .join('\n')
    .replaceAll('../../../../fixtures/', '/fixtures/');

export const legacyWordCount = (repeat = 1) =>
  legacyBody()
    .replace(/<[^>]*>/g, ' ')
    .split(/\s+/)
    .filter(Boolean).length * repeat;

export function legacyMarkup({ repeat = 1 } = {}) {
  const body = legacyBody();
  return `<press-article lang="vi">
<press-a11y-toolbar></press-a11y-toolbar>
${Array.from({ length: repeat }, () => body).join('\n')}
</press-article>`;
}
