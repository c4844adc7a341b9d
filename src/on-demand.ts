/**
 * Code a feature needs only once it is used (read aloud, figure zoom, the legacy-content work)
 * loads with `import()`: bundlers and the CDN build put it in a chunk of its own. A chunk that
 * fails to load (a host serving the CDN entry without its `chunks/` folder, a dropped connection)
 * costs that feature only: one warning, no uncaught rejection, and the next use tries again.
 */
import { warnOnce } from './warn.js';

/**
 * A loader for the module `load` imports: it loads it once, and resolves undefined when it
 * cannot (the browser's error, in the warning, names the chunk).
 */
export function onDemand<T>(load: () => Promise<T>): () => Promise<T | undefined> {
  let loading: Promise<T | undefined> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      warnOnce(`${String(error)}: serve the whole cdn/ folder, chunks included.`);
      return undefined;
    }));
}

/**
 * Runs `work` once the browser is idle: in its next idle period, or, where there is no
 * requestIdleCallback (WebKit), once the page has loaded. Never a timer: an element starts none.
 */
export function whenIdle(work: () => void): void {
  if ('requestIdleCallback' in globalThis) requestIdleCallback(() => work());
  else if (document.readyState === 'complete') work();
  else addEventListener('load', () => work(), { once: true });
}
