/**
 * One clock for every relative time on the page: a single timer, due at the earliest refresh, and
 * none at all while the page is hidden; on return every refresh that fell due runs at once.
 */
import { isServer } from 'lit';

/** The longest wait: a clock that jumps (sleep, manual change) is caught up with within the hour. */
const HOUR = 3_600_000;
const due = new Map<() => void, number>();
let timer: ReturnType<typeof setTimeout> | undefined;

const onVisibilityChange = () => (document.visibilityState === 'hidden' ? arm() : run());

function arm() {
  clearTimeout(timer);
  timer = undefined;
  // Listens only while something is due, so an idle page keeps no listener either.
  if (due.size === 0) document.removeEventListener('visibilitychange', onVisibilityChange);
  if (due.size === 0 || document.visibilityState === 'hidden') return;
  const earliest = Math.min(...due.values());
  timer = setTimeout(run, Math.min(Math.max(earliest - Date.now(), 0), HOUR));
}

function run() {
  const now = Date.now();
  for (const [refresh, at] of due) {
    if (at > now) continue;
    due.delete(refresh);
    refresh();
  }
  arm();
}

/** Whether the clock has a timer pending (none while the page is hidden). */
export function clockRunning(): boolean {
  return timer !== undefined;
}

/** Calls `refresh` once at the time `at` (ms since the epoch), or when the page shows again. */
export function refreshAt(refresh: () => void, at: number): void {
  if (isServer) return;
  // Adding the same listener twice adds it once.
  document.addEventListener('visibilitychange', onVisibilityChange);
  due.set(refresh, at);
  arm();
}

/** Forgets a pending refresh (e.g. when its element leaves the page). */
export function cancelRefresh(refresh: () => void): void {
  if (due.delete(refresh)) arm();
}
