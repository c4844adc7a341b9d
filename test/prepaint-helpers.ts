/** The page and the look the pre-paint specs share (prepaint*.test.ts). */
import { prepaintScript } from '../src/prepaint.js';
import { frameReady } from './a11y-toolbar-helpers.js';

export const body = `<press-article><p>Kon Tum là một tỉnh <a href="#x">Tây Nguyên</a>.</p></press-article>`;
const nonce = 'pr3paint';
export const head = (script = prepaintScript) =>
  `<meta http-equiv="Content-Security-Policy" content="default-src 'self' ${location.origin}; script-src 'self' ${location.origin} 'nonce-${nonce}'; style-src 'self' ${location.origin}">` +
  `<script nonce="${nonce}">${script};window.prepainted = true;</script>`;

/** What a reader sees of the paragraph and the article: size, colours, spacing. */
export function look(frame: HTMLIFrameElement) {
  const doc = frame.contentDocument!;
  const view = frame.contentWindow!;
  const p = doc.querySelector('p')!;
  const style = view.getComputedStyle(p);
  return {
    fontSize: style.fontSize,
    color: style.color,
    background: view.getComputedStyle(doc.querySelector('press-article')!).backgroundColor,
    letterSpacing: style.letterSpacing,
    wordSpacing: style.wordSpacing,
    lineHeight: style.lineHeight,
    marginBottom: style.marginBottom,
    link: view.getComputedStyle(doc.querySelector('a')!).textDecorationLine,
  };
}

/** Registers the elements in the frame, as the page's module script would, once it loads. */
export async function define(frame: HTMLIFrameElement) {
  const script = frame.contentDocument!.createElement('script');
  script.type = 'module';
  script.src = '/src/components/article/define.ts';
  frame.contentDocument!.head.append(script);
  await frame.contentWindow!.customElements.whenDefined('press-article');
  await frameReady(frame);
}
