/**
 * The reader's raised contrast and text spacing must also reach the article's light DOM (the
 * portal's paragraphs and links), where shadow styles cannot go and portal CSS would otherwise
 * win. These rules go into the article's tree (document or shadow root) as one adopted sheet; the
 * pre-paint script reuses them for articles that are not defined yet. `!important` because the
 * reader's choice beats the author's, as a user style sheet would.
 */
import { adoptStyles } from '../../adopt-styles.js';
import { CONTRASTS } from '../../preferences-store.js';
import { spacingProperties } from '../../text-spacing.js';

/** Raised contrast in the articles matched by `articles`: colours come from the tokens. */
export function contrastRules(articles: string): string {
  return (
    // `inherit` lets slotted text take the component's themed colour (the flat tree).
    `:is(${articles}) :not(a,img,picture,video,canvas,iframe,svg,svg *){color:inherit!important;background-color:transparent!important}` +
    `:is(${articles}) a{color:var(--press-color-link)!important;text-decoration-line:underline!important}` +
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
  spacingRules('press-article[text-spacing]');

/** Adds the light-DOM rules once to the tree `root` (a document or a shadow root). */
export function adoptDocumentStyles(root: Document | ShadowRoot): void {
  adoptStyles(root, documentCSS);
}
