/**
 * The one URL policy for every URL the library writes (shadow DOM, zoom dialog, server output,
 * structured data): http(s) or relative, and image data URLs only where an image is loaded.
 * Anything else is dropped with one warning.
 */
import { warnOnce } from './warn.js';

/** Where a URL goes: followed as a link (or published in structured data), or loaded as an image. */
export type UrlUse = 'link' | 'image';

const HTTP = /^https?:/i;
const IMAGE_DATA = /^data:image\/(?:png|jpe?g|gif|webp|avif|bmp|svg\+xml|x-icon)[;,]/i;
// A scheme is letters, digits, `+`, `-` or `.` before the first colon; anything else is relative.
const HAS_SCHEME = /^[a-z][a-z\d+.-]*:/i;
// What a relative URL is resolved against to see whether it parses: any http(s) page would do.
const ANY_PAGE = 'https://page.invalid/';

/**
 * The URL when it is safe to render for `use`, else undefined. Control characters and whitespace
 * that browsers strip before reading the scheme (`java\tscript:`) are stripped here too first.
 */
export function safeUrl(
  value: string | null | undefined,
  where: string,
  use: UrlUse = 'link',
): string | undefined {
  if (value == null) return undefined;
  const trimmed = String(value).trim();
  if (!trimmed) return undefined;
  // eslint-disable-next-line no-control-regex
  const normalised = trimmed.replace(/[\u0000-\u001F\u007F\s]+/g, '');
  // Every URL must parse too, a relative one as it would on any http(s) page: a browser loads
  // neither `http://www.<b` nor the scheme-relative `//<form`.
  const relative = !HAS_SCHEME.test(normalised);
  if ((relative || HTTP.test(normalised)) && resolvedUrl(trimmed, ANY_PAGE)) return trimmed;
  if (use === 'image' && IMAGE_DATA.test(normalised)) return trimmed;
  warnOnce(`dropped an unsafe URL in ${where}: "${trimmed.slice(0, 80)}"`);
  return undefined;
}

/** `value` resolved against `base` as the browser resolves it, or undefined where it cannot be. */
export function resolvedUrl(value: string, base: string | undefined): string | undefined {
  try {
    return new URL(value, base).href;
  } catch {
    return undefined;
  }
}

/**
 * The URL when it is safe, made absolute against `base` (the document's address, or the page's a
 * server renders for). It stays relative when there is no base, or when the base is not http(s):
 * a `javascript:` base would otherwise turn a harmless path into a script URL.
 */
export function absoluteUrl(
  value: string | null | undefined,
  base: string | undefined,
  where: string,
  use: UrlUse = 'link',
): string | undefined {
  const safe = safeUrl(value, where, use);
  if (!safe || !base) return safe;
  if (!HTTP.test(base.trim())) {
    warnOnce(`ignored a base URL that is not http(s): "${base.slice(0, 80)}"`);
    return safe;
  }
  // A base that is http(s) keeps the scheme of a relative URL; an absolute one was checked above.
  return resolvedUrl(safe, base) ?? safe;
}

/**
 * The candidates of a `srcset` as `[url, descriptors]`, split the way the HTML parser splits them:
 * a URL is a run of non-space characters (so data URLs keep their commas, and `a.png,b.png 2x`
 * holds two candidates), descriptors run to the next comma outside parentheses.
 */
export function srcsetCandidates(value: string | null | undefined): [string, string][] {
  const candidates: [string, string][] = [];
  let rest = value ?? '';
  for (;;) {
    rest = rest.replace(/^[\s,]+/, '');
    const url = /^\S+/.exec(rest)?.[0];
    if (!url) return candidates;
    rest = rest.slice(url.length);
    if (url.endsWith(',')) {
      candidates.push([url.replace(/,+$/, ''), '']);
      continue;
    }
    const descriptors = /^[^,(]*(?:\([^)]*\)?[^,(]*)*/.exec(rest)![0];
    rest = rest.slice(descriptors.length);
    candidates.push([url, descriptors.trim()]);
  }
}

/** A `srcset` with every candidate checked; unsafe candidates are dropped. */
export function safeSrcset(value: string | null | undefined, where: string): string | undefined {
  const kept = srcsetCandidates(value)
    .filter(([url]) => safeUrl(url, where, 'image') !== undefined)
    .map((candidate) => candidate.join(' ').trim());
  return kept.length ? kept.join(', ') : undefined;
}

/**
 * The URL of the biggest candidate in `srcset` (widest `w`, else densest `x`), else `fallback`:
 * what a zoomed view should show.
 */
export function largestCandidate(srcset: string | null | undefined, fallback: string): string {
  let best = fallback;
  let size = 0;
  for (const [url, descriptors] of srcsetCandidates(srcset)) {
    const value = parseFloat(descriptors) || 1;
    if (value > size) [best, size] = [url, value];
  }
  return best;
}
