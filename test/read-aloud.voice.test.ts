/**
 * Read aloud with a real voice: espeak-ng's Vietnamese through speech-dispatcher, which .ci/run
 * installs and starts (sound goes to ALSA's null device). Runs in Chromium (VOICE=1 adds
 * `--enable-speech-dispatcher`) and Firefox with `npm run ci:voice`; not in the other runs, whose
 * browsers have no voice. Every step is a real key press on the toolbar; the engine's own
 * utterance events move the reading on. A missing voice fails the spec: here it is the subject.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { stringsFor } from '../src/i18n.js';
import type { PressA11yToolbar } from '../src/index.js';
import { HIGHLIGHT_NAME, highlightSentence } from '../src/read-aloud.js';
import { voiceFor } from '../src/speech-voice.js';
import { statusText, toolbarButton, until } from './a11y-toolbar-helpers.js';
import { resetPreferences } from './helpers.js';
import { readAloudArticle } from './read-aloud-helpers.js';

const vi = stringsFor('vi');
/** Frames to wait for the engine (a sentence takes it a few seconds; a loaded machine more). */
const ENGINE = 60 * 30;

/** The sentence highlighted now, as text. */
function highlighted(): string {
  const highlight = CSS.highlights.get(HIGHLIGHT_NAME);
  const [range] = highlight ? [...highlight] : [];
  return range ? (range as Range).toString() : '';
}

/** Every sentence the engine began to say (its `start` event), in order. */
const started: string[] = [];
/** The sentence last handed to the engine (the highlight moves when it is handed). */
let handed = '';

function listenToEngine() {
  const speak = speechSynthesis.speak.bind(speechSynthesis);
  // The real engine still speaks: this only listens to what is handed to it.
  speechSynthesis.speak = (utterance) => {
    handed = utterance.text;
    utterance.addEventListener('start', () => started.push(utterance.text));
    speak(utterance);
  };
}

/** Presses a button, then waits for the toolbar's answer: the reader loads on the first press. */
async function press(toolbar: PressA11yToolbar, action: 'read' | 'stop') {
  const before = statusText(toolbar);
  toolbarButton(toolbar, action).focus();
  await sendKeys({ press: 'Enter' });
  await until(() => statusText(toolbar) !== before, ENGINE);
}

/** Watches for `frames` frames and returns whether anything started meanwhile. */
async function quietFor(started: string[], frames: number): Promise<boolean> {
  const count = started.length;
  for (let i = 0; i < frames; i++) await new Promise(requestAnimationFrame);
  return started.length === count;
}

describe('read aloud with a real Vietnamese voice', function () {
  // Real speech takes seconds a sentence.
  this.timeout(90_000);
  let toolbar: PressA11yToolbar;

  before(async () => {
    // Voices load late: wait for the list, then for the toolbar to offer reading.
    await until(() => !!voiceFor('vi'), ENGINE).catch(() => {
      throw new Error('No Vietnamese voice: is speech-dispatcher with espeak-ng running?');
    });
    listenToEngine();
  });
  beforeEach(async () => {
    resetPreferences();
    const article = await readAloudArticle();
    toolbar = article.querySelector('press-a11y-toolbar')!;
    await until(() => !!toolbarButton(toolbar, 'read'), ENGINE);
    started.length = 0;
  });
  afterEach(() => {
    speechSynthesis.cancel();
    speechSynthesis.resume();
    highlightSentence();
  });

  it('plays sentence after sentence, pauses with nothing new starting, resumes, stops', async () => {
    await press(toolbar, 'read');
    expect(statusText(toolbar)).to.equal(vi.readingStatus);
    // The engine finished the first sentence and began the next on its own.
    await until(() => started.length >= 2, ENGINE);
    expect(started[0]).to.equal('Lực lượng An ninh vững vàng');
    expect(highlighted().replace(/\s+/g, ' ')).to.equal(handed);

    await press(toolbar, 'read');
    expect(statusText(toolbar)).to.equal(vi.pausedStatus);
    expect(toolbarButton(toolbar, 'read').textContent.trim()).to.equal(vi.readResume);
    const at = highlighted();
    // Four seconds: longer than the sentence being said, so it would have ended and another
    // begun, had pause not held it.
    expect(await quietFor(started, 240), `started while paused: ${started.join(' | ')}`).to.be.true;
    expect(highlighted()).to.equal(at);

    const before = started.length;
    await press(toolbar, 'read');
    expect(statusText(toolbar)).to.equal(vi.readingStatus);
    await until(() => started.length > before, ENGINE);

    await press(toolbar, 'stop');
    expect(statusText(toolbar)).to.equal(vi.stoppedStatus);
    await until(() => !speechSynthesis.speaking, ENGINE);
    expect(highlighted()).to.equal('');
    expect(await quietFor(started, 120), 'nothing starts after stop').to.be.true;
  });

  it('stops from pause and leaves the engine ready to read again', async () => {
    await press(toolbar, 'read');
    await until(() => started.length >= 1, ENGINE);
    await press(toolbar, 'read');
    expect(statusText(toolbar)).to.equal(vi.pausedStatus);
    await press(toolbar, 'stop');
    expect(statusText(toolbar)).to.equal(vi.stoppedStatus);
    expect(speechSynthesis.paused, 'the engine is not left paused').to.be.false;

    started.length = 0;
    await press(toolbar, 'read');
    expect(statusText(toolbar)).to.equal(vi.readingStatus);
    await until(() => started.length >= 2, ENGINE);
    expect(started[0]).to.equal('Lực lượng An ninh vững vàng');
  });
});
