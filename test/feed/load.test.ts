import { expect } from '@open-wc/testing';
import { loadFeed, type LoadOptions } from '../../src/feed/load.js';
import { CACHE_PREFIX, MAX_CACHED_CHARS } from '../../src/feed/cache.js';
import { FeedError } from '../../src/feed/errors.js';
import { MemoryStorage, hits, names, parseJson } from './load-helpers.js';
import { uid } from '../helpers/uid.js';

const quick = (storage: Storage | null, extra: LoadOptions = {}): LoadOptions => ({
  storage,
  parse: parseJson,
  timeoutMs: 2000,
  backoffMs: 5,
  ...extra,
});

describe('loadFeed: a working feed', () => {
  it('loads the listings and saves a copy with its ETag', async () => {
    const storage = new MemoryStorage();
    const url = `/__loader/etag.json?id=${uid()}`;
    const result = await loadFeed(url, quick(storage, { now: () => 1_000 }));
    expect(result.source).to.equal('network');
    expect(result.stale).to.equal(false);
    expect(result.error).to.equal(undefined);
    expect(names(result.directory)).to.deep.equal(['Tuesday circle']);
    const saved = JSON.parse(storage.map.get(CACHE_PREFIX + url)!);
    expect(saved.etag).to.equal('"v1"');
    expect(saved.fetchedAt).to.equal(1_000);
  });

  it('asks with If-None-Match next time, and a 304 keeps the saved listings (the very same Directory)', async () => {
    const storage = new MemoryStorage();
    const id = uid();
    const url = `/__loader/etag.json?id=${id}`;
    await loadFeed(url, quick(storage));
    let shown: unknown;
    const second = await loadFeed(url, quick(storage, { now: () => 5_000, onCached: (r) => (shown = r.directory) }));
    expect(second.source).to.equal('not-modified');
    expect(second.directory).to.equal(shown);
    expect(names(second.directory)).to.deep.equal(['Tuesday circle']);
    expect((await hits(id)).ifNoneMatch).to.equal('"v1"');
    expect(JSON.parse(storage.map.get(CACHE_PREFIX + url)!).fetchedAt).to.equal(5_000);
  });

  it('shows the saved copy first, then the new listings when the feed has changed', async () => {
    const storage = new MemoryStorage();
    const id = uid();
    await loadFeed(`/__loader/etag.json?id=${id}`, quick(storage));
    // Same URL key, new content: move the saved copy under the changed address.
    const changed = `/__loader/etag.json?id=${id}&tag=v2&label=Wednesday%20circle`;
    storage.map.set(CACHE_PREFIX + changed, storage.map.get(CACHE_PREFIX + `/__loader/etag.json?id=${id}`)!);
    const seen: string[][] = [];
    const result = await loadFeed(changed, quick(storage, { onCached: (r) => seen.push(names(r.directory)) }));
    seen.push(names(result.directory));
    expect(seen).to.deep.equal([['Tuesday circle'], ['Wednesday circle']]);
    expect(result.source).to.equal('network');
  });

  it('reads a native feed with the project’s own checks when no parser is given', async () => {
    const result = await loadFeed(`/__loader/etag.json?id=${uid()}`, { storage: null });
    expect(result.error).to.equal(undefined);
    expect(result.directory.groups[0]!.attendance).to.equal('online');
    expect(Object.isFrozen(result.directory)).to.equal(true);
  });

  it('with the default reader, says so when a feed is truncated', async () => {
    const result = await loadFeed(`/__loader/truncated.json?id=${uid()}`, { storage: null, backoffMs: 5 });
    expect(result.error!.kind).to.equal('parse');
    expect(result.error!.detail).to.contain('not valid JSON');
  });

  it('with cache off, neither reads nor writes storage', async () => {
    const storage = new MemoryStorage();
    const url = `/__loader/etag.json?id=${uid()}`;
    storage.map.set(CACHE_PREFIX + url, JSON.stringify({ text: '{"groups":[{"id":"x","name":"Old"}]}', contentType: null, fetchedAt: 1 }));
    let cachedCalled = false;
    const result = await loadFeed(url, quick(storage, { cache: 'off', onCached: () => (cachedCalled = true) }));
    expect(cachedCalled).to.equal(false);
    expect(names(result.directory)).to.deep.equal(['Tuesday circle']);
    expect(JSON.parse(storage.map.get(CACHE_PREFIX + url)!).fetchedAt).to.equal(1);
  });

  it('still loads when storage is full or blocked, without saving', async () => {
    for (const mode of ['full', 'blocked'] as const) {
      const result = await loadFeed(`/__loader/etag.json?id=${uid()}`, quick(new MemoryStorage(mode)));
      expect(names(result.directory), mode).to.deep.equal(['Tuesday circle']);
      expect(result.error, mode).to.equal(undefined);
    }
  });

  it('does not save a feed too big for storage', async () => {
    const storage = new MemoryStorage();
    const big = JSON.stringify({ groups: [{ id: 'g', name: 'x'.repeat(MAX_CACHED_CHARS) }] });
    const fakeFetch = async (): Promise<Response> => new Response(big, { headers: { 'Content-Type': 'application/json' } });
    const result = await loadFeed('/__loader/big.json', quick(storage, { fetch: fakeFetch }));
    expect(result.directory.groups).to.have.length(1);
    expect(storage.length).to.equal(0);
  });
});

