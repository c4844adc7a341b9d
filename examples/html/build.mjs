/**
 * The plain-HTML example's build: what a CMS template does. The seed article is written out as
 * markup, and the page loads the CDN folder's entry with one script tag.
 */
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';

const here = (path) => new URL(path, import.meta.url);
const article = JSON.parse(
  await readFile(here('../../fixtures/seed-article/article.json'), 'utf8'),
);
const escape = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const images = '/fixtures/seed-article';

const body = article.body
  .map((block) =>
    block.type === 'figure'
      ? `<press-figure src="${images}/${escape(block.image)}" width="${block.width}" height="${block.height}">${escape(block.caption)}</press-figure>`
      : `<p>${escape(block.text)}</p>`,
  )
  .join('\n    ');

const page = `<!doctype html>
<html lang="${escape(article.lang)}">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <link rel="icon" href="data:," />
  <title>${escape(article.headline)}</title>
  <script type="module" src="./cdn/press-elements.min.js"></script>
</head>
<body>
  <press-article lang="${escape(article.lang)}">
    <press-a11y-toolbar></press-a11y-toolbar>
    <press-header>
      <span slot="kicker">${escape(article.section.at(-1))}</span>
      <h1 slot="headline">${escape(article.headline)}</h1>
      <p slot="standfirst">${escape(article.lead)}</p>
    </press-header>
    ${body}
    <press-byline time-zone="Asia/Ho_Chi_Minh">${article.byline.authors.map((a) => escape(a.name)).join(', ')}</press-byline>
  </press-article>
</body>
</html>
`;

await mkdir(here('dist/'), { recursive: true });
await writeFile(here('dist/index.html'), page);
// The CDN folder as a portal would host it: the entry and its on-demand chunks.
await cp(here('../../cdn/'), here('dist/cdn/'), { recursive: true });
