/**
 * Not part of the app: only the type check compiles this file, to prove that the generated JSX
 * types (press-elements/react) type attributes and events. Each misuse must be reported.
 */
import type {} from 'press-elements/react';

export const misuses = (
  <>
    {/* @ts-expect-error font-scale is a number */}
    <press-article font-scale="large"></press-article>
    {/* @ts-expect-error loading is 'lazy' or 'eager' */}
    <press-figure loading="sometimes"></press-figure>
    {/* @ts-expect-error the event's detail has fontScale, contrast and textSpacing only */}
    <press-article onpress-preferences-change={(event) => event.detail.size}></press-article>
  </>
);
