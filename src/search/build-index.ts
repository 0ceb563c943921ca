/**
 * The search index: everything that can be worked out before the visitor
 * types, so a keystroke only looks things up. Built once per feed.
 *
 * Text lives in an inverted index: every distinct folded word, sorted, with
 * the groups it appears in and the best field it appears in. A query word is
 * a prefix, so it matches a contiguous run of the sorted words, and their
 * postings sit next to each other in one typed array.
 */
import type { Group } from '../feed/types.js';
import { AZ_COLLATOR, azOrder } from './az-order.js';
import { FIXED_VALUE_ORDER, facetValuesOf } from './facet-values.js';
import { foldWords } from './fold.js';
import { FACET_KEYS, type FacetKey } from './types.js';

/** Field weights: a word in the name beats the same word in the description. */
export const FIELD_RANK = { name: 6, topic: 5, place: 4, organisation: 3, summary: 2, description: 1 } as const;

/** How a group is attended, as a small number for tight loops. */
export const KIND = { 'in-person': 0, hybrid: 1, online: 2, phone: 3 } as const;

/** One facet's values for every group, as compressed rows (CSR). */
export interface FacetColumn {
  /** The values found in the feed, in display order. */
  readonly values: readonly string[];
  readonly valueId: ReadonlyMap<string, number>;
  /** Group `d`'s value ids are `ids[start[d]]` up to `ids[start[d + 1]]`. */
  readonly start: Int32Array;
  readonly ids: Int32Array;
}

/**
 * Built by `buildIndex`, read by `search`. Treat as opaque: the fields are
 * laid out for speed and may change.
 */
export interface SearchIndex {
  /** The groups, in feed order. Positions in every array below refer to this. */
  readonly groups: readonly Group[];
  readonly size: number;
  /** Distinct folded words, sorted by code unit. */
  readonly words: readonly string[];
  /** Postings of `words[w]` are `postDoc[wordStart[w]]` up to `postDoc[wordStart[w + 1]]`. */
  readonly wordStart: Int32Array;
  readonly postDoc: Int32Array;
  /** The best `FIELD_RANK` the word has in that group. */
  readonly postRank: Uint8Array;
  readonly facets: Readonly<Record<FacetKey, FacetColumn>>;
  /**
   * Every facet value of each group in one row, numbered across facets
   * (facet `f`'s value `v` is `facetOffset[f] + v`), so counting a result
   * is one short loop rather than eight.
   */
  readonly allStart: Int32Array;
  readonly allIds: Int32Array;
  /** Indexed like FACET_KEYS, plus one: the total number of values. */
  readonly facetOffset: Int32Array;
  readonly free: Uint8Array;
  readonly dropIn: Uint8Array;
  /** `KIND` of each group. */
  readonly kind: Uint8Array;
  /** NaN when a group has no coordinates. */
  readonly lat: Float64Array;
  readonly lng: Float64Array;
  /** Position of each group in A–Z order (unique, so it breaks every tie). */
  readonly azRank: Int32Array;
  /** The group at each A–Z position. */
  readonly byAz: Int32Array;
  /** Per-keystroke reuse; see search.ts. */
  readonly cache: SearchCache;
}

export interface SearchCache {
  /** Match tiers of each word of the previous query. */
  words: Map<string, Uint8Array>;
  /** Distances from the previous `near`. */
  distances?: { readonly lat: number; readonly lng: number; readonly km: Float64Array };
  /** Working arrays, one per group, reused by every search so typing does not churn memory. */
  scratch?: { readonly matched: Int32Array; readonly scores: Uint16Array; readonly keys: Float64Array; readonly secondary: Float64Array };
}


function fieldTexts(group: Group): [string | undefined, number][] {
  const loc = group.location;
  const compactPostcode = loc?.postcode?.replace(/\s+/g, '');
  return [
    [group.name, FIELD_RANK.name],
    [group.topics.join(' '), FIELD_RANK.topic],
    [group.audiences.join(' '), FIELD_RANK.topic],
    [loc?.name, FIELD_RANK.place],
    [loc?.address, FIELD_RANK.place],
    // "sw1a1aa" typed without a space should still find "SW1A 1AA".
    [loc?.postcode && `${loc.postcode} ${compactPostcode}`, FIELD_RANK.place],
    [loc?.region, FIELD_RANK.place],
    [group.organisation?.name, FIELD_RANK.organisation],
    [group.summary, FIELD_RANK.summary],
    [group.description, FIELD_RANK.description],
  ];
}

function grow<T extends Int32Array | Uint8Array>(array: T, fill = 0): T {
  const grown = new (array.constructor as new (length: number) => T)(array.length * 2);
  grown.set(array);
  if (fill !== 0) grown.fill(fill, array.length);
  return grown;
}

