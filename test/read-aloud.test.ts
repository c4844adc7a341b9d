/**
 * Read aloud. Headless Chromium here has no speech voices (and its engine fails every utterance
 * with `synthesis-failed`), so: the toolbar offers no control (test/a11y-toolbar.test.ts); the
 * sentences, ranges and highlight are tested on the real DOM and the real CSS Custom Highlight
 * API; the reader is driven once through the real `speechSynthesis` (started by a real key press,
 * as browsers require), and once through a stand-in engine that plays back real
 * `SpeechSynthesisUtterance` events, for the sentence-by-sentence progress, pause, resume and stop
 * that only a working voice would produce.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import {
  HIGHLIGHT_NAME,
  highlightSentence,
  ReadAloud,
  sentenceRanges,
  type ReadState,
} from '../src/read-aloud.js';
import { voiceFor } from '../src/speech-voice.js';
import { until } from './a11y-toolbar-helpers.js';
import { resetPreferences } from './helpers.js';
import { expectSentencesMarked, lead, readAloudArticle } from './read-aloud-helpers.js';

/** Sentences of `text` in `lang` as Intl splits them, without surrounding space. */
const sentencesOf = (text: string, lang: string) =>
  Array.from(new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text))
    .map(({ segment }) => segment.trim())
    .filter(Boolean);

const body = 'Lực lượng An ninh được thành lập năm 1946. Họ lập nhiều chiến công? Có.';

describe('read aloud: sentences and highlight', () => {
  beforeEach(resetPreferences);
  afterEach(() => highlightSentence());

  it('splits the article into sentences in reading order, across markup, never across blocks', async () => {
    const el = await readAloudArticle();
    const read = sentenceRanges(el, 'vi').map((range) => range.toString().replace(/\s+/g, ' '));
    expect(read).to.deep.equal([
      'Lực lượng An ninh vững vàng',
      ...sentencesOf(lead, 'vi'),
      ...sentencesOf(body, 'vi'),
      'Phòng An ninh họp triển khai',
    ]);
  });

  it('gives ranges on the text itself, so the highlight sits on the sentence', async () => {
    const el = await readAloudArticle();
    const ranges = sentenceRanges(el, 'vi');
    const paragraph = el.querySelectorAll('p')[1]!;
    const second = ranges.find((range) => range.intersectsNode(paragraph))!;
    // From the paragraph's first letter to its first full stop, through the link and the emphasis.
    expect(second.startContainer).to.equal(paragraph.firstChild);
    expect(second.startOffset).to.equal(paragraph.firstChild!.textContent!.search(/\S/));
    expect(second.intersectsNode(paragraph.querySelector('a')!)).to.be.true;
    expect(second.intersectsNode(paragraph.querySelector('em')!)).to.be.true;
    expect(second.toString().endsWith('1946.')).to.be.true;
    highlightSentence(second);
    const highlight = CSS.highlights.get(HIGHLIGHT_NAME)!;
    expect([...highlight]).to.deep.equal([second]);
    highlightSentence();
    expect(CSS.highlights.has(HIGHLIGHT_NAME)).to.be.false;
  });

  // The same with forced colours on, which only Chromium can emulate: read-aloud.chromium.test.ts.
  it('marks the sentence with a system colour and an underline', async () => {
    await expectSentencesMarked('default colours');
  });

  it('finds a voice only for the article’s language', () => {
    const voices = speechSynthesis.getVoices();
    const vietnamese = voices.filter((voice) => /^vi\b/i.test(voice.lang));
    expect(!!voiceFor('vi-VN')).to.equal(vietnamese.length > 0);
    expect(voiceFor('x-none')).to.be.undefined;
  });
});

/** A stand-in speech engine: records utterances and plays back their real events on demand. */
class Engine {
  readonly spoken: SpeechSynthesisUtterance[] = [];
  paused = false;
  cancelled = 0;
  speak(utterance: SpeechSynthesisUtterance) {
    this.spoken.push(utterance);
  }
  pause() {
    this.paused = true;
  }
  resume() {
    this.paused = false;
  }
  cancel() {
    this.cancelled++;
  }
  /** The utterance being spoken reaches its end. */
  finish(utterance = this.spoken.at(-1)!) {
    utterance.dispatchEvent(new SpeechSynthesisEvent('end', { utterance }));
  }
}

