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
