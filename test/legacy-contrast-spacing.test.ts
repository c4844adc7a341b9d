/**
 * Raised contrast and text spacing reach text whose colours and spacing the portal's editor fixed:
 * inline `color` and `background`, `<font color>`, `bgcolor`, inline `line-height`,
 * `letter-spacing`, `word-spacing` and paragraph margins.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { PressArticle } from '../src/index.js';
import {
  closeParagraphs,
  contrastOf,
  expectNothingClipped,
  spacingMisses,
  textRuns,
} from './reader-measures.js';
import { resetPreferences, settle } from './helpers.js';

const legacyBody = `
  <p><span style="color:#999999">Chữ xám nhạt</span> và <font color="#ff0000">chữ đỏ</font>,
    <span style="background:#ffff00;color:#777777">tô vàng</span>, <mark>đánh dấu</mark>.</p>
  <table bgcolor="#eeeeee" width="100%"><tr>
    <td bgcolor="#000080"><font color="white" face="Arial">Chữ trắng trên nền xanh</font></td>
    <td style="background-color:rgba(255,0,0,0.5)">Nền đỏ trong suốt</td>
  </tr></table>
  <div style="background-color:#333333;color:#eeeeee;padding:8px">Hộp nền tối</div>
  <p style="line-height:1.0;letter-spacing:-0.5px;word-spacing:-1px;margin-bottom:0">
    Dòng chật: <span style="line-height:12px">khoảng cách cố định</span></p>
  <p style="margin:0"><a href="#tin"><span style="color:#888888;text-decoration:none">Liên kết xám</span></a></p>
  <p class="MsoNormal" style="margin-bottom:0cm;line-height:normal"><span style="font-size:11pt;color:#1f497d">Word</span></p>
`;

describe('Contrast and spacing on legacy markup', () => {
  let article: PressArticle;

  beforeEach(async () => {
    resetPreferences();
    article = await fixture<PressArticle>(html`<press-article lang="vi"></press-article>`);
    article.innerHTML = legacyBody;
    await settle(article);
  });
  afterEach(resetPreferences);

  it('the body has low-contrast runs at the portal’s own colours (the checks below can fail)', () => {
    const low = textRuns(article).filter((run) => contrastOf(run) < 7);
    expect(low.length).to.be.at.least(5);
  });

  for (const contrast of ['more', 'most'] as const) {
    it(`every run reaches 7:1 against what is behind it at contrast “${contrast}”`, async () => {
      article.setPreferences({ contrast });
      await settle(article);
      const runs = textRuns(article);
      expect(runs.length).to.be.at.least(10);
      for (const run of runs) {
        expect(contrastOf(run), run.outerHTML.slice(0, 80)).to.be.at.least(7);
      }
      for (const link of article.querySelectorAll('a')) {
        expect(getComputedStyle(link).textDecorationLine, 'links stay underlined').to.include(
          'underline',
        );
      }
    });
  }

  it('text spacing overrides inline line height, letter and word spacing and margins', async () => {
    const tight = textRuns(article).filter((run) => spacingMisses(run).length);
    expect(tight.length, 'the check can fail').to.be.at.least(3);
    article.setPreferences({ textSpacing: true });
    await settle(article);
    for (const run of textRuns(article)) {
      expect(spacingMisses(run), run.outerHTML.slice(0, 80)).to.deep.equal([]);
    }
    expect(closeParagraphs(article).map((p) => p.outerHTML.slice(0, 60))).to.deep.equal([]);
    expectNothingClipped(article);
  });
});
