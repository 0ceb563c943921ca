/**
 * One request per feed per page, shared by every element that names it.
 *
 * The registry lives on `globalThis` under a `Symbol.for` key, so two copies
 * of the bundle on one page (a CMS plugin and a theme, say) still share one
 * request and one parsed Directory. Elements subscribe to hear the saved
 * copy at once and then the fresh listings when the background check brings
 * new ones.
 */
import type { FeedState } from './context.js';
import { FeedError } from './errors.js';
import { emptyDirectory, loadFeed, type LoadOptions, type LoadResult, type SavedCopyMemo } from './load.js';

/** How an element asks for a feed: loader options without the per-call hooks. */
export type FeedRequest = Omit<LoadOptions, 'signal' | 'onCached' | 'memo'>;

export type FeedListener = (state: FeedState) => void;

interface Entry {
  state: FeedState;
  /** The first usable result: the saved copy if there is one, else the network's. */
  first: Promise<LoadResult> | undefined;
  /** The network load in progress, if any. */
  loading: Promise<LoadResult> | undefined;
  /** How the feed was first asked for; every state carries it (see FeedState.request). */
  readonly request: FeedRequest;
  /** Some load of this feed asked for no saved copy; "Try again" must not save one. */
  cacheOff?: boolean;
  /**
   * What the saved copy was (its date and length, not its text) and its
   * Directory, so "Try again" does not read an unchanged saved copy again.
   * Made when first needed, so entries made by an older copy of the bundle
   * (without it) still work. An older copy's memo (which kept the text) and
   * this one never match each other's fields, so either copy just reads the
   * saved copy again: no registry version bump needed.
   */
  memo?: SavedCopyMemo;
  readonly listeners: Set<FeedListener>;
}

// Bump the version when Entry changes shape, so a newer copy never reads an older copy's entries.
const REGISTRY_KEY = Symbol.for('support-group-widgets.feed-store.v1');
type GlobalWithStore = typeof globalThis & { [REGISTRY_KEY]?: Map<string, Entry> };

function registry(): Map<string, Entry> {
  const g = globalThis as GlobalWithStore;
  return (g[REGISTRY_KEY] ??= new Map());
}

function keyOf(url: string, request: FeedRequest): string {
  return `${request.format ?? 'auto'} ${url}`;
}

function entryFor(url: string, request: FeedRequest): Entry {
  const map = registry();
  const key = keyOf(url, request);
  let entry = map.get(key);
  if (!entry) {
    entry = { state: { status: 'idle', url, stale: false, request }, request, first: undefined, loading: undefined, listeners: new Set() };
    map.set(key, entry);
  }
  return entry;
}

function stateOf(url: string, request: FeedRequest, result: LoadResult): FeedState {
  const failure = result.error
    ? { kind: result.error.kind, message: result.error.message, ...(result.error.status !== undefined ? { status: result.error.status } : {}) }
    : undefined;
  // Nothing saved and nothing loaded: an error, though the empty Directory still lets elements render.
  const failed = failure !== undefined && !result.stale;
  return {
    status: failed ? 'error' : 'ready',
    url,
    directory: result.directory,
    stale: result.stale,
    ...(failure ? { error: failure } : {}),
    request,
  };
}

function publish(entry: Entry, state: FeedState): void {
  const previous = entry.state;
  // A 304 hands back the same Directory: nothing changed, nobody redraws.
  if (
    previous.status === state.status &&
    previous.directory === state.directory &&
    previous.stale === state.stale &&
    previous.error?.message === state.error?.message
  ) {
    return;
  }
  entry.state = state;
  for (const listener of [...entry.listeners]) {
    try {
      listener(state);
    } catch (error) {
      // One broken element must not stop the others hearing about the feed.
      console.error('support-group-widgets: a feed listener failed', error);
    }
  }
}

function start(entry: Entry, url: string, request: FeedRequest, showSaved: boolean): Promise<LoadResult> {
  if (request.cache === 'off') entry.cacheOff = true;
  let resolveFirst!: (result: LoadResult) => void;
  const first = new Promise<LoadResult>((resolve) => (resolveFirst = resolve));
  const settle = (result: LoadResult): void => {
    publish(entry, stateOf(url, entry.request, result));
    resolveFirst(result);
  };
  publish(entry, { ...entry.state, status: 'loading', url });
  const loading = loadFeed(url, { ...request, memo: (entry.memo ??= {}), ...(showSaved ? { onCached: settle } : {}) }).catch(
    // loadFeed only rejects on abort, which the store never asks for; stay safe anyway.
    (thrown: unknown): LoadResult => ({
      directory: entry.state.directory ?? emptyDirectory(request.format),
      source: 'network',
      stale: entry.state.directory !== undefined,
      error: thrown instanceof FeedError ? thrown : new FeedError('network', url, { detail: String(thrown) }),
    }),
  );
  entry.loading = loading;
  void loading.then((result) => {
    if (entry.loading === loading) entry.loading = undefined;
    settle(result);
  });
  entry.first = first;
  return showSaved ? first : loading;
}

/**
 * The feed at `url`, loaded once per page for each format. Every call for the
 * same URL and format returns the same promise, which settles with the first
 * usable result (the saved copy when there is one); subscribe to hear later ones.
 */
export function getFeed(url: string, request: FeedRequest = {}): Promise<LoadResult> {
  const entry = entryFor(url, request);
  return entry.first ?? start(entry, url, request, true);
}

/**
 * Calls `listener` with each new state of the feed: straight away if it is
 * already loading or loaded, then on every change. Returns an unsubscribe function.
 */
export function subscribeFeed(url: string, request: FeedRequest, listener: FeedListener): () => void {
  const entry = entryFor(url, request);
  entry.listeners.add(listener);
  if (entry.state.status !== 'idle') listener(entry.state);
  return () => entry.listeners.delete(listener);
}

/**
 * Loads the feed from the network again (the "Try again" button); subscribers
 * hear the result. A load already under way is shared, not repeated.
 */
export function refreshFeed(url: string, request: FeedRequest = {}): Promise<LoadResult> {
  const entry = entryFor(url, request);
  if (entry.loading) return entry.loading;
  // "Try again" comes from whichever element was pressed, with its own
  // settings: an element inside <sg-feed cache="off"> must not turn saving back on.
  return start(entry, url, entry.cacheOff ? { ...request, cache: 'off' } : request, false);
}

/** The feed's current state without loading it. */
export function peekFeed(url: string, request: FeedRequest = {}): FeedState {
  return registry().get(keyOf(url, request))?.state ?? { status: 'idle', url, stale: false };
}

/** Forgets every feed on the page (tests, and CMS previews that swap feeds). Listeners are dropped too. */
export function clearFeedStore(): void {
  registry().clear();
}
