/**
 * The seed article as a React 19 app: React renders the elements natively (attributes, children
 * and `on<event>` listeners). No element is registered here, so the server can render it too.
 */
import { eventsRef } from 'press-elements';
import type {} from 'press-elements/react';
import { useState } from 'react';
import article from '../../../fixtures/seed-article/article.json';

const images = '/fixtures/seed-article';

/**
 * `listen`: how the app hears the reader's choice. `prop` is React's own `on<event>` prop, for
 * pages React renders in the browser; `ref` is the library's `eventsRef`, which also works when
 * React hydrates server-rendered markup (React adds no `on<event>` listener then).
 */
export function App({ listen }: { listen: 'prop' | 'ref' }) {
  const [fontScale, setFontScale] = useState(1);
  const onChange = (event: GlobalEventHandlersEventMap['press-preferences-change']) =>
    setFontScale(event.detail.fontScale);
  return (
    <>
      <output id="reader-choice">{fontScale}</output>
      <press-article
        lang={article.lang}
        onpress-preferences-change={listen === 'prop' ? onChange : undefined}
        ref={listen === 'ref' ? eventsRef({ 'press-preferences-change': onChange }) : undefined}
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
