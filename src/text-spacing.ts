/**
 * The reader's text spacing (WCAG 1.4.12) inside the elements' shadow trees. Letter and word
 * spacing in `em` inherit as lengths, so a headline twice the body size would get half the
 * spacing it needs; the article passes them as custom properties instead (which inherit as
 * written), and each text element here resolves them against its own size. Unset, the
 * declarations fall back to inheriting, as if they were not there.
 */
import { css } from 'lit';

/** The spacing the article sets on its light DOM when the reader turns text spacing on. */
export const spacingProperties = '--_press-letter-spacing:.12em;--_press-word-spacing:.16em';

/** First in an element's styles, so its own rules (a kicker's tracking) can build on it. */
export const readerSpacing = css`
  :host,
  :host * {
    letter-spacing: var(--_press-letter-spacing);
    word-spacing: var(--_press-word-spacing);
  }
`;
