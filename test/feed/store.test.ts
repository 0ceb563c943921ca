import type * as StoreModuleNamespace from '../../src/feed/store.js';
import { expect } from '@open-wc/testing';
import type { FeedState } from '../../src/feed/context.js';
import { CACHE_PREFIX } from '../../src/feed/cache.js';
import { clearFeedStore, getFeed, peekFeed, refreshFeed, subscribeFeed, type FeedRequest } from '../../src/feed/store.js';
import { MemoryStorage, hits, names, parseJson } from './load-helpers.js';
import { uid } from '../helpers/uid.js';

type StoreModule = typeof StoreModuleNamespace;

const request = (storage: Storage = new MemoryStorage()): FeedRequest => ({
  storage,
  parse: parseJson,
  timeoutMs: 2000,
  backoffMs: 5,
});

const labels = (states: FeedState[]): string[] =>
  states.map((s) => `${s.status}${s.directory ? ': ' + names(s.directory).join() : ''}${s.stale ? ' (stale)' : ''}`);

afterEach(() => clearFeedStore());

describe('feed store: one request per feed per page', () => {
  it('two elements asking for the same feed make one request and get the same promise', async () => {
    const id = uid();
    const url = `/__loader/count.json?id=${id}`;
    const options = request();
    const a = getFeed(url, options);
    const b = getFeed(url, options);
    expect(a).to.equal(b);
    const [ra, rb] = await Promise.all([a, b]);
    expect(ra.directory).to.equal(rb.directory);
    expect(names(ra.directory)).to.deep.equal(['Version 1']);
    expect((await hits(id)).count).to.equal(1);
  });

  it('a second copy of the bundle on the page shares the same requests', async () => {
    const id = uid();
    const url = `/__loader/count.json?id=${id}`;
    const copy = (await import(`../../src/feed/store.ts?copy=${id}`)) as StoreModule;
    expect(copy.getFeed).not.to.equal(getFeed);
    const options = request();
    const [mine, theirs] = await Promise.all([getFeed(url, options), copy.getFeed(url, options)]);
    expect(theirs.directory).to.equal(mine.directory);
    expect((await hits(id)).count).to.equal(1);
  });

  it('tells a late subscriber the current state straight away', async () => {
    const url = `/__loader/count.json?id=${uid()}`;
    const options = request();
    await getFeed(url, options);
    const states: FeedState[] = [];
    subscribeFeed(url, options, (s) => states.push(s));
    expect(labels(states)).to.deep.equal(['ready: Version 1']);
    expect(peekFeed(url, options).status).to.equal('ready');
  });
});

describe('feed store: saved copy first, then fresh listings', () => {
  it('shows the saved listings at once, then the new ones when they arrive', async () => {
    const storage = new MemoryStorage();
    const url = `/__loader/count.json?id=${uid()}&delay=150`;
    storage.setItem(
      CACHE_PREFIX + url,
      JSON.stringify({ text: '{"groups":[{"id":"g1","name":"Saved"}]}', contentType: 'application/json', fetchedAt: 1 }),
    );
    const options = request(storage);
    const states: FeedState[] = [];
    subscribeFeed(url, options, (s) => states.push(s));
    const first = await getFeed(url, options);
    expect(first.source).to.equal('cache');
    expect(names(first.directory)).to.deep.equal(['Saved']);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(labels(states)).to.deep.equal(['loading', 'ready: Saved', 'ready: Version 1']);
  });

  it('keeps the saved listings, marked stale, when the network fails', async () => {
    const storage = new MemoryStorage();
    const url = `/__loader/status?code=500&id=${uid()}`;
    storage.setItem(CACHE_PREFIX + url, JSON.stringify({ text: '{"groups":[{"id":"g1","name":"Saved"}]}', contentType: null, fetchedAt: 1 }));
    const options = { ...request(storage), retries: 0 };
    const states: FeedState[] = [];
    subscribeFeed(url, options, (s) => states.push(s));
    await getFeed(url, options);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const last = states[states.length - 1]!;
    expect(labels(states)).to.deep.equal(['loading', 'ready: Saved', 'ready: Saved (stale)']);
    expect(last.error?.kind).to.equal('http');
    expect(last.error?.status).to.equal(500);
  });

  it('with nothing saved, a failure is an error state with an empty Directory and words to show', async () => {
    const url = `/__loader/status?code=404&id=${uid()}`;
    const options = request();
    const states: FeedState[] = [];
    subscribeFeed(url, options, (s) => states.push(s));
    const result = await getFeed(url, options);
    expect(result.error?.status).to.equal(404);
    const last = states[states.length - 1]!;
    expect(last.status).to.equal('error');
    expect(last.directory?.groups).to.deep.equal([]);
    expect(last.error?.message).to.contain('not found');
  });
});

describe('feed store: try again', () => {
  it('refresh makes a new request and every subscriber hears the new listings', async () => {
    const id = uid();
    const url = `/__loader/count.json?id=${id}`;
    const options = request();
    const a: FeedState[] = [];
    const b: FeedState[] = [];
    subscribeFeed(url, options, (s) => a.push(s));
    const stopB = subscribeFeed(url, options, (s) => b.push(s));
    await getFeed(url, options);
    stopB();
    const again = await refreshFeed(url, options);
    expect(names(again.directory)).to.deep.equal(['Version 2']);
    expect(labels(a)).to.deep.equal(['loading', 'ready: Version 1', 'loading: Version 1', 'ready: Version 2']);
    // Unsubscribed before the refresh: heard nothing more.
    expect(labels(b)).to.deep.equal(['loading', 'ready: Version 1']);
    expect((await hits(id)).count).to.equal(2);
  });

  it('pressing Try again twice quickly makes one request', async () => {
    const id = uid();
    const url = `/__loader/count.json?id=${id}`;
    const options = request();
    await getFeed(url, options);
    const [x, y] = await Promise.all([refreshFeed(url, options), refreshFeed(url, options)]);
    expect(x.directory).to.equal(y.directory);
    expect((await hits(id)).count).to.equal(2);
  });
});
