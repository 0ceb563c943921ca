/**
 * Result order. Every group gets one number that sorts the way the visitor
 * asked: text score first (best first), then the chosen order, then A–Z
 * position, which is unique and so settles every tie the same way each time.
 * Packing it into a double lets the engine sort a Float64Array natively,
 * several times faster than a comparator over objects.
 *
 *   key = ((maxScore − score) · 2^21 + secondary) · 2^azBits + azRank
 *
 * `secondary` is minutes until the next meeting (soonest) or tens of metres
 * (nearest); "none" takes the largest value, so those groups come last.
 */
import { KIND, type SearchIndex } from './build-index.js';
import type { SearchQuery } from './types.js';

const SCORE_MAX = 255;
const SECONDARY_SPAN = 2 ** 21;
const NONE = SECONDARY_SPAN - 1;
const MINUTE_MS = 60_000;
/** Distances are compared to the nearest 10 m; closer ties fall back to A–Z. */
const DISTANCE_UNITS_PER_KM = 100;

function secondaryValues(index: SearchIndex, docs: Int32Array, query: SearchQuery, km: Float64Array | undefined, out: Float64Array): Float64Array {
  out.fill(0, 0, docs.length);
  if (query.sort === 'nearest' && km) {
    for (let i = 0; i < docs.length; i++) {
      const d = docs[i];
      const k = index.kind[d];
      const distance = k === KIND.online || k === KIND.phone ? NaN : km[d];
      out[i] = Number.isNaN(distance) ? NONE : Math.min(NONE - 1, Math.round(distance * DISTANCE_UNITS_PER_KM));
    }
  } else if (query.sort === 'soonest' && query.nextStarts) {
    const { nextStarts } = query;
    let earliest = Infinity;
    for (let i = 0; i < docs.length; i++) {
      const time = nextStarts[docs[i]] ?? NaN;
      out[i] = time;
      if (time < earliest) earliest = time;
    }
    for (let i = 0; i < docs.length; i++) {
      const time = out[i];
      out[i] = Number.isNaN(time) ? NONE : Math.min(NONE - 1, Math.floor((time - earliest) / MINUTE_MS));
    }
  }
  // 'az' (or a sort that cannot apply) leaves every secondary at 0: A–Z decides.
  return out;
}

/**
 * The matched groups in display order. `scores` is indexed by group;
 * `scratch` holds two arrays at least as long as `docs` that may be overwritten.
 */
export function sortMatches(
  index: SearchIndex,
  docs: Int32Array,
  scores: Uint16Array,
  query: SearchQuery,
  km: Float64Array | undefined,
  scratch: { readonly keys: Float64Array; readonly secondary: Float64Array },
): Int32Array {
  const azBits = Math.max(1, Math.ceil(Math.log2(index.size + 1)));
  const azSpan = 2 ** azBits;
  if (azBits + 21 + 8 > 53) throw new RangeError('search: more groups than the ordering can handle (16 million)');
  const secondary = secondaryValues(index, docs, query, km, scratch.secondary);
  const keys = scratch.keys.subarray(0, docs.length);
  for (let i = 0; i < docs.length; i++) {
    const d = docs[i];
    const inverse = SCORE_MAX - Math.min(SCORE_MAX, scores[d]);
    keys[i] = (inverse * SECONDARY_SPAN + secondary[i]) * azSpan + index.azRank[d];
  }
  keys.sort();
  const out = new Int32Array(docs.length);
  for (let i = 0; i < keys.length; i++) out[i] = index.byAz[keys[i] % azSpan];
  return out;
}
