// "Try again" after a failure must not read the saved copy from text again
// when it has not changed: the store keeps the Directory it was read into.
import { expect } from '@open-wc/testing';
import { CACHE_PREFIX } from '../../src/feed/cache.js';
import type { FeedState } from '../../src/feed/context.js';
import { loadFeed, type ParseFeed, type SavedCopyMemo } from '../../src/feed/load.js';
import { clearFeedStore, getFeed, refreshFeed, subscribeFeed, type FeedRequest } from '../../src/feed/store.js';
import { MemoryStorage, names, parseJson } from './load-helpers.js';
import { uid } from '../helpers/uid.js';

const feedText = (name: string): string => JSON.stringify({ groups: [{ id: 'g1', name }] });

/** `parseJson`, counting how often each text is read. */
function countingParse(): { parse: ParseFeed; reads: (text: string) => number; total: () => number } {
  const seen: string[] = [];
  return {
    parse: (text, contentType, format) => {
      seen.push(text);
      return parseJson(text, contentType, format);
    },
    reads: (text) => seen.filter((t) => t === text).length,
    total: () => seen.length,
  };
}

function save(storage: Storage, url: string, text: string, fetchedAt = 1): void {
  storage.setItem(CACHE_PREFIX + url, JSON.stringify({ text, contentType: 'application/json', fetchedAt }));
}

/** The saved copy's date as stored. */
function savedAt(storage: Storage, url: string): number | undefined {
  const raw = storage.getItem(CACHE_PREFIX + url);
  return raw ? (JSON.parse(raw) as { fetchedAt: number }).fetchedAt : undefined;
}

/** Resolves with the first state `listener` hears that passes `test`. */
function stateWhere(url: string, request: FeedRequest, test: (state: FeedState) => boolean): Promise<FeedState> {
  return new Promise((resolve) => {
    const stop = subscribeFeed(url, request, (state) => {
      if (!test(state)) return;
      queueMicrotask(() => stop());
      resolve(state);
    });
  });
}

afterEach(() => clearFeedStore());

describe('Try again and the saved copy', () => {
  it('does not read an unchanged saved copy a second time, and keeps showing the same listings', async () => {
    const storage = new MemoryStorage();
    const url = `/__loader/status?code=500&id=${uid()}`;
    const saved = feedText('Saved circle');
    save(storage, url, saved);
    const counter = countingParse();
    const request: FeedRequest = { storage, parse: counter.parse, retries: 0, timeoutMs: 2000 };

    const failed = stateWhere(url, request, (s) => s.stale && s.error !== undefined);
    await getFeed(url, request);
    const first = await failed;
    expect(counter.reads(saved)).to.equal(1);

    const again = await refreshFeed(url, request);
    expect(again.stale, 'the network still fails, so the saved copy is shown').to.equal(true);
    expect(again.error?.kind).to.equal('http');
    expect(names(again.directory)).to.deep.equal(['Saved circle']);
    expect(again.directory, 'the Directory read the first time').to.equal(first.directory);
    expect(counter.reads(saved), 'the saved copy was read from text again').to.equal(1);

    await refreshFeed(url, request);
    expect(counter.total(), 'three tries, one reading').to.equal(1);
  });

  it('reads the saved copy again when it has changed since (another tab saved newer listings)', async () => {
    const storage = new MemoryStorage();
    const url = `/__loader/status?code=503&id=${uid()}`;
    save(storage, url, feedText('Old listings'));
    const counter = countingParse();
    const request: FeedRequest = { storage, parse: counter.parse, retries: 0, timeoutMs: 2000 };

    const failed = stateWhere(url, request, (s) => s.stale && s.error !== undefined);
    await getFeed(url, request);
    await failed;

    const newer = feedText('Newer listings');
    save(storage, url, newer);
    const again = await refreshFeed(url, request);
    expect(names(again.directory)).to.deep.equal(['Newer listings']);
    expect(again.stale).to.equal(true);
    expect(counter.reads(newer)).to.equal(1);

    // And the newer copy, now read, is not read again on the next try.
    const third = await refreshFeed(url, request);
    expect(third.directory).to.equal(again.directory);
    expect(counter.reads(newer)).to.equal(1);
  });

  it('reads the saved copy again when another tab saved a copy of the same length (known by its date, not its text)', async () => {
    const storage = new MemoryStorage();
    const url = `/__loader/status?code=503&id=${uid()}`;
    const old = feedText('Old listings');
    const newer = feedText('New listings');
    expect(newer.length, 'the two copies are the same length').to.equal(old.length);
    save(storage, url, old, 1000);
    const counter = countingParse();
    const request: FeedRequest = { storage, parse: counter.parse, retries: 0, timeoutMs: 2000 };

    const failed = stateWhere(url, request, (s) => s.stale && s.error !== undefined);
    await getFeed(url, request);
    await failed;
    expect(counter.reads(old)).to.equal(1);

    save(storage, url, newer, 2000);
    const again = await refreshFeed(url, request);
    expect(names(again.directory)).to.deep.equal(['New listings']);
    expect(counter.reads(newer)).to.equal(1);
    expect(counter.total()).to.equal(2);
  });

  it('after a saved copy is removed, Try again shows no listings rather than the remembered ones', async () => {
    const storage = new MemoryStorage();
    const url = `/__loader/status?code=500&id=${uid()}`;
    save(storage, url, feedText('Gone soon'));
    const request: FeedRequest = { storage, parse: parseJson, retries: 0, timeoutMs: 2000 };
    const failed = stateWhere(url, request, (s) => s.stale && s.error !== undefined);
    await getFeed(url, request);
    await failed;

    storage.clear();
    const again = await refreshFeed(url, request);
    expect(again.stale).to.equal(false);
    expect(names(again.directory)).to.deep.equal([]);
    expect(again.error?.kind).to.equal('http');
  });
});

