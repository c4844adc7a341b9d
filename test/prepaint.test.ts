import { expect } from '@open-wc/testing';
import { MAX_FONT_SCALE, STORAGE_KEY } from '../src/preferences-store.js';
import { prepaintScript } from '../src/prepaint.js';
import { contrastPalettes } from '../src/tokens.js';
import { channels, frameList } from './a11y-toolbar-helpers.js';
import { body, define, head, look } from './prepaint-helpers.js';
import { resetPreferences } from './helpers.js';

describe('pre-paint script', () => {
  const { open, removeAll } = frameList();
  beforeEach(resetPreferences);
  afterEach(removeAll);
  afterEach(resetPreferences);

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

  it('clamps a stored size to the largest step', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ fontScale: 40 }));
    const frame = await open(body, { head: head(), define: false });
    const before = look(frame);
    const root = frame.contentDocument!.documentElement;
    expect(root.style.getPropertyValue('--press-font-scale')).to.equal(String(MAX_FONT_SCALE));
    const rootSize = parseFloat(frame.contentWindow!.getComputedStyle(root).fontSize);
    expect(parseFloat(before.fontSize)).to.be.closeTo(rootSize * 1.125 * MAX_FONT_SCALE, 0.1);
    await define(frame);
    expect(look(frame)).to.deep.equal(before);
  });
  // With the OS asking for more contrast (Chromium's emulation only): prepaint.chromium.test.ts.
});