function buildText(groups: readonly Group[]) {
  const wordId = new Map<string, number>();
  const wordList: string[] = [];
  // (group, word, rank) triples, in growable typed arrays: plain arrays of millions of numbers churn the GC.
  let pairDoc = new Int32Array(1 << 16);
  let pairWord = new Int32Array(1 << 16);
  let pairRank = new Uint8Array(1 << 16);
  let pairs = 0;
  // Where the current group's pair for a word is, so a repeat only raises its rank.
  let lastDoc = new Int32Array(1024).fill(-1);
  let lastPair = new Int32Array(1024);
  for (let d = 0; d < groups.length; d++) {
    for (const [text, rank] of fieldTexts(groups[d])) {
      if (!text) continue;
      for (const word of foldWords(text)) {
        let w = wordId.get(word);
        if (w === undefined) {
          w = wordList.length;
          wordId.set(word, w);
          wordList.push(word);
          if (w === lastDoc.length) {
            lastDoc = grow(lastDoc, -1);
            lastPair = grow(lastPair);
          }
        }
        if (lastDoc[w] === d) {
          const p = lastPair[w];
          if (rank > pairRank[p]) pairRank[p] = rank;
        } else {
          if (pairs === pairDoc.length) {
            pairDoc = grow(pairDoc);
            pairWord = grow(pairWord);
            pairRank = grow(pairRank);
          }
          lastDoc[w] = d;
          lastPair[w] = pairs;
          pairDoc[pairs] = d;
          pairWord[pairs] = w;
          pairRank[pairs++] = rank;
        }
      }
    }
  }
  // Sort the words, then lay each word's postings out in sorted-word order.
  const order = wordList.map((_, i) => i).sort((a, b) => (wordList[a] < wordList[b] ? -1 : wordList[a] > wordList[b] ? 1 : 0));
  const sortedPos = new Int32Array(wordList.length);
  order.forEach((w, pos) => (sortedPos[w] = pos));
  const wordStart = new Int32Array(wordList.length + 1);
  for (let p = 0; p < pairs; p++) wordStart[sortedPos[pairWord[p]] + 1]++;
  for (let i = 0; i < wordList.length; i++) wordStart[i + 1] += wordStart[i];
  const fill = wordStart.slice(0, wordList.length);
  const postDoc = new Int32Array(pairs);
  const postRank = new Uint8Array(pairs);
  // Pairs were made group by group, so each word's postings come out in group order.
  for (let p = 0; p < pairs; p++) {
    const at = fill[sortedPos[pairWord[p]]]++;
    postDoc[at] = pairDoc[p];
    postRank[at] = pairRank[p];
  }
  return { words: order.map((w) => wordList[w]), wordStart, postDoc, postRank };
}

/** The facet columns merged into one row per group, with values numbered across facets. */
function mergeFacets(facets: Record<FacetKey, FacetColumn>, n: number) {
  const facetOffset = new Int32Array(FACET_KEYS.length + 1);
  FACET_KEYS.forEach((key, f) => (facetOffset[f + 1] = facetOffset[f] + facets[key].values.length));
  const allStart = new Int32Array(n + 1);
  const allIds = new Int32Array(FACET_KEYS.reduce((sum, key) => sum + facets[key].ids.length, 0));
  let at = 0;
  for (let d = 0; d < n; d++) {
    FACET_KEYS.forEach((key, f) => {
      const { start, ids } = facets[key];
      for (let i = start[d]; i < start[d + 1]; i++) allIds[at++] = facetOffset[f] + ids[i];
    });
    allStart[d + 1] = at;
  }
  return { allStart, allIds, facetOffset };
}

function buildFacets(perGroup: readonly Record<FacetKey, readonly string[]>[]): Record<FacetKey, FacetColumn> {
  const out = {} as Record<FacetKey, FacetColumn>;
  for (const key of FACET_KEYS) {
    const seen = new Set<string>();
    for (const values of perGroup) for (const v of values[key]) seen.add(v);
    const fixed = FIXED_VALUE_ORDER[key];
    const values = fixed
      ? [...fixed.filter((v) => seen.has(v)), ...[...seen].filter((v) => !fixed.includes(v)).sort(AZ_COLLATOR.compare)]
      : [...seen].sort(AZ_COLLATOR.compare);
    const valueId = new Map(values.map((v, i) => [v, i]));
    const start = new Int32Array(perGroup.length + 1);
    const ids: number[] = [];
    perGroup.forEach((row, d) => {
      for (const v of row[key]) ids.push(valueId.get(v)!);
      start[d + 1] = ids.length;
    });
    out[key] = { values, valueId, start, ids: Int32Array.from(ids) };
  }
  return out;
}

/**
 * Indexes the groups for `search`. Call once when the feed arrives: it costs
 * about as much as parsing the feed's JSON (0.7 s for 10,000 groups and 2.7 s
 * for 50,000 in headless Chromium on a busy two-core machine; see
 * scripts/bench-search.mjs), most of it splitting text into words. Every group
 * passed is searchable, so leave out inactive ones first if they should not show.
 */
export function buildIndex(groups: readonly Group[]): SearchIndex {
  const n = groups.length;
  const text = buildText(groups);
  const facets = buildFacets(groups.map(facetValuesOf));
  const free = new Uint8Array(n);
  const dropIn = new Uint8Array(n);
  const kind = new Uint8Array(n);
  const lat = new Float64Array(n).fill(NaN);
  const lng = new Float64Array(n).fill(NaN);
  groups.forEach((g, d) => {
    free[d] = g.cost?.free ? 1 : 0;
    dropIn[d] = g.booking === 'drop-in' ? 1 : 0;
    kind[d] = KIND[g.attendance] ?? KIND['in-person'];
    const loc = g.location;
    if (loc && Number.isFinite(loc.lat) && Number.isFinite(loc.lng)) {
      lat[d] = loc.lat!;
      lng[d] = loc.lng!;
    }
  });
  const byAz = azOrder(groups.map((g) => g.name));
  const azRank = new Int32Array(n);
  byAz.forEach((d, rank) => (azRank[d] = rank));
  return { groups, size: n, ...text, facets, ...mergeFacets(facets, n), free, dropIn, kind, lat, lng, azRank, byAz, cache: { words: new Map() } };
}