describe('read aloud: the reader', () => {
  beforeEach(resetPreferences);
  afterEach(() => highlightSentence());

  it('starts on the real speech engine from a key press, highlights, and stops cleanly', async () => {
    const el = await readAloudArticle();
    const states: ReadState[] = [];
    const reader = new ReadAloud((state) => states.push(state));
    const button = document.createElement('button');
    button.textContent = 'Đọc';
    let first = '';
    button.addEventListener('click', () => {
      reader.start(el, 'vi', voiceFor('vi'));
      first = ([...CSS.highlights.get(HIGHLIGHT_NAME)!][0] as Range).toString();
    });
    el.append(button);
    button.focus();
    await sendKeys({ press: 'Enter' });
    expect(states[0]).to.equal('reading');
    expect(first).to.equal(reader.ranges[0]!.toString());
    reader.stop();
    expect(reader.state).to.equal('idle');
    expect(CSS.highlights.has(HIGHLIGHT_NAME)).to.be.false;
    await until(() => !speechSynthesis.speaking);
    button.remove();
  });

  it('reads sentence by sentence with the highlight following, pauses, resumes and stops', async () => {
    const el = await readAloudArticle();
    const engine = new Engine();
    const states: ReadState[] = [];
    const reader = new ReadAloud(
      (state) => states.push(state),
      engine as unknown as SpeechSynthesis,
    );
    reader.start(el, 'vi');
    const expected = reader.ranges.map((range) => range.toString());
    const highlighted = () => ([...CSS.highlights.get(HIGHLIGHT_NAME)!][0] as Range).toString();
    const said = (text: string) => text.replace(/\s+/g, ' ');

    expect(engine.spoken.map((u) => u.text)).to.deep.equal([said(expected[0]!)]);
    expect(engine.spoken[0]!.lang).to.equal('vi');
    expect(highlighted()).to.equal(expected[0]);
    engine.finish();
    expect(engine.spoken.map((u) => u.text)).to.deep.equal(expected.slice(0, 2).map(said));
    expect(highlighted()).to.equal(expected[1]);

    // Pause silences the engine (its own pause is not to be trusted); resume says the sentence
    // again from its start, with the highlight where it was.
    reader.pause();
    expect(engine.cancelled).to.equal(1);
    expect(engine.paused, 'the engine’s own pause is not used').to.be.false;
    expect(highlighted()).to.equal(expected[1]);
    reader.resume();
    expect(engine.spoken.map((u) => u.text)).to.deep.equal(
      [expected[0]!, expected[1]!, expected[1]!].map(said),
    );
    expect(states).to.deep.equal(['reading', 'paused', 'reading']);

    // Stop: the engine is cancelled, and the cancelled utterance's late end reads nothing more.
    const last = engine.spoken.at(-1)!;
    reader.stop();
    engine.finish(last);
    expect(engine.spoken).to.have.length(3);
    expect(engine.cancelled).to.equal(2);
    expect(reader.state).to.equal('idle');
    expect(CSS.highlights.has(HIGHLIGHT_NAME)).to.be.false;
  });

  it('starts no new sentence while paused, even when the engine ends the one it was saying', async () => {
    const el = await readAloudArticle();
    const engine = new Engine();
    const reader = new ReadAloud(() => {}, engine as unknown as SpeechSynthesis);
    reader.start(el, 'vi');
    expect(reader.ranges.length).to.be.at.least(3);
    reader.pause();
    // An engine may still end the cancelled utterance (Firefox does): nothing follows it.
    engine.finish();
    expect(engine.spoken).to.have.length(1);
    expect(reader.state).to.equal('paused');
    reader.resume();
    // The interrupted sentence again, whole.
    expect(engine.spoken).to.have.length(2);
    expect(engine.spoken[1]!.text).to.equal(reader.ranges[0]!.toString().replace(/\s+/g, ' '));
    expect(reader.state).to.equal('reading');
    // A stop while paused drops the waiting sentence.
    reader.pause();
    engine.finish();
    reader.stop();
    expect(engine.spoken).to.have.length(2);
    expect(reader.state).to.equal('idle');
  });

  it('ends by itself after the last sentence, and stops on an engine error', async () => {
    const el = await readAloudArticle();
    const engine = new Engine();
    const reader = new ReadAloud(() => {}, engine as unknown as SpeechSynthesis);
    reader.start(el, 'vi');
    for (let i = 0; i < reader.ranges.length; i++) engine.finish();
    const texts = reader.ranges.map((r) => r.toString().replace(/\s+/g, ' '));
    expect(engine.spoken.map((u) => u.text)).to.deep.equal(texts);
    expect(reader.state).to.equal('idle');
    expect(CSS.highlights.has(HIGHLIGHT_NAME)).to.be.false;

    reader.start(el, 'vi');
    const utterance = engine.spoken.at(-1)!;
    utterance.dispatchEvent(
      new SpeechSynthesisErrorEvent('error', { utterance, error: 'synthesis-failed' }),
    );
    expect(reader.state).to.equal('idle');
  });
});
