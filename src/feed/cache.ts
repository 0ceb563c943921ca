/**
 * Web Storage that never throws, and the saved copy of a feed kept in it.
 *
 * Private modes, full quotas and sandboxed frames all make storage fail, and a
 * failure must never break an element: every helper here skips quietly. No
 * DOM is needed (Web Storage is looked up on `globalThis`), so this runs in
 * Node for the CLI as well as in the browser.
 *
 * The saved copy lets a returning visitor see listings at once and still see
 * them when the network fails. Only the feed itself is stored (its text and
 * validators), never anything a visitor typed.
 */

/** localStorage, or undefined where reading it throws (sandboxed frames, some privacy modes). */
export function defaultStorage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** sessionStorage, or undefined where reading it throws. */
export function safeSession(): Storage | undefined {
  try {
    return globalThis.sessionStorage ?? undefined;
  } catch {
    return undefined;
  }
}

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

export const CACHE_PREFIX = 'sg-feed:';

/**
 * The largest feed text saved, in characters. Browsers count localStorage
 * in UTF-16 code units (two bytes each) against a quota of about 5 MB per
 * site, so this keeps a feed to about 4 MB and leaves room for the site.
 */
export const MAX_CACHED_CHARS = 2_000_000;

export interface CachedFeed {
  readonly text: string;
  readonly contentType: string | null;
  readonly etag?: string;
  readonly lastModified?: string;
  /** When it was fetched or last confirmed unchanged (ms since 1970). */
  readonly fetchedAt: number;
}

export function readCache(storage: Storage | undefined, url: string): CachedFeed | undefined {
  const raw = readItem(storage, CACHE_PREFIX + url);
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as Partial<CachedFeed> | null;
    if (!value || typeof value.text !== 'string' || typeof value.fetchedAt !== 'number') return undefined;
    return {
      text: value.text,
      contentType: typeof value.contentType === 'string' ? value.contentType : null,
      ...(typeof value.etag === 'string' ? { etag: value.etag } : {}),
      ...(typeof value.lastModified === 'string' ? { lastModified: value.lastModified } : {}),
      fetchedAt: value.fetchedAt,
    };
  } catch {
    return undefined;
  }
}

/** Saves a copy; returns false when it was too big or storage refused. */
export function writeCache(storage: Storage | undefined, url: string, feed: CachedFeed): boolean {
  if (!storage) return false;
  // Too big, or the quota is full: drop the older copy too, so it is never
  // served after the feed it came from has changed.
  if (feed.text.length <= MAX_CACHED_CHARS && writeItem(storage, CACHE_PREFIX + url, JSON.stringify(feed))) return true;
  removeCache(storage, url);
  return false;
}

export function removeCache(storage: Storage | undefined, url: string): void {
  writeItem(storage, CACHE_PREFIX + url, null);
}
