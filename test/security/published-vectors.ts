/**
 * The committed corpus of published XSS vectors (test/security/corpus/, sources and licences in
 * its SOURCES.md), exactly as their lists publish them, and the canary their payloads call:
 * `alert`, `confirm`, `prompt` and `print` are replaced, so any vector that runs is seen.
 */
import corpus from './corpus/files.json';
import { distinctVectors } from './url-verdict.js';

/** The fewest distinct vectors the corpus must hold. */
export const CORPUS_FLOOR = corpus.floor;

export async function loadVectors(): Promise<string[]> {
  const texts = await Promise.all(
    corpus.files.map(async (file) => {
      const response = await fetch(new URL(`./corpus/${file}`, import.meta.url));
      if (!response.ok) throw new Error(`corpus file ${file}: ${response.status}`);
      return response.text();
    }),
  );
  return distinctVectors(texts);
}

/** Calls of `alert`, `confirm`, `prompt` or `print` since the canary was installed. */
export const vectorCalls: string[] = [];

export function installVectorCanary(): void {
  for (const name of ['alert', 'confirm', 'prompt', 'print'] as const) {
    Object.defineProperty(window, name, {
      configurable: true,
      value: (...args: unknown[]) => {
        vectorCalls.push(`${name}(${args.map(String).join(', ').slice(0, 60)})`);
        return null;
      },
    });
  }
}
