/**
 * Fetches a feed with a timeout, bounded retries and a saved copy:
 * stale-while-revalidate from localStorage, conditional requests, and a
 * readable FeedError when things go wrong.
 *
 * `loadFeed` resolves in every case except a caller's abort, so an element
 * always has a Directory to show: fresh, saved (`stale: true` and `error`
 * when the network failed), or empty with `error` when nothing was saved.
 */
import { defaultStorage, readCache, removeCache, writeCache, type CachedFeed } from './cache.js';
import { FeedError, toFeedError } from './errors.js';
import { parseFeed } from './read.js';
import { FEED_VERSION, type Directory, type FeedFormat } from './types.js';

/** Turns feed text into a Directory; throws (SyntaxError or FeedError) when it cannot. */
export type ParseFeed = (text: string, contentType: string | null, format?: FeedFormat) => Promise<Directory>;

export interface LoadOptions {
  /** Read the feed as this format instead of detecting it. */
  readonly format?: FeedFormat;
  /** Per attempt, including reading the body (default 10 000). */
  readonly timeoutMs?: number;
  /** Extra attempts after a network error, 5xx or 429 (default 2). Timeouts and other 4xx are not retried. */
  readonly retries?: number;
  /** First retry waits about this long, doubling each time, with jitter (default 500). */
  readonly backoffMs?: number;
  /** `local` (default) keeps a copy in localStorage; `off` neither reads nor writes one. */
  readonly cache?: 'local' | 'off';
  /** Aborting rejects the promise with the signal's reason. */
  readonly signal?: AbortSignal;
  readonly fetch?: typeof fetch;
  /** Where the copy is kept (default localStorage; null for none). */
  readonly storage?: Storage | null;
  /** Clock for the saved copy's date (default Date.now). */
  readonly now?: () => number;
  /** Default: `parseFeed` from ./read.js, which detects and adapts the format. */
  readonly parse?: ParseFeed;
  /** Called with the saved copy, before the network is tried, when there is one. */
  readonly onCached?: (result: LoadResult) => void;
  /**
   * Kept between loads of one feed (the store keeps one per feed): a few cheap
   * facts about the saved copy (not its text) and the Directory it was read
   * into, so a later load ("Try again") does not read the same copy again.
   * Holds nothing with `cache: 'off'`.
   */
  readonly memo?: SavedCopyMemo;
}

/**
 * The saved copy as last read or written by `loadFeed`, and its Directory.
 * Only the feed: nothing a visitor typed. The copy is known by when it was
 * saved, its length and validators, not by its text (up to 2,000,000
 * characters, which need not stay in memory for the life of the page); every
 * save writes a new `fetchedAt`, so a copy saved by another tab is read again.
 */
export interface SavedCopyMemo {
  current?: {
    readonly fetchedAt: number;
    readonly length: number;
    readonly contentType: string | null;
    readonly etag: string | undefined;
    readonly lastModified: string | undefined;
    readonly format: FeedFormat | undefined;
    /** The reader that made `directory`; another reader reads the copy again. */
    readonly parse: ParseFeed;
    readonly directory: Directory;
  };
}

export interface LoadResult {
  readonly directory: Directory;
  /** `not-modified`: the server confirmed the saved copy is current. */
  readonly source: 'network' | 'cache' | 'not-modified';
  /** True when `directory` is the saved copy because the network failed. */
  readonly stale: boolean;
  /** Why the network result could not be used. */
  readonly error?: FeedError;
  /** When the listings were fetched or last confirmed (ms since 1970), if known. */
  readonly fetchedAt?: number;
}

const MAX_BACKOFF_MS = 5_000;

/** A Directory with nothing in it, so elements can render their empty state (and built-in helplines). */
export function emptyDirectory(format: FeedFormat = 'native'): Directory {
  return Object.freeze({
    version: FEED_VERSION,
    groups: Object.freeze([]),
    content: Object.freeze({}),
    problems: Object.freeze([]),
    stats: Object.freeze({ records: 0, groups: 0, skipped: 0, dropped: 0 }),
    format,
  });
}

/** The project's reader: detects native, Open Referral, Meeting Guide or CSV; SyntaxError for anything else. */
const defaultParse: ParseFeed = parseFeed;

/**
 * Loads and parses the feed at `url`.
 *
 * @returns the fresh, confirmed or saved Directory; on failure with nothing
 *   saved, an empty Directory with `error` set. Rejects only when `signal` aborts.
 */
