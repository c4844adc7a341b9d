/**
 * Not an app: only the type check compiles this file, to prove that the generated Svelte types
 * (press-elements/svelte) type what a Svelte 5 template may write on each element: the objects
 * below are what svelte-check compares a template's attributes with. Each misuse must be reported.
 */
import type { SvelteHTMLElements } from 'svelte/elements';
import type {} from 'press-elements/svelte';

type Article = SvelteHTMLElements['press-article'];
type Figure = SvelteHTMLElements['press-figure'];

export const uses: [Article, Figure] = [
  {
    lang: 'vi',
    'font-scale': 1.25,
    'text-spacing': true,
    textSpacing: false,
    'onpress-preferences-change': (event) => event.detail.fontScale.toFixed(2),
  },
  { src: 'a.jpg', width: 1200, height: 800, loading: 'eager', zoom: true },
];

export const misuses: [Article, Article, Figure, Figure] = [
  // @ts-expect-error text-spacing={false} would write "false": present, hence on
  { 'text-spacing': false },
  // @ts-expect-error the event's detail has fontScale, contrast and textSpacing only
  { 'onpress-preferences-change': (event) => event.detail.size },
  // @ts-expect-error loading is 'lazy' or 'eager'
  { loading: 'sometimes' },
  // @ts-expect-error no such attribute
  { 'alt-text': 'x' },
];
