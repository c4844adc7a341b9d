/**
 * Read aloud through the Web Speech API: the article's text, sentence by sentence, with the
 * sentence being read highlighted. One utterance per sentence keeps engines from stopping
 * mid-article (Chrome cuts long utterances) and gives the highlight its place. The highlight is a
 * CSS Custom Highlight styled with a system colour pair and an underline, so it survives forced
 * colours; where that API is missing, the selection (system colours too). The toolbar loads this
 * module the first time the reader presses Read aloud.
 */
import { adoptStyles } from './adopt-styles.js';

export type ReadState = 'idle' | 'reading' | 'paused';

export const HIGHLIGHT_NAME = 'press-read-aloud';

const SKIP = 'press-a11y-toolbar,script,style,template,noscript,[hidden],[aria-hidden=true]';

/**
 * The text nodes under `root` in reading order (the flat tree: shadow content, slotted nodes in
 * place of their slots), in runs that never cross a block or a tree boundary. Hidden content and
 * the toolbar are skipped.
 */
function textRuns(root: Element): Text[][] {
  const runs: Text[][] = [[]];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const run = runs[runs.length - 1]!;
      if (run[0] && run[0].getRootNode() !== node.getRootNode()) runs.push([]);
      runs[runs.length - 1]!.push(node as Text);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node as Element;
    if (el.matches(SKIP)) return;
    const display = getComputedStyle(el).display;
    if (display === 'none') return;
    const block = display !== 'contents' && !display.startsWith('inline');
    if (block) runs.push([]);
    const slotted = el.localName === 'slot' ? (el as HTMLSlotElement).assignedNodes() : [];
    const children = slotted.length ? slotted : (el.shadowRoot ?? el).childNodes;
    children.forEach(walk);
    if (block) runs.push([]);
  };
  walk(root);
  return runs.filter((run) => run.length);
}

/** The sentences of `root`'s readable text in `lang`, as ranges without surrounding space. */
export function sentenceRanges(root: Element, lang: string): Range[] {
  const ranges: Range[] = [];
  for (const nodes of textRuns(root)) {
    // White space as rendered: a line break in the markup is a space, not a sentence end.
    const text = nodes
      .map((node) => node.data)
      .join('')
      .replace(/\s/g, ' ');
    // Where each node starts in `text`, to turn offsets back into (node, offset).
    const starts: number[] = [];
    nodes.reduce((at, node) => (starts.push(at), at + node.data.length), 0);
    const point = (offset: number, end: boolean): [Text, number] => {
      let i = nodes.length - 1;
      while (i > 0 && (end ? starts[i]! >= offset : starts[i]! > offset)) i--;
      return [nodes[i]!, offset - starts[i]!];
    };
    const segments = Intl.Segmenter
      ? Array.from(new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text))
      : [{ segment: text, index: 0 }];
    for (const { segment, index } of segments) {
      const start = index + segment.search(/\S/);
      const end = index + segment.trimEnd().length;
      if (start < index || end <= start) continue;
      const range = root.ownerDocument.createRange();
      range.setStart(...point(start, false));
      range.setEnd(...point(end, true));
      ranges.push(range);
    }
  }
  return ranges;
}

// A system colour pair and an underline, which forced colours keep. Longhands: WebKit drops a
// `text-decoration` shorthand that carries a thickness, underline and all.
const HIGHLIGHT_CSS = `::highlight(${HIGHLIGHT_NAME}){background-color:Mark;color:MarkText;text-decoration-line:underline;text-decoration-thickness:.15em}`;

/** Marks `range` as the sentence being read, or clears the mark. */
export function highlightSentence(range?: Range): void {
  const registry = globalThis.CSS?.highlights;
  // `::highlight()` rules only reach their own tree: style the one the sentence is in (a document,
  // or the shadow root of, say, a headline given as an attribute), once.
  const root = range?.startContainer.getRootNode() as Document | ShadowRoot | undefined;
  if (registry && root) adoptStyles(root, HIGHLIGHT_CSS);
  if (registry) {
    if (range) registry.set(HIGHLIGHT_NAME, new Highlight(range));
    else registry.delete(HIGHLIGHT_NAME);
    return;
  }
  const selection = getSelection();
  selection?.removeAllRanges();
  if (range) selection?.addRange(range);
}

/**
 * Reads an element aloud, one sentence at a time, and reports its state. Pause stops the engine
 * and resume says the sentence again from its start: engines' own pause is not to be trusted
 * (Firefox ends the utterance under way, Chromium on Linux never resumes it, Android ignores it),
 * and a sentence heard whole is easier to follow after a break.
 */
export class ReadAloud {
  state: ReadState = 'idle';
  /** The sentences of the current reading and the one being read. */
  ranges: Range[] = [];
  index = 0;
  // Each utterance's run: events of a cancelled one belong to an older run and are ignored.
  private run = 0;
  private lang = '';
  private voice?: SpeechSynthesisVoice;

  constructor(
    private readonly onChange: (state: ReadState) => void,
    private readonly synth: SpeechSynthesis = speechSynthesis,
  ) {}

  start(root: Element, lang: string, voice?: SpeechSynthesisVoice): void {
    // Only when something is being read: Chromium on Linux cancels asynchronously, and a cancel
    // just before speaking takes the new sentence with it ('interrupted').
    if (this.state !== 'idle') this.stop();
    this.ranges = sentenceRanges(root, lang);
    this.index = 0;
    this.lang = lang;
    this.voice = voice;
    this.set('reading');
    this.speak();
  }

  pause(): void {
    if (this.state !== 'reading') return;
    this.silence();
    this.set('paused');
  }

  resume(): void {
    if (this.state !== 'paused') return;
    this.set('reading');
    this.speak();
  }

  stop(): void {
    this.silence();
    highlightSentence();
    this.set('idle');
  }

  /** Ends what the engine is saying; its late events are ignored. */
  private silence() {
    this.run++;
    this.synth.cancel();
  }

  private speak() {
    const run = this.run;
    const range = this.ranges[this.index];
    if (!range) return this.stop();
    const utterance = new SpeechSynthesisUtterance(range.toString().replace(/\s+/g, ' '));
    utterance.lang = this.lang;
    if (this.voice) utterance.voice = this.voice;
    utterance.onend = () => {
      if (run !== this.run) return;
      this.index++;
      this.speak();
    };
    utterance.onerror = () => run === this.run && this.stop();
    highlightSentence(range);
    this.synth.speak(utterance);
  }

  private set(state: ReadState) {
    if (state === this.state) return;
    this.state = state;
    this.onChange(state);
  }
}