export async function loadFeed(url: string, options: LoadOptions = {}): Promise<LoadResult> {
  const parse = options.parse ?? defaultParse;
  const now = options.now ?? Date.now;
  const storage =
    options.cache === 'off' ? undefined : options.storage === undefined ? defaultStorage() : (options.storage ?? undefined);

  const memo = options.memo;
  /** Remembers the saved copy `feed` (as written) and its Directory by cheap fields, not its text; called with nothing, forgets. */
  const remember = (feed?: CachedFeed, directory?: Directory): void => {
    if (!memo) return;
    memo.current =
      feed && directory
        ? {
            fetchedAt: feed.fetchedAt,
            length: feed.text.length,
            contentType: feed.contentType,
            etag: feed.etag,
            lastModified: feed.lastModified,
            format: options.format,
            parse,
            directory,
          }
        : undefined;
  };

  let saved: { feed: CachedFeed; directory: Directory } | undefined;
  const cachedFeed = readCache(storage, url);
  const known = memo?.current;
  if (
    cachedFeed &&
    known?.fetchedAt === cachedFeed.fetchedAt &&
    known.length === cachedFeed.text.length &&
    known.contentType === cachedFeed.contentType &&
    known.etag === cachedFeed.etag &&
    known.lastModified === cachedFeed.lastModified &&
    known.format === options.format &&
    known.parse === parse
  ) {
    // Read by an earlier load of this feed ("Try again") and unchanged since: not read again.
    saved = { feed: cachedFeed, directory: known.directory };
  } else if (cachedFeed) {
    try {
      saved = { feed: cachedFeed, directory: await parse(cachedFeed.text, cachedFeed.contentType, options.format) };
    } catch {
      // A saved copy we can no longer read (an older reader, a damaged entry) is no copy at all.
      removeCache(storage, url);
    }
  }
  remember(saved?.feed, saved?.directory);
  if (saved && options.onCached) {
    options.onCached({ directory: saved.directory, source: 'cache', stale: false, fetchedAt: saved.feed.fetchedAt });
  }

  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const retries = Math.max(0, Math.floor(options.retries ?? 2));
  let error: FeedError | undefined;
  for (let attempt = 0; attempt <= retries; attempt++) {
    try {
      const fetched = await fetchOnce(url, fetchImpl, options, saved?.feed);
      if (fetched === 'not-modified' || (saved && fetched.text === saved.feed.text)) {
        // Same listings as the saved copy: keep its Directory (elements need not redraw), note the date.
        const fetchedAt = now();
        const { feed } = saved!;
        const etag = fetched === 'not-modified' ? feed.etag : fetched.etag;
        const lastModified = fetched === 'not-modified' ? feed.lastModified : fetched.lastModified;
        const confirmed: CachedFeed = {
          ...feed,
          ...(etag ? { etag } : {}),
          ...(lastModified ? { lastModified } : {}),
          fetchedAt,
        };
        // Kept: remember the copy by its new date, so the next try knows it.
        if (writeCache(storage, url, confirmed)) remember(confirmed, saved!.directory);
        else remember();
        return { directory: saved!.directory, source: 'not-modified', stale: false, fetchedAt };
      }
      const directory = await parseFetched(url, fetched, parse, options.format);
      const fetchedAt = now();
      const copy: CachedFeed = { ...fetched, fetchedAt };
      if (writeCache(storage, url, copy)) remember(copy, directory);
      else remember();
      return { directory, source: 'network', stale: false, fetchedAt };
    } catch (thrown) {
      if (options.signal?.aborted) throw options.signal.reason;
      error = toFeedError(thrown, url);
      if (!error.retryable || attempt === retries) break;
      await sleep(backoff(attempt, options.backoffMs ?? 500, thrown), options.signal);
    }
  }

  if (error && error.kind === 'network' && (await blockedByCors(url, fetchImpl, options))) {
    error = new FeedError('cors', url, { detail: error.detail, cause: error });
  }
  if (saved) {
    return { directory: saved.directory, source: 'cache', stale: true, error: error!, fetchedAt: saved.feed.fetchedAt };
  }
  return { directory: emptyDirectory(options.format), source: 'network', stale: false, error: error! };
}

interface Fetched {
  readonly text: string;
  readonly contentType: string | null;
  readonly etag?: string;
  readonly lastModified?: string;
}

