/**
 * The reader's raised contrast and text spacing must also reach the article's light DOM (the
 * portal's paragraphs and links), where shadow styles cannot go and portal CSS would otherwise
 * win. These rules go into the article's tree (document or shadow root) as one adopted sheet; the
 * pre-paint script reuses them for articles that are not defined yet. `!important` because the
 * reader's choice beats the author's, as a user style sheet would.
 */
import { adoptStyles } from './adopt-styles.js';
import { CONTRASTS } from './preferences-store.js';
import { spacingProperties } from './text-spacing.js';

/** Raised contrast in the articles matched by `articles`: colours come from the tokens. */
export function contrastRules(articles: string): string {
  return (
    // `inherit` lets slotted text take the component's themed colour (the flat tree).
    `:is(${articles}) :not(a,img,picture,video,canvas,iframe,svg,svg *){color:inherit!important;background-color:transparent!important}` +
    `:is(${articles}) a{color:var(--press-color-link)!important;background-color:transparent!important;text-decoration-line:underline!important}` +
    `:is(${articles}) :focus-visible{outline:.1875rem solid var(--press-color-focus)!important;outline-offset:.125rem}`
  );
}

/** WCAG 1.4.12 text spacing in the articles matched by `articles` (the toolbar keeps its own). */
export function spacingRules(articles: string): string {
  return (
    `:is(${articles}) :not(press-a11y-toolbar){line-height:inherit!important;letter-spacing:.12em!important;word-spacing:.16em!important;${spacingProperties}}` +
    `:is(${articles}) p{margin-block-end:2em!important}`
  );
}

/** An embed frame's ratio from its size attributes, where CSS can read them. */
export const EMBED_RATIO = 'aspect-ratio:attr(width type(<number>))/attr(height type(<number>))';

/**
 * WCAG 1.4.10 reflow for bodies as editors write them (in every article, at every size): media
 * with fixed inline widths or size attributes shrink to the column, keeping the ratio their
 * attributes give (an embed frame has none mapped: `attr()` gives it where supported); tables,
 * preformatted text, long URLs and unbroken strings wrap rather than widen the page.
 */
export function reflowRules(articles: string): string {
  const media = 'img,video,audio,canvas,svg,iframe,embed,object';
  const sized = `:is(${articles}) :is(img,video,canvas,svg):is([width],[style*=width])`;
  const frame = `:is(${articles}) iframe[width][height]`;
  return (
    `:is(${articles}) :is(${media},table){max-inline-size:100%!important}` +
    `${sized}{block-size:auto!important}` +
    `@supports (${EMBED_RATIO}){${frame}{${EMBED_RATIO};block-size:auto!important}}` +
    // On narrow screens a table wider than the column scrolls inside itself (a block box can;
    // WebKit also lets a table's own width beat its max-width). wide-tables.ts gives it a tab stop.
    `@media (max-width:48em){:is(${articles}) table{display:block;overflow-x:auto}}` +
    `:is(${articles}) pre{white-space:pre-wrap!important;overflow-wrap:anywhere}` +
    // A figure's media fills its width (an upgraded photo keeps the editor's inline width
    // otherwise), and a photo that is a link stays one block.
    `:is(${articles}) :is(press-figure>img[slot=media],press-figure>[slot=media] img){inline-size:100%!important}` +
    `:is(${articles}) press-figure>a[slot=media]{display:block}`
  );
}

/** `[contrast=…]` for each of `levels`, as a selector list: the names come from CONTRASTS. */
export const contrastIs = (levels: readonly string[]): string =>
  levels.map((level) => `[contrast=${level}]`).join(',');
/** Articles at a raised level, by their own attribute. */
export const RAISED = `press-article:is(${contrastIs(CONTRASTS.slice(1))})`;
/** Filters the articles that follow the operating system (no valid `contrast`). */
export const NO_CONTRAST = `:not(${contrastIs(CONTRASTS)})`;

const documentCSS =
  contrastRules(RAISED) +
  `@media (prefers-contrast:more){${contrastRules('press-article' + NO_CONTRAST)}}` +
  spacingRules('press-article[text-spacing]') +
  reflowRules('press-article');

/** Adds the light-DOM rules once to the tree `root` (a document or a shadow root). */
export function adoptDocumentStyles(root: Document | ShadowRoot): void {
  adoptStyles(root, documentCSS);
}
