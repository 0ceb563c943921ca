/**
 * Web Storage that never throws. Private modes, full quotas and sandboxed
 * frames all make storage fail, and a failure must never break an element:
 * every helper here skips quietly. No DOM is needed (Web Storage is looked up
 * on `globalThis`), so this runs in Node for the CLI as well as in the browser.
 *
 * Kept apart from the feed's saved copy (./cache.ts) so an element that only
 * remembers a choice (the signpost's dismissal) carries none of the feed code.
 */

/**
 * localStorage or sessionStorage, or undefined where there is none or merely
 * reading it throws (sandboxed frames, some privacy modes).
 */
export function safeStorage(kind: 'localStorage' | 'sessionStorage'): Storage | undefined {
  try {
    return globalThis[kind] ?? undefined;
  } catch {
    return undefined;
  }
}

/** sessionStorage, or undefined where reading it throws. */
export const safeSession = (): Storage | undefined => safeStorage('sessionStorage');

/** The stored value, or null when there is none or storage refuses. */
export function readItem(storage: Storage | undefined, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Stores `value` (null removes the key); false when there is no storage or it refused (quota, privacy settings). */
export function writeItem(storage: Storage | undefined, key: string, value: string | null): boolean {
  try {
    if (!storage) return false;
    if (value === null) storage.removeItem(key);
    else storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}
