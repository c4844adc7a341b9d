/**
 * The judge of every URL the library writes, shared by the browser specs and the server spec:
 * the WHATWG URL parser reads it against the page's base, and only http(s) passes, or a data URL
 * of an image where an image is loaded. Plain JavaScript with JSDoc, so Node runs it as it is.
 */

/**
 * Why `url` breaks the policy, or `undefined` when it keeps it.
 * @param {string} url
 * @param {boolean} imageLoad whether the attribute or field loads an image
 * @param {string} base the document's base URL
 * @returns {string | undefined}
 */
export function verdict(url, imageLoad, base) {
  let parsed;
  try {
    parsed = new URL(url, base);
  } catch {
    return 'does not parse';
  }
  if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return undefined;
  if (imageLoad && parsed.protocol === 'data:' && /^image\//i.test(parsed.pathname))
    return undefined;
  return `is ${parsed.protocol}`;
}

/**
 * The URLs of a `srcset` value, without their descriptors.
 * @param {string} value
 * @returns {string[]}
 */
export function srcsetUrls(value) {
  return value
    .split(/,\s+/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/**
 * Every URL value in a JSON-LD document, with whether it names an image.
 * @param {unknown} value
 * @param {boolean} [image]
 * @param {[string, boolean][]} [found]
 * @returns {[string, boolean][]}
 */
export function jsonUrls(value, image = false, found = []) {
  if (Array.isArray(value)) for (const item of value) jsonUrls(item, image, found);
  else if (value && typeof value === 'object') {
    const record = /** @type {Record<string, unknown>} */ (value);
    const isImage = image || record['@type'] === 'ImageObject';
    for (const [key, item] of Object.entries(record)) {
      if (typeof item === 'string' && ['url', 'image', 'sameAs', '@id'].includes(key))
        found.push([item, isImage || key === 'image']);
      else jsonUrls(item, isImage || key === 'image', found);
    }
  }
  return found;
}

/**
 * The distinct non-blank lines of the corpus files, as their lists publish them.
 * @param {string[]} texts
 * @returns {string[]}
 */
export function distinctVectors(texts) {
  const lines = texts.flatMap((text) => text.split('\n').map((line) => line.replace(/\r$/, '')));
  return [...new Set(lines.filter((line) => line.trim() !== ''))];
}
