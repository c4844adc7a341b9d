/**
 * The operating system's say: `prefers-contrast: more` and `forced-colors: active`, emulated
 * through CDP (Chromium).
 */
import { expect } from '@open-wc/testing';
import '../src/components/a11y-toolbar/define.js';
import '../src/components/article/define.js';
import { stringsFor } from '../src/i18n.js';
import type { PressArticle } from '../src/index.js';
import { contrastPalettes } from '../src/tokens.js';
import {
  channels,
  contrastArticle,
  emulateMediaFeatures,
  noteText,
  statusText,
  toolbarButton,
  until,
} from './a11y-toolbar-helpers.js';
import { resetPreferences, settle } from './helpers.js';

const vi = stringsFor('vi');

const toolbarOf = (el: PressArticle) => el.querySelector('press-a11y-toolbar')!;
const note = (el: PressArticle) => noteText(toolbarOf(el));

/** The colour a system colour keyword resolves to on this page now. */
function systemColour(keyword: string): string {
  const probe = document.createElement('span');
  probe.style.color = keyword;
  document.body.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

describe('the operating system decides until the reader does', () => {
  beforeEach(resetPreferences);
  afterEach(() => emulateMediaFeatures([]));

  it('prefers-contrast: more starts at the light raised level, and says so', async () => {
    await emulateMediaFeatures([{ name: 'prefers-contrast', value: 'more' }]);
    const el = await contrastArticle();
    expect(el.contrast).to.be.undefined;
    const p = el.querySelector('p')!;
    expect(channels(getComputedStyle(p).color)).to.deep.equal(
      channels(contrastPalettes.more['color-text']),
    );
    expect(getComputedStyle(el.querySelector('a')!).textDecorationLine).to.equal('underline');
    expect(note(el)).to.equal(vi.followingSystem);
    const less = toolbarButton(toolbarOf(el), 'less');
    expect(less.getAttribute('aria-disabled')).to.equal('false');
    expect(less.getAttribute('aria-describedby')).to.include('note');
    await expect(el).to.be.accessible();

    // Decrease steps down to normal from the level the OS chose; the reader's choice then holds.
    less.click();
    await settle(el);
    expect(el.contrast).to.equal('normal');
    expect(note(el)).to.be.undefined;
    expect(channels(getComputedStyle(p).color)).to.not.deep.equal(
      channels(contrastPalettes.more['color-text']),
    );
  });

  it('forced colours: system colours only, contrast controls inactive with the reason', async () => {
    await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    const el = await contrastArticle();
    const toolbar = toolbarOf(el);
    for (const action of ['more', 'less']) {
      const button = toolbarButton(toolbar, action);
      expect(button.getAttribute('aria-disabled'), action).to.equal('true');
      const ids = button.getAttribute('aria-describedby')!.split(' ');
      const reason = ids.map((id) => toolbar.shadowRoot!.getElementById(id)?.textContent.trim());
      expect(reason).to.include(vi.forcedColors);
      // Still focusable, as APG asks of a control that cannot act now.
      expect(button.tabIndex).to.equal(-1);
      button.focus();
      expect(toolbar.shadowRoot!.activeElement).to.equal(button);
    }
    expect(note(el)).to.equal(vi.forcedColors);
    toolbarButton(toolbar, 'more').click();
    await settle(el);
    expect(el.contrast).to.be.undefined;
    // Colours come from the system, whatever the level.
    expect(getComputedStyle(el.querySelector('p')!).color).to.equal(systemColour('CanvasText'));
    expect(getComputedStyle(el).backgroundColor).to.equal(systemColour('Canvas'));
    // States show by borders, not by colour: every control keeps a visible border, a pressed
    // one a thicker one.
    const spacing = toolbarButton(toolbar, 'spacing');
    const width = () => parseFloat(getComputedStyle(spacing).borderTopWidth);
    const unpressed = width();
    expect(getComputedStyle(spacing).borderTopStyle).to.equal('solid');
    expect(unpressed).to.be.at.least(1);
    spacing.click();
    await settle(el);
    expect(width()).to.be.greaterThan(unpressed);
    // Text size still works.
    toolbarButton(toolbar, 'larger').click();
    await settle(el);
    expect(el.fontScale).to.equal(1.125);
    expect(statusText(toolbar)).to.include(
      new Intl.NumberFormat('vi', { style: 'percent', maximumFractionDigits: 1 }).format(1.125),
    );
    await expect(el).to.be.accessible();
  });

  it('forced colours win over a raised level the reader chose before', async () => {
    const el = await contrastArticle();
    el.setPreferences({ contrast: 'most' });
    await settle(el);
    await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    // The toolbar hears the change (a media query list event, at the next rendering update).
    await until(() => note(el) === vi.forcedColors);
    expect(toolbarButton(toolbarOf(el), 'less').getAttribute('aria-disabled')).to.equal('true');
    expect(getComputedStyle(el.querySelector('p')!).color).to.equal(systemColour('CanvasText'));
    expect(getComputedStyle(el).backgroundColor).to.equal(systemColour('Canvas'));
  });
});