class RetryAfter extends FeedError {
  constructor(
    url: string,
    status: number,
    readonly waitMs: number,
  ) {
    super('http', url, { status });
  }
}

/** One request, with the timeout covering the body too. */
async function fetchOnce(
  url: string,
  fetchImpl: typeof fetch,
  options: LoadOptions,
  saved: CachedFeed | undefined,
): Promise<Fetched | 'not-modified'> {
  const controller = new AbortController();
  const timeoutMs = options.timeoutMs ?? 10_000;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const forward = (): void => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', forward, { once: true });
  if (options.signal?.aborted) forward();
  try {
    const headers: Record<string, string> = {};
    // Validators make a cross-origin GET "non-simple" and trigger a CORS
    // preflight many static hosts refuse; there the browser's own HTTP cache
    // (cache: 'no-cache') revalidates for us instead.
    if (saved && isSameOrigin(url)) {
      if (saved.etag) headers['If-None-Match'] = saved.etag;
      else if (saved.lastModified) headers['If-Modified-Since'] = saved.lastModified;
    }
    const response = await fetchImpl(url, { headers, cache: 'no-cache', credentials: 'omit', signal: controller.signal });
    if (response.status === 304 && saved) return 'not-modified';
    if (!response.ok) {
      const wait = retryAfterMs(response.headers.get('Retry-After'));
      if (wait !== undefined) throw new RetryAfter(url, response.status, wait);
      throw new FeedError('http', url, { status: response.status, detail: response.statusText });
    }
    const text = await response.text();
    const etag = response.headers.get('ETag');
    const lastModified = response.headers.get('Last-Modified');
    return {
      text,
      contentType: response.headers.get('Content-Type'),
      ...(etag ? { etag } : {}),
      ...(lastModified ? { lastModified } : {}),
    };
  } catch (thrown) {
    if (timedOut) {
      throw new FeedError('timeout', url, {
        message: `The list of groups took too long to load (more than ${Math.round(timeoutMs / 1000)} seconds). Try again in a moment.`,
      });
    }
    if (thrown instanceof FeedError || options.signal?.aborted) throw thrown;
    // fetch rejects with a TypeError for DNS, offline, refused connections and CORS alike.
    throw new FeedError('network', url, { detail: thrown instanceof Error ? thrown.message : String(thrown), cause: thrown });
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', forward);
  }
}

async function parseFetched(url: string, fetched: Fetched, parse: ParseFeed, format?: FeedFormat): Promise<Directory> {
  if (looksLikeWebPage(fetched)) {
    throw new FeedError('parse', url, {
      message: 'The feed address returned a web page, not a feed. Check that the link points to the feed file itself.',
      detail: fetched.contentType ?? 'text starts with <',
    });
  }
  try {
    return await parse(fetched.text, fetched.contentType, format);
  } catch (thrown) {
    throw toFeedError(thrown, url);
  }
}

function looksLikeWebPage(fetched: Fetched): boolean {
  if (fetched.contentType?.toLowerCase().includes('text/html')) return true;
  return /^\s*<(!doctype|html|head|body)/i.test(fetched.text);
}

function isSameOrigin(url: string): boolean {
  const origin = globalThis.location?.origin;
  if (!origin) return true;
  try {
    return new URL(url, origin).origin === origin;
  } catch {
    return false;
  }
}

/**
 * fetch reports a CORS refusal exactly like a dropped connection. If an
 * opaque `no-cors` request to the same address succeeds, the server is up and
 * only refusing to share, so the editor can be told what to fix.
 */
async function blockedByCors(url: string, fetchImpl: typeof fetch, options: LoadOptions): Promise<boolean> {
  if (isSameOrigin(url) || globalThis.navigator?.onLine === false) return false;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), Math.min(options.timeoutMs ?? 10_000, 5_000));
  try {
    const probe = await fetchImpl(url, { mode: 'no-cors', cache: 'no-store', credentials: 'omit', signal: controller.signal });
    return probe.type === 'opaque' || probe.ok;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** Exponential backoff with jitter, so many visitors do not retry in step; a server's Retry-After is honoured up to the cap. */
function backoff(attempt: number, base: number, thrown: unknown): number {
  const exponential = base * 2 ** attempt * (0.5 + Math.random() / 2);
  const asked = thrown instanceof RetryAfter ? thrown.waitMs : 0;
  return Math.min(MAX_BACKOFF_MS, Math.max(exponential, asked));
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
