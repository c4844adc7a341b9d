/**
 * The seed article as a React 19 component tree that writes the plain page's markup (bench/article.mjs
 * `plainMarkup`): the yardstick for server rendering, as a portal on React would render the same
 * article with `react-dom/server`'s `renderToString`. Plain `createElement`, no JSX build step.
 */
import { createElement as h, Fragment } from 'react';
import { renderToString } from 'react-dom/server';
import { article, IMAGES, SIZES, srcset } from './article.mjs';

function Toolbar({ toolbar }) {
  const button = (label) => h('button', { type: 'button', key: label }, label);
  return h(
    'div',
    { className: 'toolbar', role: 'toolbar', 'aria-label': 'Công cụ đọc' },
    toolbar.font_size.map(button),
    h('span', { className: 'size', 'aria-hidden': 'true' }, '100%'),
    toolbar.contrast.map(button),
  );
}

function Figure({ block, lead }) {
  return h(
    'figure',
    null,
    h('img', {
      src: `${IMAGES}/${block.image}`,
      srcSet: srcset(block),
      sizes: SIZES,
      width: block.width,
      height: block.height,
      loading: lead ? 'eager' : 'lazy',
      fetchPriority: lead ? 'high' : undefined,
      decoding: 'async',
      alt: block.caption,
    }),
    h('figcaption', null, block.caption),
  );
}

function Article({ data }) {
  let figures = 0;
  return h(
    'article',
    { className: 'press', lang: data.lang },
    h(Toolbar, { toolbar: data.toolbar }),
    h(
      'header',
      null,
      h('p', { className: 'kicker' }, data.section.at(-1)),
      h('h1', null, data.headline),
      h('p', { className: 'standfirst' }, data.lead),
    ),
    data.body.map((block, index) =>
      block.type === 'figure'
        ? h(Figure, { key: index, block, lead: figures++ === 0 })
        : h('p', { key: index }, block.text),
    ),
    h('p', { className: 'byline' }, data.byline.authors[0]?.name ?? ''),
  );
}

/** The seed article's HTML, rendered by React. */
export function reactArticle() {
  return renderToString(h(Fragment, null, h(Article, { data: article })));
}
