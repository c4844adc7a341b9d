/**
 * The pre-paint script follows the operating system's contrast wish, which only Chromium can
 * emulate (CDP `Emulation.setEmulatedMedia`). The rest runs in every engine: prepaint.test.ts.
 */
import { expect } from '@open-wc/testing';
import { STORAGE_KEY } from '../src/preferences-store.js';
import { contrastPalettes } from '../src/tokens.js';
import { channels, emulateMediaFeatures, frameList } from './a11y-toolbar-helpers.js';
import { body, define, head, look } from './prepaint-helpers.js';
import { resetPreferences } from './helpers.js';

describe('pre-paint script', () => {
  const { open, removeAll } = frameList();
  beforeEach(resetPreferences);
  afterEach(async () => {
    removeAll();
    await emulateMediaFeatures([]);
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
