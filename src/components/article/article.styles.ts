import { css, unsafeCSS } from 'lit';
import { NO_CONTRAST } from '../../light-dom-styles.js';
import { contrastPalettes, paletteDeclarations, token } from '../../tokens.js';

const more = paletteDeclarations(contrastPalettes.more);
const most = paletteDeclarations(contrastPalettes.most);
const followsSystem = unsafeCSS(NO_CONTRAST);

export const articleStyles = css`
  :host {
    display: block;
    color: var(--press-article-color, ${token('color-text')});
    background: var(--press-article-background, ${token('color-background')});
    font-family: var(--press-article-font, ${token('font-body')});
    line-height: var(--press-article-line-height, ${token('line-height')});
    overflow-wrap: break-word;
  }

  :host([contrast='more']) {
    ${more}
  }
  :host([contrast='most']) {
    ${most}
    color-scheme: dark;
  }
  @media (prefers-contrast: more) {
    :host(${followsSystem}) {
      ${more}
    }
  }

  /* Under forced colours the system palette wins; tokens point at system colours only. */
  @media (forced-colors: active) {
    :host {
      --press-color-text: CanvasText;
      --press-color-text-muted: CanvasText;
      --press-color-background: Canvas;
      --press-color-surface: Canvas;
      --press-color-accent: CanvasText;
      --press-color-link: LinkText;
      --press-color-border: CanvasText;
      --press-color-focus: Highlight;
    }
  }

  [part='base'] {
    /* Text size is the portal's base size times the reader's factor: rem keeps the reader's
       browser font size in the product, and everything inside sizes in em from here. */
    font-size: calc(
      var(--press-article-font-size, ${token('font-size-base')}) * var(--press-font-scale, 1)
    );
    /* The column and its padding keep their width as the reader's text grows (they are in em of
       the unscaled size): text reflows inside, and the toolbar stays under the reader's pointer. */
    max-inline-size: calc(
      var(--press-article-measure, ${token('measure')}) / var(--press-font-scale, 1)
    );
    margin-inline: auto;
    padding-inline: calc(
      var(--press-article-padding, ${token('space-m')}) / var(--press-font-scale, 1)
    );
  }

  /* From the second chunk on (content-chunks.ts), a chunk out of view keeps its last height and skips
     style and layout. Ink may spill past a chunk (stacked diacritics, a focus ring, a data table
     wider than the column): the clip margin keeps it visible, and browsers that cannot extend
     the clip lay everything out. */
  @supports (overflow-clip-margin: 1em) {
    [part~='chunk'] + [part~='chunk'] {
      content-visibility: auto;
      contain-intrinsic-size: auto 50em;
      overflow-clip-margin: 100vw;
    }
  }

  /* WCAG 1.4.12. Line height never drops below the portal's, so stacked Vietnamese diacritics
     (ệ, ẫ) keep the room they had; the light DOM gets the same through light-dom-styles.ts. */
  :host([text-spacing]) {
    --press-line-height-heading: 1.5;
  }
  :host([text-spacing]) [part='base'] {
    line-height: max(1.5, var(--press-article-line-height, ${token('line-height')}));
    letter-spacing: 0.12em;
    word-spacing: 0.16em;
  }
`;
