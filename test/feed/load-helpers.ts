import { emptyDirectory, type ParseFeed } from '../../src/feed/load.js';
import type { Directory, Group } from '../../src/feed/types.js';

/** An in-memory Storage, fresh for each test; `mode` makes it refuse like a full or blocked one. */
export class MemoryStorage implements Storage {
  readonly map = new Map<string, string>();
  constructor(private readonly mode: 'ok' | 'full' | 'blocked' = 'ok') {}
  get length(): number {
    return this.map.size;
  }
  clear(): void {
    this.map.clear();
  }
  getItem(key: string): string | null {
    if (this.mode === 'blocked') throw new DOMException('blocked', 'SecurityError');
    return this.map.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.map.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.map.delete(key);
  }
  setItem(key: string, value: string): void {
    if (this.mode !== 'ok') throw new DOMException('full', 'QuotaExceededError');
    this.map.set(key, value);
  }
}

/** A stand-in for the real reader: JSON with groups that have an id and a name. */
export const parseJson: ParseFeed = async (text) => {
  const data = JSON.parse(text) as { groups: { id: string; name: string }[] };
  if (!Array.isArray(data.groups)) throw new Error('not a feed: no groups');
  const groups = data.groups.map(
    (g): Group => ({ id: g.id, name: g.name, topics: [], audiences: [], attendance: 'in-person', schedule: [], languages: [] }),
  );
  return { ...emptyDirectory(), groups, stats: { records: groups.length, groups: groups.length, skipped: 0, dropped: 0 } };
};

export const names = (directory: Directory): string[] => directory.groups.map((g) => g.name);

export async function hits(id: string): Promise<{ count: number; ifNoneMatch: string | null }> {
  return (await fetch(`/__loader/hits?id=${id}`)).json();
}
