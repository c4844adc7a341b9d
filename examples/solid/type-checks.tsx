/**
 * Not an app: only the type check compiles this file, to prove that the generated Solid types
 * (press-elements/solid) type attributes, properties and events. Each misuse must be reported.
 */
import type {} from 'press-elements/solid';

export const uses = (
  <press-article lang="vi" font-scale={1.25} text-spacing>
    <press-figure src="a.jpg" width={1200} height={800} loading="eager" zoom></press-figure>
    <press-byline
      on:press-preferences-change={() => {}}
      time-zone="Asia/Ho_Chi_Minh"
    ></press-byline>
  </press-article>
);

export const listened = (
  <press-article on:press-preferences-change={(event) => event.detail.fontScale.toFixed(2)} />
);

export const misuses = (
  <>
    {/* @ts-expect-error font-scale is a number */}
    <press-article font-scale="large"></press-article>
    {/* @ts-expect-error loading is 'lazy' or 'eager' */}
    <press-figure loading="sometimes"></press-figure>
    {/* @ts-expect-error the event's detail has fontScale, contrast and textSpacing only */}
    <press-article on:press-preferences-change={(event) => event.detail.size}></press-article>
  </>
);
