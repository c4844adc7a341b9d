/** Every string the elements show or say; each language's file gives them (src/strings/). */

export interface PressStrings {
  /** Toolbar's accessible name. */
  toolbarLabel: string;
  fontSmaller: string;
  fontSmallerLabel: string;
  fontReset: string;
  fontResetLabel: string;
  fontLarger: string;
  fontLargerLabel: string;
  contrastMore: string;
  contrastMoreLabel: string;
  contrastLess: string;
  contrastLessLabel: string;
  /** Live-region message after a text-size change; `{size}` is the formatted percentage. */
  fontSizeStatus: string;
  /** Live-region message after a contrast change; `{level}` is one of the level names. */
  contrastStatus: string;
  contrastNormal: string;
  contrastHigh: string;
  contrastDark: string;
  /** Shown while the contrast follows the operating system. */
  followingSystem: string;
  /** Said when forced colours (e.g. Windows High Contrast) are active: why contrast is inactive. */
  forcedColors: string;
  /** Toggle for WCAG 1.4.12 text spacing (its state is `aria-pressed`). */
  textSpacing: string;
  textSpacingLabel: string;
  /** Read aloud: start, pause, resume, stop, and what the live region says for each. */
  readAloud: string;
  readAloudLabel: string;
  readPause: string;
  readResume: string;
  readStop: string;
  readStopLabel: string;
  readingStatus: string;
  pausedStatus: string;
  stoppedStatus: string;
  /** Before a figure's credit: vi "Ảnh:", en "Photo:". Not added twice. */
  creditPrefix: string;
  /** Shown in a figure's box when its image fails and has no alt text. */
  imageUnavailable: string;
  /** Accessible name of a figure's zoom button (and of the zoom dialog). */
  zoomOpen: string;
  /** The zoom dialog's close button. */
  zoomClose: string;
  sourcePrefix: string;
  /** Label before the publication time. */
  published: string;
  /** Label before the time of the last update. */
  updated: string;
  /** An author's role after the name, spacing included: ` ({role})`, `（{role}）`. */
  authorRole: string;
  /**
   * Estimated reading time; `{duration}` is the minutes in the short unit form ("5 min", "5 phút"),
   * `{durationLong}` in the long one ("5 minutes"), both from `Intl.NumberFormat`.
   */
  readingTime: string;
}
