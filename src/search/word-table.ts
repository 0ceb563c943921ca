/**
 * Splitting feed text into folded words and numbering them, without making a
 * string for every word read. Building the index reads a few hundred
 * thousand words but only a few thousand distinct ones, so words are folded
 * into a reusable buffer, hashed as they are read and looked up in an
 * open-addressing table; only a word not seen before becomes a string.
 *
 * Text that is all ASCII (nearly all feed text) is folded here char by char;
 * anything else goes through `foldWords`, so both give exactly the same words.
 */
import { foldWords } from './fold.js';

const EMPTY = -1;
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** What to do with each char code below 128: 0 break, 1 keep, 2 upper case letter, 3 apostrophe (dropped, joins). */
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) ASCII_CLASS[c] = 1;
  else if (c >= 0x41 && c <= 0x5a) ASCII_CLASS[c] = 2;
}
ASCII_CLASS[0x27] = 3; // '
ASCII_CLASS[0x60] = 3; // `
/** The two non-ASCII apostrophes `foldWords` drops, which the fast path can drop too. */
const RIGHT_QUOTE = 0x2019;
const MODIFIER_APOSTROPHE = 0x02bc;

/** Called with each word's number, in text order (repeats included). */
export type WordSink = (word: number) => void;

export class WordTable {
  /** Distinct words, numbered in the order first read. */
  readonly words: string[] = [];
  private hashes = new Int32Array(1024);
  private slots = new Int32Array(4096).fill(EMPTY);
  private mask = 4095;
  private buffer: Uint16Array = new Uint16Array(64);

  /** Every folded word of `text`, in order, by number. */
  read(text: string, sink: WordSink): void {
    if (!this.readAscii(text, sink)) {
      // Words already passed to the sink come first in foldWords' answer too, so
      // sending them again is harmless for a caller that keeps the best rank.
      for (const word of foldWords(text)) sink(this.intern(word));
    }
  }

  /** The number of an already folded word, adding it if new. */
  intern(word: string): number {
    let h = FNV_OFFSET;
    const buffer = this.room(word.length);
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      buffer[i] = c;
      h = Math.imul(h ^ c, FNV_PRIME);
    }
    return this.lookup(h, word.length, word);
  }

  /** False (having sent some words, maybe) when the text has a char only `foldWords` can fold. */
  private readAscii(text: string, sink: WordSink): boolean {
    let buffer = this.buffer;
    let length = 0;
    let h = FNV_OFFSET;
    for (let i = 0, n = text.length; i < n; i++) {
      let c = text.charCodeAt(i);
      let kind: number;
      if (c < 128) kind = ASCII_CLASS[c];
      else if (c === RIGHT_QUOTE || c === MODIFIER_APOSTROPHE) kind = 3;
      else return false;
      if (kind === 0) {
        if (length > 0) {
          sink(this.lookup(h, length, undefined));
          length = 0;
          h = FNV_OFFSET;
        }
        continue;
      }
      if (kind === 3) continue;
      if (kind === 2) c += 32;
      if (length === buffer.length) buffer = this.room(length + 1);
      buffer[length++] = c;
      h = Math.imul(h ^ c, FNV_PRIME);
    }
    if (length > 0) sink(this.lookup(h, length, undefined));
    return true;
  }

  /** The buffer, grown to hold at least `length` chars (keeping what it holds). */
  private room(length: number): Uint16Array {
    if (length > this.buffer.length) {
      const grown = new Uint16Array(Math.max(length, this.buffer.length * 2));
      grown.set(this.buffer);
      this.buffer = grown;
    }
    return this.buffer;
  }

  /** The word in `buffer[0, length)` with hash `h`; `known` is that word as a string when the caller has one. */
  private lookup(h: number, length: number, known: string | undefined): number {
    const { slots, hashes, words, buffer, mask } = this;
    let slot = h & mask;
    for (;;) {
      const id = slots[slot];
      if (id === EMPTY) break;
      if (hashes[id] === h) {
        const word = words[id];
        if (word.length === length) {
          let same = true;
          for (let i = 0; i < length; i++) {
            if (word.charCodeAt(i) !== buffer[i]) {
              same = false;
              break;
            }
          }
          if (same) return id;
        }
      }
      slot = (slot + 1) & mask;
    }
    const id = words.length;
    words.push(known ?? bufferText(buffer, length));
    if (id === hashes.length) {
      const grown = new Int32Array(id * 2);
      grown.set(hashes);
      this.hashes = grown;
    }
    this.hashes[id] = h;
    slots[slot] = id;
    // Keep the table at most half full so probes stay short.
    if (words.length * 2 > slots.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(EMPTY);
    const mask = slots.length - 1;
    for (let id = 0; id < this.words.length; id++) {
      let slot = this.hashes[id] & mask;
      while (slots[slot] !== EMPTY) slot = (slot + 1) & mask;
      slots[slot] = id;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

/** The first `length` chars of the buffer as a string, in chunks so a very long word cannot overflow the call stack. */
function bufferText(buffer: Uint16Array, length: number): string {
  const CHUNK = 4096;
  let out = '';
  for (let i = 0; i < length; i += CHUNK) out += String.fromCharCode.apply(null, buffer.subarray(i, Math.min(length, i + CHUNK)) as unknown as number[]);
  return out;
}
