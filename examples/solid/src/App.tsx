/** Solid renders the elements natively; `press-elements/solid` types them in JSX. */
import type {} from 'press-elements/solid';
import { createSignal, For } from 'solid-js';
import article from '../../../fixtures/seed-article/article.json';

const images = '/fixtures/seed-article';

export function App() {
  const [fontScale, setFontScale] = createSignal(1);
  return (
    <>
      <output id="reader-choice">{fontScale()}</output>
      <press-article
        lang={article.lang}
        on:press-preferences-change={(event) => setFontScale(event.detail.fontScale)}
      >
        <press-a11y-toolbar></press-a11y-toolbar>
        <press-header>
          <span slot="kicker">{article.section.at(-1)}</span>
          <h1 slot="headline">{article.headline}</h1>
          <p slot="standfirst">{article.lead}</p>
        </press-header>
        <For each={article.body}>
          {(block) =>
            block.type === 'figure' ? (
              <press-figure
                src={`${images}/${block.image}`}
                width={block.width}
                height={block.height}
              >
                {block.caption}
              </press-figure>
            ) : (
              <p>{block.text}</p>
            )
          }
        </For>
        <press-byline time-zone="Asia/Ho_Chi_Minh">
          {article.byline.authors.map((author) => author.name).join(', ')}
        </press-byline>
      </press-article>
    </>
  );
}
