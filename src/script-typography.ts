/** Typography rules that depend on the writing system rather than on one element. */
import { css, unsafeCSS } from 'lit';

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
 * The languages whose scripts stack marks above and below their letters (Vietnamese ệ, Thai ปั้,
 * Khmer and Burmese subscripts), grouped by how tall their ink runs in Noto Sans
 * (test/script-line-height.test.ts). Such marks reach into the next line when lines are tight.
 */
export const STACKED_MARKS = {
  tall: ['vi', 'th', 'hi', 'mr', 'ne'],
  taller: ['lo'],
  tallest: ['km', 'my'],
} as const;

export type StackedMarkGroup = keyof typeof STACKED_MARKS;

/** `:is(:lang(vi), …)`: the languages of `group`, as one selector. */
export function stackedMarkLangs(group: StackedMarkGroup): string {
  return `:is(${STACKED_MARKS[group].map((lang) => `:lang(${lang})`).join(', ')})`;
}

/**
 * Names each host's group: `--_stacked-marks` takes the floor the element gives that group in
 * `--_stacked-marks-tall`, `-taller` or `-tallest` (private custom properties), and stays unset in
 * other scripts.
 */
export const stackedMarks = unsafeCSS(
  (Object.keys(STACKED_MARKS) as StackedMarkGroup[])
    .map(
      (group) =>
        `:host(${stackedMarkLangs(group)}){--_stacked-marks:var(--_stacked-marks-${group})}`,
    )
    .join(''),
);
