/**
 * A plain Node server, no framework and no bundler: every request for `/` gets the seed article
 * rendered by press-elements/server (declarative shadow DOM, readable before any script), and the
 * page hydrates it with the CDN folder's hydrate entry, served from the installed package.
 *
 *   node examples/node/server.mjs        then open http://localhost:8080/ (PORT to change it)
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderArticle } from 'press-elements/server';

/** Where the installed package keeps what the page loads (here: this repository). */
const cdn = dirname(fileURLToPath(import.meta.resolve('press-elements/cdn')));
const themes = dirname(fileURLToPath(import.meta.resolve('press-elements/themes/default.css')));
/** The portal's own files: the seed article and its photos. */
const seedFolder = fileURLToPath(new URL('../../fixtures/seed-article/', import.meta.url));

const escape = (text) => String(text).replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);

/** The seed article (fixtures/seed-article/article.json) as renderArticle's data. */
async function seedArticle() {
  const seed = JSON.parse(await readFile(join(seedFolder, 'article.json'), 'utf8'));
  const image = (path) => `/photos/${path.replace(/^images\//, '')}`;
  return {
    seed,
    data: {
      lang: seed.lang,
      kicker: seed.section.at(-1),
      headline: seed.headline,
      standfirst: seed.lead,
      body: seed.body.map((block, index) =>
        block.type === 'figure'
          ? {
              type: 'figure',
              src: image(block.image),
              srcset: Object.entries(block.srcset)
                .map(([width, path]) => `${image(path)} ${width}w`)
                .join(', '),
              sizes: '(max-width: 48rem) 100vw, 48rem',
              width: block.width,
              height: block.height,
              // The lead photo loads at once; the others when they come near.
              loading: index < 3 ? 'eager' : 'lazy',
              caption: block.caption,
            }
          : { type: 'paragraph', text: block.text },
      ),
      authors: seed.byline.authors,
      timeZone: 'Asia/Ho_Chi_Minh',
    },
  };
}

async function articlePage() {
  const { seed, data } = await seedArticle();
  return `<!doctype html>
<html lang="${escape(seed.lang)}">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <link rel="icon" href="data:," />
  <title>${escape(seed.headline)}</title>
  <link rel="stylesheet" href="/themes/default.css" />
  <script type="module" src="/cdn/press-elements.hydrate.min.js"></script>
</head>
<body>
  ${await renderArticle(data)}
  <p>Cỡ chữ đã chọn: <output id="reader-choice">1</output></p>
  <script type="module">
    // The page's own code hears the reader's choice, as a framework would.
    document.addEventListener('press-preferences-change', (event) => {
      document.querySelector('#reader-choice').textContent = event.detail.fontScale;
    });
  </script>
</body>
</html>
`;
}

const TYPES = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.map': 'application/json',
};
const FOLDERS = { '/cdn/': cdn, '/themes/': themes, '/photos/': join(seedFolder, 'images') };

/** The request handler: the article at `/`, the package's files and the photos beside it. */
export async function handle(request, response) {
  const { pathname } = new URL(request.url, 'http://localhost');
  if (pathname === '/') {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(await articlePage());
    return;
  }
  const prefix = Object.keys(FOLDERS).find((start) => pathname.startsWith(start));
  const path =
    prefix && normalize(join(FOLDERS[prefix], decodeURIComponent(pathname.slice(prefix.length))));
  try {
    if (!path?.startsWith(FOLDERS[prefix])) throw new Error('outside the folder');
    const body = await readFile(path);
    response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8080);
  createServer(handle).listen(port, () => console.log(`http://localhost:${port}/`));
}
