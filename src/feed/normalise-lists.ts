/**
 * Building the many small frozen lists of a Directory cheaply. A feed of
 * 10,000 groups makes some 50,000 lists, most of them empty or one item long
 * and the same as thousands of others, so those are shared; and items are
 * gathered in one reused buffer per reader rather than in a fresh array that
 * the engine would size for 17 items and then throw away.
 */

/**
 * Items gathered while one list is read, kept in a buffer that is reused
 * from one list to the next. Each reader owns its own instance (readers of
 * different lists can run inside one another, the same reader cannot).
 */
export class Collected<T> {
  private readonly items: T[] = [];
  /** How many items the list being read has so far. */
  length = 0;

  /** Starts a new list. */
  clear(): void {
    this.length = 0;
  }

  push(item: T): void {
    this.items[this.length++] = item;
  }

  /** Adds `item` unless the list already has it (lists are short: a scan beats a Set). */
  add(item: T): void {
    for (let i = 0; i < this.length; i++) if (this.items[i] === item) return;
    this.items[this.length++] = item;
  }

  at(index: number): T {
    return this.items[index];
  }

  /** A new array of the items, exactly as long as the list. */
  copy(): T[] {
    return this.items.slice(0, this.length);
  }
}

const NO_ITEMS: readonly never[] = Object.freeze([]);

/** The one frozen empty list every empty field shares. */
export function noItems<T>(): readonly T[] {
  return NO_ITEMS;
}

// Thousands of groups list the same one word ("en", "step-free"): they share
// one frozen list. Bounded so a feed of unique words cannot grow it forever.
const oneWord = new Map<string, readonly string[]>();

/** The gathered words frozen, sorted first if asked; empty and one-word lists are shared. */
export function frozenWords(words: Collected<string>, sorted = false): readonly string[] {
  if (words.length === 0) return NO_ITEMS;
  if (words.length > 1) return Object.freeze(sorted ? words.copy().sort() : words.copy());
  const word = words.at(0);
  let shared = oneWord.get(word);
  if (!shared) {
    if (oneWord.size >= 1000) oneWord.clear();
    oneWord.set(word, (shared = Object.freeze([word])));
  }
  return shared;
}