describe('loadFeed with a memo', () => {
  it('reuses the Directory of text it saved itself, and forgets it when the copy cannot be kept', async () => {
    const storage = new MemoryStorage();
    const id = uid();
    // The first request fails, the second brings listings, and they are saved.
    const url = `/__loader/flaky.json?fail=1&id=${id}`;
    const memo: SavedCopyMemo = {};
    const counter = countingParse();
    let clock = 10_000;
    const now = (): number => (clock += 1000);
    const options = { storage, parse: counter.parse, retries: 0, timeoutMs: 2000, memo, now };

    const failed = await loadFeed(url, options);
    expect(failed.error?.kind).to.equal('http');
    expect(memo.current, 'nothing saved, nothing remembered').to.equal(undefined);

    const loaded = await loadFeed(url, options);
    expect(names(loaded.directory)).to.deep.equal(['Back again']);
    expect(memo.current?.directory).to.equal(loaded.directory);
    expect(counter.total()).to.equal(1);
    const savedText = (JSON.parse(storage.getItem(CACHE_PREFIX + url) ?? '{}') as { text?: string }).text;
    expect(savedText, 'the copy was saved').to.contain('Back again');
    expect(Object.values(memo.current ?? {}).includes(savedText), 'the memo keeps the feed text').to.equal(false);
    expect(memo.current?.length).to.equal(savedText?.length);

    // The same saved text on the next load is not read again (the server now
    // answers the same, so the saved copy's Directory is kept).
    const next = await loadFeed(url, options);
    expect(next.source).to.equal('not-modified');
    expect(next.directory).to.equal(loaded.directory);
    expect(counter.total(), 'the saved text was read again').to.equal(1);
    // The server confirmed the copy, so it was saved again with a new date, and the memo knows it by that date.
    expect(next.fetchedAt).to.equal(clock);
    expect(savedAt(storage, url)).to.equal(clock);
    expect(memo.current?.fetchedAt).to.equal(clock);
    const fourth = await loadFeed(url, options);
    expect(fourth.directory).to.equal(loaded.directory);
    expect(counter.total(), 'the confirmed copy was read again').to.equal(1);

    // A different reader reads it again: the memo belongs to the reader that made it.
    const other = countingParse();
    const byOther = await loadFeed(url, { ...options, parse: other.parse });
    expect(other.total(), 'the other reader read the saved copy').to.equal(1);
    expect(byOther.directory, 'a Directory made by the other reader').not.to.equal(loaded.directory);
    expect(names(byOther.directory)).to.deep.equal(['Back again']);
    expect(memo.current?.parse).to.equal(other.parse);
    expect(memo.current?.directory).to.equal(byOther.directory);
  });

  it('remembers nothing with cache off', async () => {
    const storage = new MemoryStorage();
    const url = `/__loader/count.json?id=${uid()}`;
    save(storage, url, feedText('Saved'));
    const memo: SavedCopyMemo = {};
    const result = await loadFeed(url, { storage, cache: 'off', parse: parseJson, retries: 0, memo });
    expect(names(result.directory)).to.deep.equal(['Version 1']);
    expect(memo.current).to.equal(undefined);
    expect(storage.getItem(CACHE_PREFIX + url), 'the old copy is left as it was').to.contain('Saved');
  });
});
