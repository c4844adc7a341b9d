import { css, unsafeCSS } from 'lit';
import type { StackedMarkGroup } from '../../script-typography.js';
import { token } from '../../tokens.js';

/**
 * The headline's line-height floor in each group of scripts that stack marks, unitless like the
 * line-height tokens; a portal's `--press-header-diacritics-line-height` replaces them all.
 * themes/before-upgrade.css gets the same rules, generated from these (scripts/write-themes.mjs).
 */
export const HEADLINE_MARK_FLOORS: Record<StackedMarkGroup, number> = {
  tall: 1.4,
  taller: 1.6,
  tallest: 1.7,
};

/** The floor of `group` as the headline applies it. */
export const headlineMarkFloor = (group: StackedMarkGroup): string =>
  `var(--press-header-diacritics-line-height, ${HEADLINE_MARK_FLOORS[group]})`;

const floors = unsafeCSS(
  (Object.keys(HEADLINE_MARK_FLOORS) as StackedMarkGroup[])
    .map((group) => `--_stacked-marks-${group}: ${headlineMarkFloor(group)};`)
    .join(' '),
);

export const headerStyles = css`
  :host {
    display: block;
    font-family: var(--press-header-font, ${token('font-heading')});
    /* Floors for scripts whose marks stack (script-typography.ts). */
    ${floors}
  }

  [part='base'] {
    margin-block-end: var(--press-header-gap, ${token('space-l')});
  }

  [part='kicker'] {
    margin-block: 0 ${token('space-s')};
    color: var(--press-header-kicker-color, ${token('color-accent')});
    font-size: var(--press-header-kicker-size, ${token('font-size-small')});
    font-weight: 600;
    letter-spacing: var(--_press-letter-spacing, var(--press-header-kicker-letter-spacing, 0.02em));
    text-transform: var(--press-header-kicker-transform, none);
  }
  /* Letter spacing breaks the joining of Arabic script and is foreign to CJK. */
  :host(:is(:lang(ar), :lang(fa), :lang(ur), :lang(ja), :lang(zh), :lang(ko))) [part='kicker'] {
    letter-spacing: normal;
  }

  [part='headline'] {
    color: var(--press-header-headline-color, ${token('color-text')});
    font-size: var(--press-header-headline-size, ${token('font-size-headline')});
    font-weight: var(--press-header-headline-weight, 700);
    /* --_stacked-marks: the floor of the host's script, if its marks stack (see :host above). */
    line-height: max(
      var(--press-header-headline-line-height, ${token('line-height-heading')}),
      var(--_stacked-marks, 0)
    );
    text-wrap: balance;
  }
  /* Japanese has no spaces: break headlines between phrases, not inside words. */
  :host(:lang(ja)) [part='headline'] {
    word-break: auto-phrase;
  }

  [part='standfirst'] {
    margin-block: ${token('space-m')} 0;
    color: var(--press-header-standfirst-color, ${token('color-text')});
    font-size: var(--press-header-standfirst-size, ${token('font-size-standfirst')});
    font-weight: var(--press-header-standfirst-weight, 600);
    line-height: var(--press-header-standfirst-line-height, ${token('line-height')});
  }

  /* The portal's own heading and paragraphs take the part's look, not the browser's defaults. */
  ::slotted(*),
  [part='headline'] :is(h1, h2, h3, h4, h5, h6) {
    margin: 0;
    font: inherit;
    color: inherit;
  }
  ::slotted(a),
  [part='kicker'] a {
    color: inherit;
  }

  [hidden] {
    display: none;
  }
`;
