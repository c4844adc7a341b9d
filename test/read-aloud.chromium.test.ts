/**
 * Read aloud under forced colours, which only Chromium can emulate (CDP `Emulation.setEmulatedMedia`):
 * the highlight keeps its system colours and underline. The same without forced colours runs in
 * every engine (read-aloud.test.ts).
 */
import '../src/define.js';
import { highlightSentence } from '../src/read-aloud.js';
import { emulateMediaFeatures } from './a11y-toolbar-helpers.js';
import { resetPreferences } from './helpers.js';
import { expectSentencesMarked } from './read-aloud-helpers.js';

describe('read aloud under forced colours', () => {
  beforeEach(resetPreferences);
  afterEach(() => highlightSentence());

  it('keeps the sentence’s system colour and underline under forced colours', async () => {
    await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    try {
      await expectSentencesMarked('forced colours');
    } finally {
      await emulateMediaFeatures([]);
    }
  });
});
