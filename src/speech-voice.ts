/**
 * Whether the browser can read a language aloud: the toolbar offers Read aloud only then. Kept
 * apart from the reader itself (read-aloud.ts), which loads only when it is first used.
 */

/** A voice for `lang` (a BCP 47 tag): the same tag first, else the same language. */
export function voiceFor(lang: string): SpeechSynthesisVoice | undefined {
  const voices = globalThis.speechSynthesis?.getVoices() ?? [];
  const tag = (voice: SpeechSynthesisVoice) => voice.lang.replace('_', '-').toLowerCase();
  const wanted = lang.toLowerCase();
  return (
    voices.find((voice) => tag(voice) === wanted) ??
    voices.find((voice) => tag(voice).split('-')[0] === wanted.split('-')[0])
  );
}
