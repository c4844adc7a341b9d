/**
 * The seed article as a React 19 app: React renders the elements natively (attributes, children
 * and `on<event>` listeners). No element is registered here, so the server can render it too.
 */
import type {} from 'press-elements/react';
import { useState } from 'react';
import article from '../../../fixtures/seed-article/article.json';

const images = '/fixtures/seed-article';

export function App() {
  const [fontScale, setFontScale] = useState(1);
  return (
    <>
      <output id="reader-choice">{fontScale}</output>
      <press-article
        lang={article.lang}
        onpress-preferences-change={(event) => setFontScale(event.detail.fontScale)}
      >
        <press-a11y-toolbar></press-a11y-toolbar>
        <press-header>
          <span slot="kicker">{article.section.at(-1)}</span>
          <h1 slot="headline">{article.headline}</h1>
          <p slot="standfirst">{article.lead}</p>
        </press-header>
        {article.body.map((block, i) =>
          block.type === 'figure' ? (
            <press-figure
              key={i}
              src={`${images}/${block.image}`}
              width={block.width}
              height={block.height}
            >
              {block.caption}
            </press-figure>
          ) : (
            <p key={i}>{block.text}</p>
          ),
        )}
        <press-byline time-zone="Asia/Ho_Chi_Minh">
          {article.byline.authors.map((author) => author.name).join(', ')}
        </press-byline>
      </press-article>
    </>
  );
}
