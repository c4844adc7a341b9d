/**
 * localStorage that never throws: storage a browser blocks (private modes, sandboxed frames,
 * disabled cookies), fills or lacks reads as nothing and refuses writes, and the caller decides
 * what holds meanwhile (the choice stays in memory for the page). Nothing on the server.
 */
import { isServer } from 'lit';

/** The stored value, or null when there is none or storage cannot be read. */
export function readStored(key: string): string | null {
  if (isServer) return null;
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Stores `value`; false when storage refused it. */
export function store(key: string, value: string): boolean {
  if (isServer) return false;
  try {
    localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}
