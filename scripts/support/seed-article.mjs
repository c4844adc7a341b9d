/** The seed article (fixtures/seed-article/article.json) as `press-elements/server` article data. */
import { readFile } from 'node:fs/promises';

const file = new URL('../../fixtures/seed-article/article.json', import.meta.url);

export async function readSeed() {
  return JSON.parse(await readFile(file, 'utf8'));
}

/**
 * `base` is the URL path where fixtures/seed-article/ is served. The portal named no photographer,
 * so each photo is credited to the publisher, letting the checks cover credits too; `credits:
 * false` leaves them out (the benchmark compares with plain HTML that has none).
 */
export function seedArticleData(seed, { base = '/fixtures/seed-article', credits = true } = {}) {
  return {
    lang: seed.lang,
    dir: seed.dir,
    id: 'seed',
    kicker: seed.section.at(-1),
    headline: seed.headline,
    standfirst: seed.lead,
    body: seed.body.map((block, index) =>
      block.type === 'figure'
        ? {
            type: 'figure',
            src: `${base}/${block.image}`,
            srcset: Object.entries(block.srcset)
              .map(([width, path]) => `${base}/${path} ${width}w`)
              .join(', '),
            sizes: '(max-width: 48rem) 100vw, 48rem',
            width: block.width,
            height: block.height,
            loading: index < 3 ? 'eager' : 'lazy',
            credit: credits ? seed.publisher : undefined,
            caption: block.caption,
          }
        : { type: 'paragraph', text: block.text },
    ),
    authors: seed.byline.authors,
    timeZone: 'Asia/Ho_Chi_Minh',
  };
}
