import { expect } from '@open-wc/testing';
import { STORAGE_KEY } from '../src/preferences-store.js';
import { prepaintScript } from '../src/prepaint.js';
import { contrastPalettes } from '../src/tokens.js';
import { channels, emulateMediaFeatures, frameReady, openFrame } from './a11y-toolbar-helpers.js';
import { resetPreferences } from './helpers.js';

const body = `<press-article><p>Kon Tum là một tỉnh <a href="#x">Tây Nguyên</a>.</p></press-article>`;
const nonce = 'pr3paint';
const head = (script = prepaintScript) =>
  `<meta http-equiv="Content-Security-Policy" content="default-src 'self' ${location.origin}; script-src 'self' ${location.origin} 'nonce-${nonce}'; style-src 'self' ${location.origin}">` +
  `<script nonce="${nonce}">${script};window.prepainted = true;</script>`;

/** What a reader sees of the paragraph and the article: size, colours, spacing. */
function look(frame: HTMLIFrameElement) {
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
async function define(frame: HTMLIFrameElement) {
  const script = frame.contentDocument!.createElement('script');
  script.type = 'module';
  script.src = '/src/components/article/define.ts';
  frame.contentDocument!.head.append(script);
  await frame.contentWindow!.customElements.whenDefined('press-article');
  await frameReady(frame);
}

describe('pre-paint script', () => {
  const frames: HTMLIFrameElement[] = [];
  const open = async (...args: Parameters<typeof openFrame>) => {
    const frame = await openFrame(...args);
    frames.push(frame);
    return frame;
  };
  beforeEach(resetPreferences);
  afterEach(async () => {
    frames.splice(0).forEach((frame) => frame.remove());
    await emulateMediaFeatures([]);
  });

  it('is a self-contained classic script: no import, no export', () => {
    expect(prepaintScript).to.not.match(/\bimport\b|\bexport\b/);
  });

  it('paints a saved choice from the first frame: nothing changes when the element loads', async () => {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({ fontScale: 1.5, contrast: 'most', textSpacing: true }),
    );
    const frame = await open(body, { head: head(), define: false });
    const view = frame.contentWindow! as Window & { prepainted?: boolean };
    expect(view.prepainted).to.be.true;
    expect(view.customElements.get('press-article')).to.be.undefined;
    const before = look(frame);
    const rootSize = parseFloat(
      view.getComputedStyle(frame.contentDocument!.documentElement).fontSize,
    );
    expect(parseFloat(before.fontSize)).to.be.closeTo(rootSize * 1.125 * 1.5, 0.1);
    expect(channels(before.color)).to.deep.equal(channels(contrastPalettes.most['color-text']));
    expect(channels(before.background)).to.deep.equal(
      channels(contrastPalettes.most['color-background']),
    );
    expect(parseFloat(before.letterSpacing)).to.be.closeTo(parseFloat(before.fontSize) * 0.12, 0.1);
    expect(before.link).to.equal('underline');

    await define(frame);
    expect(look(frame)).to.deep.equal(before);
  });

  it('would flash without it (the check above can fail)', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ fontScale: 1.5, contrast: 'most' }));
    const frame = await open(body, { define: false });
    const before = look(frame);
    await define(frame);
    const after = look(frame);
    expect(after.fontSize).to.not.equal(before.fontSize);
    expect(after.background).to.not.equal(before.background);
  });

  it('with no saved choice, paints the article as the element will and marks nothing', async () => {
    const frame = await open(body, { head: head(), define: false });
    const before = look(frame);
    const box = () => {
      const { x, y, width, height } = frame
        .contentDocument!.querySelector('p')!
        .getBoundingClientRect();
      return { x, y, width, height };
    };
    const place = box();
    expect(frame.contentDocument!.documentElement.getAttributeNames()).to.deep.equal([]);
    await define(frame);
    expect(look(frame)).to.deep.equal(before);
    expect(box()).to.deep.equal(place);
  });

  it('survives garbage in storage and keeps the page default', async () => {
    for (const garbage of ['{', 'null', '[1,2]', '{"fontScale":"9e999","contrast":"evil"}']) {
      localStorage.setItem(STORAGE_KEY, garbage);
      const frame = await open(body, { head: head(), define: false });
      const view = frame.contentWindow! as Window & { prepainted?: boolean };
      expect(view.prepainted, garbage).to.be.true;
      expect(frame.contentDocument!.documentElement.getAttributeNames(), garbage).to.deep.equal([]);
    }
  });

  it('clamps a stored size and follows the OS when the reader has not chosen', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ fontScale: 40 }));
    await emulateMediaFeatures([{ name: 'prefers-contrast', value: 'more' }]);
    const frame = await open(body, { head: head(), define: false });
    const before = look(frame);
    const root = frame.contentDocument!.documentElement;
    expect(root.style.getPropertyValue('--press-font-scale')).to.equal('2');
    expect(channels(before.color)).to.deep.equal(channels(contrastPalettes.more['color-text']));
    await define(frame);
    expect(look(frame)).to.deep.equal(before);
  });
});
