/**
 * The search index: everything that can be worked out before the visitor
 * types, so a keystroke only looks things up. Built once per feed.
 *
 * What the first results need (facets, flags, coordinates, A–Z order) is
 * built at once and cheaply. The text index is only needed once a word is
 * typed, so by default it is built later: in idle time through
 * `prepareText`, or in full by the first search with words in it.
 */
import type { Group } from '../feed/types.js';
import { azOrder } from './az-order.js';
import { buildFacets, mergeFacets, type FacetColumn } from './facet-index.js';
import { TextBuilder, type TextIndex } from './text-index.js';
import type { FacetKey } from './types.js';

export { FIELD_RANK } from './text-index.js';
export type { FacetColumn } from './facet-index.js';
export type { TextIndex } from './text-index.js';

/** How a group is attended, as a small number for tight loops. */
export const KIND = { 'in-person': 0, hybrid: 1, online: 2, phone: 3 } as const;

/**
 * Built by `buildIndex`, read by `search`. Treat as opaque: the fields are
 * laid out for speed and may change.
 */
export interface SearchIndex {
  /** The groups, in feed order. Positions in every array below refer to this. */
  readonly groups: readonly Group[];
  readonly size: number;
  /** The text index once built, and until then the builder part-way through it; see `textIndexOf`. */
  readonly text: TextState;
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

export interface TextState {
  index?: TextIndex;
  builder?: TextBuilder;
}

export interface SearchCache {
  /** Match tiers of each word of the previous query. */
  words: Map<string, Uint8Array>;
  /** Distances from the previous `near`. */
  distances?: { readonly lat: number; readonly lng: number; readonly km: Float64Array };
  /** Working arrays, one per group, reused by every search so typing does not churn memory. */
  scratch?: { readonly matched: Int32Array; readonly scores: Uint16Array; readonly keys: Float64Array; readonly secondary: Float64Array };
}

/** Options for `buildIndex`. */
export interface BuildOptions {
  /**
   * `'later'` (the default): build the text index in `prepareText` or on the
   * first search with words. `'now'`: build it before returning.
   */
  readonly text?: 'later' | 'now';
}

/**
 * Indexes the groups for `search`. Call once when the feed arrives. Every
 * group passed is searchable, so leave out inactive ones first if they
 * should not show.
 *
 * By default this returns before the text index is built, so the first
 * results (no words typed yet) can show sooner: for 10,000 groups on a busy
 * two-core machine, 36–60 ms in Node (best/median) where the whole index
 * takes 120–200 ms (see scripts/bench-search.mjs for Chromium). Then call
 * `prepareText` in idle time. Results are the same either way.
 */
export function buildIndex(groups: readonly Group[], options: BuildOptions = {}): SearchIndex {
  const n = groups.length;
  const facets = buildFacets(groups);
  const free = new Uint8Array(n);
  const dropIn = new Uint8Array(n);
  const kind = new Uint8Array(n);
  const lat = new Float64Array(n).fill(NaN);
  const lng = new Float64Array(n).fill(NaN);
  const names: string[] = new Array<string>(n);
  for (let d = 0; d < n; d++) {
    const g = groups[d];
    names[d] = g.name;
    free[d] = g.cost?.free ? 1 : 0;
    dropIn[d] = g.booking === 'drop-in' ? 1 : 0;
    kind[d] = KIND[g.attendance] ?? KIND['in-person'];
    const loc = g.location;
    if (loc && Number.isFinite(loc.lat) && Number.isFinite(loc.lng)) {
      lat[d] = loc.lat!;
      lng[d] = loc.lng!;
    }
  }
  const byAz = azOrder(names);
  const azRank = new Int32Array(n);
  for (let rank = 0; rank < n; rank++) azRank[byAz[rank]] = rank;
  const text: TextState = {};
  const index: SearchIndex = { groups, size: n, text, facets, ...mergeFacets(facets, n), free, dropIn, kind, lat, lng, azRank, byAz, cache: { words: new Map() } };
  if (options.text === 'now') textIndexOf(index);
  return index;
}

/** Anything with `timeRemaining()` in milliseconds, such as the `IdleDeadline` that `requestIdleCallback` passes. */
export interface Deadline {
  timeRemaining(): number;
}

/**
 * Builds part of the text index, stopping soon after `deadline` has no time
 * left (it is asked every 32 groups, roughly every 0.1–0.3 ms), or all of it
 * when no deadline is given. Returns true once the text index is complete, so
 * searches with words cost no more than any other. Safe to call any number of
 * times, and searching part-way through is fine: the first search with words
 * finishes the job itself.
 *
 *   const step = (deadline) => { if (!prepareText(index, deadline)) requestIdleCallback(step); };
 *   requestIdleCallback(step);
 */
export function prepareText(index: SearchIndex, deadline?: Deadline): boolean {
  const { text } = index;
  if (text.index) return true;
  const builder = (text.builder ??= new TextBuilder(index.groups));
  if (builder.done < index.size) {
    if (!builder.step(deadline && (() => deadline.timeRemaining() <= 0))) return false;
    // Laying out the postings is one piece (a few ms per 10,000 groups), so with no time left it waits for the next call.
    if (deadline && deadline.timeRemaining() <= 0) return false;
  }
  textIndexOf(index);
  return true;
}

/** True when searching with words needs no more building. */
export function textReady(index: SearchIndex): boolean {
  return index.text.index !== undefined;
}

/** The text index, built now (or finished, if `prepareText` started it) when not built yet. */
export function textIndexOf(index: SearchIndex): TextIndex {
  const { text } = index;
  if (!text.index) {
    text.index = (text.builder ?? new TextBuilder(index.groups)).finish();
    text.builder = undefined;
  }
  return text.index;
}
