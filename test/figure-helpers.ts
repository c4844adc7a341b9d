/** What the figure tests share: images the test server holds back, and waiting for frames. */

let holds = 0;

/**
 * A URL the dev server (test/server/delay-images.mjs) holds until `release()`: `path` is a file
 * of the repository, or `/__test-image.svg?width=W&height=H` for an image of any size.
 */
export function heldImage(path: string): { url: string; release: () => Promise<void> } {
  const key = `${Date.now().toString(36)}-${++holds}`;
  const url = `${path}${path.includes('?') ? '&' : '?'}hold=${key}`;
  return {
    url,
    release: async () => {
      await fetch(`/__release-image?hold=${key}`);
    },
  };
}

/** Resolves after `count` rendered frames, so layout and paint have caught up. */
export async function frames(count = 2): Promise<void> {
  for (let i = 0; i < count; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Resolves once `image` has loaded (or rejects on error). */
export function loaded(image: HTMLImageElement): Promise<void> {
  if (image.complete && image.naturalWidth) return Promise.resolve();
  return new Promise((resolve, reject) => {
    image.addEventListener('load', () => resolve(), { once: true });
    image.addEventListener('error', () => reject(new Error(`${image.currentSrc} failed`)), {
      once: true,
    });
  });
}

/** Loads the lazily imported part of press-figure, so a test can wait for what it does. */
export async function enhanced(el: HTMLElement & { updateComplete: Promise<boolean> }) {
  await el.updateComplete;
  await import('../src/components/figure/figure-enhance.js');
  await frames(1);
}
