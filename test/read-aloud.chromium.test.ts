/**
 * Read aloud under forced colours, which only Chromium can emulate (CDP `Emulation.setEmulatedMedia`):
 * the highlight keeps its system colours and underline. The same without forced colours runs in
 * every engine (read-aloud.test.ts).
 */
import { expect } from '@open-wc/testing';
import '../src/define.js';
import { HIGHLIGHT_NAME, highlightSentence, sentenceRanges } from '../src/read-aloud.js';
import { emulateMediaFeatures } from './a11y-toolbar-helpers.js';
import { resetPreferences } from './helpers.js';
import { readAloudArticle } from './read-aloud-helpers.js';

describe('read aloud: sentences and highlight', () => {
  beforeEach(resetPreferences);
  afterEach(() => highlightSentence());

  it('marks the sentence with a system colour and an underline, which forced colours keep', async () => {
    const el = await readAloudArticle();
    const ranges = sentenceRanges(el, 'vi');
    const p = el.querySelector('p')!;
    // The headline given as an attribute lives in press-header's shadow root: styled there too.
    const headline = el
      .querySelector('press-header')!
      .shadowRoot!.querySelector('[part~="headline"]')!;
    expect(ranges[0]!.startContainer.getRootNode()).to.equal(headline.getRootNode());
    for (const forced of [false, true]) {
      await emulateMediaFeatures(forced ? [{ name: 'forced-colors', value: 'active' }] : []);
      for (const [range, holder] of [
        [ranges[0]!, headline],
        [ranges[1]!, p],
      ] as const) {
        highlightSentence(range);
        const style = getComputedStyle(holder, `::highlight(${HIGHLIGHT_NAME})`);
        expect(style.textDecorationLine, `${holder.localName}, forced ${forced}`).to.equal(
          'underline',
        );
        expect(style.backgroundColor, `${holder.localName}, forced ${forced}`).to.not.equal(
          'rgba(0, 0, 0, 0)',
        );
      }
    }
    await emulateMediaFeatures([]);
  });
});
