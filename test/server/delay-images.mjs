/**
 * Dev-server middleware for the figure tests: holds an image response until the test lets it go,
 * so a test can look at a figure while its image is still on the way (layout shift, placeholder).
 *
 *   any URL with ?hold=<key>               waits until released (10 s at most), then is served
 *   /__release-image?hold=<key>            releases it (also before it arrived); answers 204
 *   /__test-image.svg?width=W&height=H     an image of W × H pixels (any ratio a test needs)
 *
 * Keys are the tests' own, so tests never release each other's images; held responses are never
 * cached, so a later test with the same file waits again.
 */
const HOLD_LIMIT_MS = 10_000;
const waiting = new Map();
const released = new Set();

function hold(key) {
  if (released.has(key)) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, HOLD_LIMIT_MS);
    const release = () => {
      clearTimeout(timer);
      resolve();
    };
    waiting.set(key, [...(waiting.get(key) ?? []), release]);
  });
}

function testImage(query) {
  const size = (value) => Math.min(Math.max(Math.round(Number(value)) || 100, 1), 4000);
  const width = size(query.width);
  const height = size(query.height);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
    `<rect width="100%" height="100%" fill="#5a7d9a"/></svg>`
  );
}

export function delayImages() {
  return async (context, next) => {
    const key = context.query.hold;
    if (context.path === '/__release-image') {
      released.add(key);
      waiting.get(key)?.forEach((release) => release());
      waiting.delete(key);
      context.status = 204;
      return undefined;
    }
    if (key) await hold(key);
    if (context.path === '/__test-image.svg') {
      context.type = 'image/svg+xml';
      context.body = testImage(context.query);
    } else {
      await next();
    }
    if (key) context.set('Cache-Control', 'no-store');
    return undefined;
  };
}
