/** Lets only safe URLs reach the DOM: http(s), relative, and image data URLs. */
import { warnOnce } from './warn.js';

const SAFE_SCHEME = /^(?:https?:|data:image\/(?:png|jpe?g|gif|webp|avif|bmp|svg\+xml|x-icon)[;,])/i;
// A scheme is letters, digits, `+`, `-` or `.` before the first colon; anything else is relative.
const HAS_SCHEME = /^[a-z][a-z\d+.-]*:/i;

/**
 * The URL when it is safe to render, else undefined. Control characters and whitespace that
 * browsers strip before reading the scheme (`java\tscript:`) are stripped here too first.
 */
export function safeUrl(value: string | null | undefined, where: string): string | undefined {
  if (value == null) return undefined;
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  // eslint-disable-next-line no-control-regex
  const normalised = trimmed.replace(/[\u0000-\u001F\u007F\s]+/g, '');
  if (!HAS_SCHEME.test(normalised) || SAFE_SCHEME.test(normalised)) return trimmed;
  warnOnce(`dropped an unsafe URL in ${where}: "${trimmed.slice(0, 80)}"`);
  return undefined;
}

/** A `srcset` with every candidate checked; unsafe candidates are dropped. */
export function safeSrcset(value: string | null | undefined, where: string): string | undefined {
  if (!value) return undefined;
  const candidates = value
    .split(/,\s+/)
    .map((candidate) => candidate.trim())
    .filter((candidate) => {
      const url = candidate.split(/\s+/)[0];
      return url !== undefined && safeUrl(url, where) !== undefined;
    });
  return candidates.length ? candidates.join(', ') : undefined;
}