describe('loadFeed: failures, in words', () => {
  it('a 404 is not retried and explains itself', async () => {
    const id = uid();
    const result = await loadFeed(`/__loader/status?code=404&id=${id}`, quick(new MemoryStorage()));
    expect(result.error).to.be.instanceOf(FeedError);
    expect(result.error!.kind).to.equal('http');
    expect(result.error!.status).to.equal(404);
    expect(result.error!.message).to.contain('not found');
    expect(result.directory.groups).to.deep.equal([]);
    expect((await hits(id)).count).to.equal(1);
  });

  it('a 500 is retried, and the second answer is used', async () => {
    const id = uid();
    const result = await loadFeed(`/__loader/flaky.json?fail=1&id=${id}`, quick(new MemoryStorage()));
    expect(result.error).to.equal(undefined);
    expect(names(result.directory)).to.deep.equal(['Back again']);
    expect((await hits(id)).count).to.equal(2);
  });

  it('gives up after the retries allowed (1 + 2 requests) and says the server had a problem', async () => {
    const id = uid();
    const result = await loadFeed(`/__loader/flaky.json?fail=5&code=503&id=${id}`, quick(new MemoryStorage()));
    expect(result.error!.kind).to.equal('http');
    expect(result.error!.status).to.equal(503);
    expect(result.error!.message).to.contain('server had a problem');
    expect((await hits(id)).count).to.equal(3);
  });

  it('retries a 429, honouring a short Retry-After', async () => {
    const id = uid();
    const result = await loadFeed(`/__loader/flaky.json?fail=1&code=429&retryAfter=0&id=${id}`, quick(new MemoryStorage()));
    expect(names(result.directory)).to.deep.equal(['Back again']);
  });

  it('times out a slow feed', async () => {
    const started = performance.now();
    const result = await loadFeed(`/__loader/slow.json?ms=1500&id=${uid()}`, quick(new MemoryStorage(), { timeoutMs: 200 }));
    expect(result.error!.kind).to.equal('timeout');
    expect(result.error!.message).to.contain('too long');
    expect(performance.now() - started).to.be.below(1200);
  });

  it('reports truncated JSON as a feed that could not be read', async () => {
    const result = await loadFeed(`/__loader/truncated.json?id=${uid()}`, quick(new MemoryStorage()));
    expect(result.error!.kind).to.equal('parse');
  });

  it('tells the editor when the address is a web page, not a feed', async () => {
    const result = await loadFeed(`/__loader/page.html?id=${uid()}`, quick(new MemoryStorage()));
    expect(result.error!.kind).to.equal('parse');
    expect(result.error!.message).to.contain('web page');
  });

  it('calls JSON that is not a feed a schema problem', async () => {
    const result = await loadFeed('/__loader/hits?id=nothing', quick(new MemoryStorage()));
    expect(result.error!.kind).to.equal('schema');
  });

  it('a dropped connection is a network error, retried', async () => {
    let calls = 0;
    const offline = async (): Promise<Response> => {
      calls++;
      throw new TypeError('Failed to fetch');
    };
    const result = await loadFeed('/__loader/anything.json', quick(new MemoryStorage(), { fetch: offline }));
    expect(result.error!.kind).to.equal('network');
    expect(calls).to.equal(3);
  });

  it('says the server does not allow other websites when only a no-cors request gets through', async () => {
    const seen: RequestInit[] = [];
    const corsBlocked = async (_url: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
      seen.push(init ?? {});
      if (init?.mode === 'no-cors') return new Response('');
      throw new TypeError('Failed to fetch');
    };
    const storage = new MemoryStorage();
    const url = 'https://feeds.example.org/groups.json';
    storage.map.set(CACHE_PREFIX + url, JSON.stringify({ text: '{"groups":[]}', contentType: null, etag: '"abc"', fetchedAt: 1 }));
    const result = await loadFeed(url, quick(storage, { fetch: corsBlocked, retries: 0 }));
    expect(result.error!.kind).to.equal('cors');
    expect(result.error!.message).to.contain('CORS');
    // Validators would force a preflight on another origin, so none are sent there.
    expect(new Headers(seen[0]!.headers).has('If-None-Match')).to.equal(false);
  });

  it('falls back to the saved copy, marked stale, with the error attached', async () => {
    const storage = new MemoryStorage();
    const id = uid();
    const url = `/__loader/flaky.json?fail=1&id=${uid()}`;
    // Save a copy from a working route under this URL's key.
    await loadFeed(`/__loader/etag.json?id=${id}`, quick(storage, { now: () => 42 }));
    storage.map.set(CACHE_PREFIX + url, storage.map.get(CACHE_PREFIX + `/__loader/etag.json?id=${id}`)!);
    const result = await loadFeed(url, quick(storage, { retries: 0 }));
    expect(result.source).to.equal('cache');
    expect(result.stale).to.equal(true);
    expect(result.error!.status).to.equal(500);
    expect(result.fetchedAt).to.equal(42);
    expect(names(result.directory)).to.deep.equal(['Tuesday circle']);
  });

  it('a broken feed does not replace a good saved copy', async () => {
    const storage = new MemoryStorage();
    const url = `/__loader/truncated.json?id=${uid()}`;
    const good = JSON.stringify({ text: '{"groups":[{"id":"a","name":"Saved"}]}', contentType: 'application/json', fetchedAt: 7 });
    storage.map.set(CACHE_PREFIX + url, good);
    const result = await loadFeed(url, quick(storage));
    expect(result.stale).to.equal(true);
    expect(names(result.directory)).to.deep.equal(['Saved']);
    expect(storage.map.get(CACHE_PREFIX + url)).to.equal(good);
  });

  it('rejects only when the caller aborts', async () => {
    const controller = new AbortController();
    const pending = loadFeed(`/__loader/slow.json?ms=1500&id=${uid()}`, quick(null, { signal: controller.signal }));
    setTimeout(() => controller.abort(new DOMException('left the page', 'AbortError')), 50);
    let caught: unknown;
    try {
      await pending;
    } catch (e) {
      caught = e;
    }
    expect((caught as DOMException).name).to.equal('AbortError');
  });
});
