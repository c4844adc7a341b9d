/** The figure under print media (emulated through CDP, so Chromium only). */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/components/figure/define.js';
import { stringsFor } from '../src/i18n.js';
import type { PressFigure } from '../src/index.js';
import { enhanced } from './figure-helpers.js';
import { flatText } from './helpers.js';

const part = (el: PressFigure, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`)!;

describe('press-figure in print', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('prints caption and credit in full, in one piece, without the zoom button', async () => {
    const long = 'Một chú thích rất dài '.repeat(20).trim();
    const el = await fixture<PressFigure>(
      html`<press-figure
        src="/fixtures/seed-article/images/meeting-600.png"
        alt="x"
        credit="TTXVN"
        zoom
        lang="vi"
        >${long}</press-figure
      >`,
    );
    await enhanced(el);
    expect(getComputedStyle(part(el, 'zoom')).display).not.to.equal('none');
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(el).breakInside).to.equal('avoid');
    expect(getComputedStyle(part(el, 'zoom')).display).to.equal('none');
    const caption = part(el, 'caption');
    expect(getComputedStyle(caption).display).not.to.equal('none');
    expect(caption.scrollHeight).to.be.at.most(caption.clientHeight + 1);
    expect(flatText(caption)).to.equal(`${long} ${stringsFor('vi').creditPrefix} TTXVN`);
  });
});
