/**
 * Word-prefix matching against the inverted index. A query word matches a
 * group when it starts any word of the group's text; how well it matches is a
 * tier: the field's rank doubled, one less when the word is only a prefix.
 * So a name match beats a topic match, and "anxiety" typed in full beats
 * "anxiety" matched by "anx" within the same field.
 */
import { textIndexOf, type SearchIndex } from './build-index.js';
import { foldWords } from './fold.js';

/** More words than this add nothing but work. */
const MAX_QUERY_WORDS = 12;
/** No word in a name or description is this long; longer input is noise. */
const MAX_WORD_LENGTH = 60;

/** The query's distinct folded words, in the order typed. */
export function queryWords(text: string): string[] {
  const words = new Set<string>();
  for (const word of foldWords(text.slice(0, 1000))) {
    words.add(word.slice(0, MAX_WORD_LENGTH));
    if (words.size === MAX_QUERY_WORDS) break;
  }
  return [...words];
}

/** First position in the sorted word list not less than `key`. */
function lowerBound(words: readonly string[], key: string): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (words[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** For one query word: each group's best tier (0 = no match). */
function computeTiers(index: SearchIndex, word: string): Uint8Array {
  const tiers = new Uint8Array(index.size);
  const { words, wordStart, postDoc, postRank } = textIndexOf(index);
  const first = lowerBound(words, word);
  // Every word with this prefix sorts before word + the highest code unit.
  const last = lowerBound(words, word + '\uffff');
  if (first === last) return tiers;
  let p = wordStart[first];
  if (words[first] === word) {
    const end = wordStart[first + 1];
    for (; p < end; p++) tiers[postDoc[p]] = postRank[p] * 2;
  }
  const end = wordStart[last];
  for (; p < end; p++) {
    const d = postDoc[p];
    const tier = postRank[p] * 2 - 1;
    if (tier > tiers[d]) tiers[d] = tier;
  }
  return tiers;
}

/**
 * Tiers for each query word. Words from the previous query are reused, so
 * typing a second word does not redo the first, and only the words of this
 * query are kept. The first call with any words builds the text index if
 * `prepareText` has not finished it.
 */
export function tiersForWords(index: SearchIndex, words: readonly string[]): Uint8Array[] {
  const previous = index.cache.words;
  const next = new Map<string, Uint8Array>();
  const out = words.map((word) => {
    const tiers = previous.get(word) ?? computeTiers(index, word);
    next.set(word, tiers);
    return tiers;
  });
  index.cache.words = next;
  return out;
}
