import { css, unsafeCSS } from 'lit';
import { token } from '../../tokens.js';

/**
 * The compact form, for hosts matching `condition`: one button in one row; the toolbar below it
 * only while open, laid out as in the full form.
 */
function compactForm(condition: string) {
  const is = unsafeCSS(condition);
  return css`
    :host(${is}) [part='toggle'] {
      display: inline-flex;
    }
    :host(${is}:not([open])) [part='base'] {
      display: none;
    }
    :host(${is}[open]) [part='toggle'] {
      margin-block-end: var(--press-a11y-toolbar-spacing, 0.5rem);
    }
  `;
}

export const toolbarStyles = css`
  /* The toolbar sizes in rem: it keeps its size while the article's text grows (browser zoom and
     the reader's default font size still scale it). */
  :host {
    display: block;
    margin-block-end: var(--press-a11y-toolbar-gap, ${token('space-m')});
    color: var(--press-a11y-toolbar-color, ${token('color-text')});
    font-family: var(--press-a11y-toolbar-font, ${token('font-ui')});
    font-size: var(--press-a11y-toolbar-font-size, ${token('font-size-ui')});
    line-height: 1.4;
    /* The article's text spacing is for reading; the controls keep their measured size. */
    letter-spacing: normal;
    word-spacing: normal;
    /* Labels wrap between words only, as the page's text around the toolbar does. */
    overflow-wrap: inherit;
    /* Its own width picks the compact form (see compactForm below). */
    container-type: inline-size;
  }
  [part='base'],
  [part='group'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--press-a11y-toolbar-spacing, 0.5rem);
  }
  [part='base'] {
    gap: var(--press-a11y-toolbar-group-spacing, 1rem);
  }

  [part~='button'],
  [part='toggle'] {
    box-sizing: border-box;
    min-inline-size: 2.75rem;
    min-block-size: 2.75rem;
    /* The border and padding together, so that a pressed button can trade one for the other. */
    --_border: 0.125rem;
    --_padding-block: 0.25rem;
    --_padding-inline: 0.75rem;
    padding: var(--_padding-block) var(--_padding-inline);
    border: var(--_border) solid var(--press-a11y-toolbar-button-border, ${token('color-border')});
    border-radius: var(--press-a11y-toolbar-radius, ${token('radius')});
    background: var(--press-a11y-toolbar-button-background, ${token('color-background')});
    color: var(--press-a11y-toolbar-button-color, ${token('color-text')});
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  /* The compact form's button: hidden until the compact form is chosen. */
  [part='toggle'] {
    display: none;
    align-items: center;
    gap: var(--press-a11y-toolbar-spacing, 0.5rem);
  }
  [part='toggle'] svg {
    inline-size: 1em;
    block-size: 1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
  }
  [part='toggle'][aria-expanded='true'] svg {
    rotate: 180deg;
  }
  [part~='button']:hover,
  [part='toggle']:hover {
    background: var(--press-a11y-toolbar-button-hover, ${token('color-surface')});
  }
  [part~='button']:focus-visible,
  [part='toggle']:focus-visible {
    outline: 0.1875rem solid var(--press-a11y-toolbar-focus, ${token('color-focus')});
    outline-offset: 0.125rem;
  }
  /* Pressed shows as a doubled border, not by colour alone (it stays under forced colours), and
     in reversed colours. The padding gives the border's room back and no mark is added, so
     pressing never resizes the button or moves the controls after it. */
  [part~='button'][aria-pressed='true'] {
    border-width: calc(2 * var(--_border));
    padding: calc(var(--_padding-block) - var(--_border))
      calc(var(--_padding-inline) - var(--_border));
    color: var(--press-a11y-toolbar-button-background, ${token('color-background')});
    background: var(--press-a11y-toolbar-button-color, ${token('color-text')});
  }
  [part~='button'][aria-disabled='true'] {
    cursor: not-allowed;
    border-style: dashed;
    color: var(--press-a11y-toolbar-button-disabled, ${token('color-text-muted')});
  }

  ${compactForm('[layout=compact]')}
  @container (max-width: 30rem) {
    ${compactForm(':not([layout=full])')}
  }

  [part='size'] {
    /* As wide as the widest readout ("112,5%", "١١٢٫٥٪"), so nothing after it moves. */
    min-inline-size: 4.5em;
    text-align: center;
    font-variant-numeric: tabular-nums;
  }

  [part='note'] {
    font-size: ${token('font-size-small')};
    color: var(--press-a11y-toolbar-note-color, ${token('color-text-muted')});
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  @media (forced-colors: active) {
    [part~='button'],
    [part='toggle'] {
      border-color: ButtonText;
    }
    [part~='button'][aria-disabled='true'] {
      border-color: GrayText;
      color: GrayText;
    }
  }
`;
