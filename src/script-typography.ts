/** Typography rules that depend on the writing system rather than on one element. */
import { css } from 'lit';

/**
 * Scripts without italics (Arabic, Hebrew, CJK, Thai, Indic…) must not get a slanted imitation of
 * them from the browser, whether a theme or a slotted `<em>` asks for italics.
 */
export const noFakeItalics = css`
  :host(
    :is(
      :lang(ar),
      :lang(fa),
      :lang(ur),
      :lang(he),
      :lang(ja),
      :lang(zh),
      :lang(ko),
      :lang(th),
      :lang(hi),
      :lang(bn)
    )
  ) {
    font-synthesis-style: none;
  }
`;

/**
 * Scripts that stack marks above and below their letters (Vietnamese ệ, Thai ปั้, Khmer and
 * Burmese subscripts) reach into the next line when lines are tight. This names each host's group,
 * by how tall its ink runs in Noto Sans (test/script-line-height.test.ts): `--_stacked-marks`
 * takes the floor the element gives that group in `--_stacked-marks-tall`, `-taller` or
 * `-tallest` (private custom properties), and stays unset in other scripts.
 */
export const stackedMarks = css`
  :host(:is(:lang(vi), :lang(th), :lang(hi), :lang(mr), :lang(ne))) {
    --_stacked-marks: var(--_stacked-marks-tall);
  }
  :host(:lang(lo)) {
    --_stacked-marks: var(--_stacked-marks-taller);
  }
  :host(:is(:lang(km), :lang(my))) {
    --_stacked-marks: var(--_stacked-marks-tallest);
  }
`;
