/**
 * The saved copy of a feed in localStorage, so a returning visitor sees
 * listings at once and still sees them when the network fails.
 *
 * Only the feed itself is stored (its text and validators), never anything a
 * visitor typed. Storage that is full, blocked or missing is skipped quietly
 * (see ./storage.ts).
 */
import { readItem, safeStorage, writeItem } from './storage.js';

/** localStorage, or undefined where reading it throws (see `safeStorage` in ./storage.ts). */
export const defaultStorage = (): Storage | undefined => safeStorage('localStorage');

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
