/**
 * The inverted text index: every distinct folded word, sorted, with the
 * groups it appears in and the best field it appears in. A query word is a
 * prefix, so it matches a contiguous run of the sorted words, and their
 * postings sit next to each other in one typed array.
 *
 * Building it is the costly part of indexing, and only typed words need it,
 * so it is built by a `TextBuilder` that can stop and carry on: a few groups
 * at a time in idle moments, or all at once when the first word is typed.
 */
import type { Group } from '../feed/types.js';
import { WordTable } from './word-table.js';

/** Field weights: a word in the name beats the same word in the description. */
export const FIELD_RANK = { name: 6, topic: 5, place: 4, organisation: 3, summary: 2, description: 1 } as const;

export interface TextIndex {
  /** Distinct folded words, sorted by code unit. */
  readonly words: readonly string[];
  /** Postings of `words[w]` are `postDoc[wordStart[w]]` up to `postDoc[wordStart[w + 1]]`. */
  readonly wordStart: Int32Array;
  /** Groups, ascending within each word. */
  readonly postDoc: Int32Array;
  /** The best `FIELD_RANK` the word has in that group. */
  readonly postRank: Uint8Array;
}

/** How often (in groups) the builder looks at the clock. */
const GROUPS_PER_CHECK = 32;
const WHITE_SPACE = /\s+/g;

function grow<T extends Int32Array | Uint8Array>(array: T, length: number, fill = 0): T {
  const grown = new (array.constructor as new (length: number) => T)(Math.max(length, array.length * 2));
  grown.set(array);
  if (fill !== 0) grown.fill(fill, array.length);
  return grown;
}

/**
 * Reads groups in feed order into (group, word, rank) pairs, then lays them
 * out as a `TextIndex`. The pairs live in growable typed arrays: plain arrays
 * of millions of numbers churn the garbage collector.
 */
export class TextBuilder {
  private readonly table = new WordTable();
  private pairDoc = new Int32Array(1 << 16);
  private pairWord = new Int32Array(1 << 16);
  private pairRank = new Uint8Array(1 << 16);
  private pairs = 0;
  // Where the current group's pair for a word is, so a repeat only raises its rank.
  private lastDoc = new Int32Array(1024).fill(-1);
  private lastPair = new Int32Array(1024);
  private doc = 0;
  private rank = 0;
  private next = 0;
  private readonly sink = (w: number): void => this.add(w);

  constructor(private readonly groups: readonly Group[]) {}

  /** Groups read so far. */
  get done(): number {
    return this.next;
  }

  /**
   * Reads groups until all are read or `stop()` says so (asked every few
   * groups, so a step overruns by well under a millisecond). True when every
   * group has been read.
   */
  step(stop?: () => boolean): boolean {
    const { groups } = this;
    while (this.next < groups.length) {
      const end = Math.min(groups.length, this.next + GROUPS_PER_CHECK);
      for (let d = this.next; d < end; d++) this.readGroup(groups[d], d);
      this.next = end;
      if (stop?.()) break;
    }
    return this.next === groups.length;
  }

  /** Reads whatever is left and lays out the index. */
  finish(): TextIndex {
    this.step();
    return this.layout();
  }

  private readGroup(group: Group, d: number): void {
    this.doc = d;
    this.field(group.name, FIELD_RANK.name);
    for (const topic of group.topics) this.field(topic, FIELD_RANK.topic);
    for (const audience of group.audiences) this.field(audience, FIELD_RANK.topic);
    const loc = group.location;
    if (loc) {
      this.field(loc.name, FIELD_RANK.place);
      this.field(loc.address, FIELD_RANK.place);
      const postcode = loc.postcode;
      if (postcode) {
        this.field(postcode, FIELD_RANK.place);
        // "sw1a1aa" typed without a space should still find "SW1A 1AA".
        const compact = postcode.replace(WHITE_SPACE, '');
        if (compact !== postcode) this.field(compact, FIELD_RANK.place);
      }
      this.field(loc.region, FIELD_RANK.place);
    }
    this.field(group.organisation?.name, FIELD_RANK.organisation);
    this.field(group.summary, FIELD_RANK.summary);
    this.field(group.description, FIELD_RANK.description);
  }

  private field(text: string | undefined, rank: number): void {
    if (!text) return;
    this.rank = rank;
    this.table.read(text, this.sink);
  }

  private add(w: number): void {
    const d = this.doc;
    const rank = this.rank;
    if (w >= this.lastDoc.length) {
      this.lastDoc = grow(this.lastDoc, w + 1, -1);
      this.lastPair = grow(this.lastPair, w + 1);
    }
    if (this.lastDoc[w] === d) {
      const p = this.lastPair[w];
      if (rank > this.pairRank[p]) this.pairRank[p] = rank;
      return;
    }
    const p = this.pairs++;
    if (p === this.pairDoc.length) {
      this.pairDoc = grow(this.pairDoc, p + 1);
      this.pairWord = grow(this.pairWord, p + 1);
      this.pairRank = grow(this.pairRank, p + 1);
    }
    this.lastDoc[w] = d;
    this.lastPair[w] = p;
    this.pairDoc[p] = d;
    this.pairWord[p] = w;
    this.pairRank[p] = rank;
  }

  /** Sorts the words, then lays each word's postings out in sorted-word order. */
  private layout(): TextIndex {
    const { words } = this.table;
    const count = words.length;
    const sorted = words.slice().sort();
    const sortedPos = new Int32Array(count);
    for (let pos = 0; pos < count; pos++) sortedPos[this.table.intern(sorted[pos])] = pos;
    const wordStart = new Int32Array(count + 1);
    const { pairs, pairDoc, pairWord, pairRank } = this;
    for (let p = 0; p < pairs; p++) wordStart[sortedPos[pairWord[p]] + 1]++;
    for (let i = 0; i < count; i++) wordStart[i + 1] += wordStart[i];
    const fill = wordStart.slice(0, count);
    const postDoc = new Int32Array(pairs);
    const postRank = new Uint8Array(pairs);
    // Pairs were made group by group, so each word's postings come out in group order.
    for (let p = 0; p < pairs; p++) {
      const at = fill[sortedPos[pairWord[p]]]++;
      postDoc[at] = pairDoc[p];
      postRank[at] = pairRank[p];
    }
    return { words: sorted, wordStart, postDoc, postRank };
  }
}
