/**
 * One `Intl` formatter per language and options for the whole page: building one costs far more
 * than using it (the page's first also loads the browser's locale data), and elements format on
 * every render.
 */
const formatters = new Map<string, unknown>();

/** The formatter cached under `key`, made by `make` the first time. */
export function cachedFormatter<T>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) formatters.set(key, (formatter = make()));
  return formatter;
}
