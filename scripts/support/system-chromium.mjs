/**
 * The system Chromium, for every tool here that drives one (the browser tests, the Storybook
 * check, the node-side checks, the benchmarks): nothing downloads a browser.
 */
import { existsSync } from 'node:fs';

/** CHROME_PATH, else the usual system paths; undefined when there is none. */
export function findChromium() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  return candidates.find((path) => path && existsSync(path));
}

/** The same, or an error that says how to get one. */
export function chromiumPath() {
  const found = findChromium();
  if (!found)
    throw new Error('No Chromium found: install it (apt-get install chromium) or set CHROME_PATH.');
  return found;
}

/** Flags for a quiet headless Chromium that runs as root in a container (CI). */
export const CHROMIUM_FLAGS = [
  // As root, Chromium refuses to start without it.
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
