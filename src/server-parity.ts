/**
 * Whether a render must depend only on what the server knows. True on the server, and in the
 * browser while a server-rendered element is being hydrated (see hydration-fixes.ts): hydration
 * adopts the server's text without rewriting it, so that first client render must produce the
 * same values (UTC rather than the reader's time zone, absolute rather than relative times, no
 * measurement of the page). The element renders again with everything the browser knows at once.
 */
import { isServer } from 'lit';

let hydrating = false;

export function rendersAsServer(): boolean {
  return isServer || hydrating;
}

/** Runs `render` as the server would have rendered. */
export function renderAsServer(render: () => void): void {
  hydrating = true;
  try {
    render();
  } finally {
    hydrating = false;
  }
}
