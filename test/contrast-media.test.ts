/**
 * The operating system's say, in every engine: whatever this engine's own media queries answer
 * (`prefers-contrast: more`, `forced-colors: active`), the toolbar and the article agree with it.
 * Emulating each case takes Chromium's DevTools protocol: contrast-media.chromium.test.ts.
 */
import { expect } from '@open-wc/testing';
import '../src/components/a11y-toolbar/define.js';
import '../src/components/article/define.js';
import { stringsFor } from '../src/i18n.js';
import { contrastPalettes, defaultTokens } from '../src/tokens.js';
import { channels, contrastArticle, noteText, toolbarButton } from './a11y-toolbar-helpers.js';
import { resetPreferences } from './helpers.js';

const vi = stringsFor('vi');

describe('the operating system decides until the reader does (this engine’s media queries)', () => {
  beforeEach(resetPreferences);

  it('shows the note, the inactive controls and the colours the media queries call for', async () => {
    const forced = matchMedia('(forced-colors: active)').matches;
    const more = matchMedia('(prefers-contrast: more)').matches;
    const el = await contrastArticle();
    const toolbar = el.querySelector('press-a11y-toolbar')!;
    const note = noteText(toolbar);
    expect(note).to.equal(forced ? vi.forcedColors : more ? vi.followingSystem : undefined);
    expect(toolbarButton(toolbar, 'more').getAttribute('aria-disabled')).to.equal(String(forced));
    expect(el.contrast).to.be.undefined;
    if (!forced)
      expect(channels(getComputedStyle(el.querySelector('p')!).color)).to.deep.equal(
        channels(more ? contrastPalettes.more['color-text'] : defaultTokens['color-text']),
      );
    await expect(el).to.be.accessible();
  });
});
