/**
 * One keystroke's work: match, filter, count facets, sort. A single pass over
 * the groups decides, for each, which filters it fails (a bit per filter); a
 * group failing none is a result, and a group failing only facet F still
 * counts towards F's values, which is what "count every filter but the
 * facet's own" means. No text is folded here and nothing is allocated per
 * group except the hits returned.
 */
import { haversineKm } from '../geo/distance.js';
import { KIND, type SearchIndex } from './build-index.js';
import { sortMatches } from './order.js';
import { queryWords, tiersForWords } from './text-match.js';
import { FACET_KEYS, type FacetCounts, type SearchHit, type SearchQuery, type SearchResult } from './types.js';

const FREE_BIT = 1 << FACET_KEYS.length;
const DROP_IN_BIT = FREE_BIT << 1;

interface ActiveFacet {
  readonly bit: number;
  readonly start: Int32Array;
  readonly ids: Int32Array;
  /** 1 for each chosen value id. */
  readonly chosen: Uint8Array;
}

function activeFacets(index: SearchIndex, query: SearchQuery): ActiveFacet[] {
  const active: ActiveFacet[] = [];
  FACET_KEYS.forEach((key, f) => {
    const picked = query.filters[key];
    if (!picked || picked.length === 0) return;
    const column = index.facets[key];
    const chosen = new Uint8Array(column.values.length);
    // A value the feed does not have matches nothing (and is not an error: URLs get shared).
    for (const value of picked) {
      const id = column.valueId.get(value);
      if (id !== undefined) chosen[id] = 1;
    }
    active.push({ bit: 1 << f, start: column.start, ids: column.ids, chosen });
  });
  return active;
}

function scratchOf(index: SearchIndex) {
  const n = index.size;
  index.cache.scratch ??= { matched: new Int32Array(n), scores: new Uint16Array(n), keys: new Float64Array(n), secondary: new Float64Array(n) };
  return index.cache.scratch;
}

function distancesFrom(index: SearchIndex, lat: number, lng: number): Float64Array {
  const cached = index.cache.distances;
  if (cached && cached.lat === lat && cached.lng === lng) return cached.km;
  const km = new Float64Array(index.size);
  for (let d = 0; d < index.size; d++) km[d] = haversineKm(lat, lng, index.lat[d], index.lng[d]);
  index.cache.distances = { lat, lng, km };
  return km;
}

/**
 * Finds, filters, counts and orders groups for one query. Pure apart from
 * reusing work from the previous call on the same index.
 *
 * Online and phone groups never have a distance and are never cut by the
 * radius. Hybrid groups are cut by it like in-person ones, except with
 * `includeOnline: 'only'`, where they count as online.
 */
export function search(index: SearchIndex, query: SearchQuery): SearchResult {
  const n = index.size;
  const words = queryWords(query.text);
  const tiers = tiersForWords(index, words);
  const facets = activeFacets(index, query);
  const wantFree = query.filters.free === true;
  const wantDropIn = query.filters.dropIn === true;
  const mode = query.includeOnline;
  const near = query.near && Number.isFinite(query.near.lat) && Number.isFinite(query.near.lng) ? query.near : undefined;
  const km = near ? distancesFrom(index, near.lat, near.lng) : undefined;
  const radius = near && query.radiusKm && query.radiusKm > 0 ? query.radiusKm : Infinity;
  const strict = query.strictRadius === true;

  const columns = FACET_KEYS.map((key) => index.facets[key]);
  const { allStart, allIds, facetOffset } = index;
  const counts = new Int32Array(facetOffset[FACET_KEYS.length]);
  let freeCount = 0;
  let dropInCount = 0;
  const scratch = scratchOf(index);
  const { matched, scores } = scratch;
  let found = 0;
  const { kind, free, dropIn } = index;

  groups: for (let d = 0; d < n; d++) {
    let score = 0;
    for (let w = 0; w < tiers.length; w++) {
      const tier = tiers[w][d];
      if (tier === 0) continue groups;
      score += tier;
    }
    const k = kind[d];
    const remote = k === KIND.online || k === KIND.phone;
    if (mode === 'hide' && remote) continue;
    if (mode === 'only' && k === KIND['in-person']) continue;
    if (km && !remote && !(mode === 'only' && k === KIND.hybrid)) {
      const distance = km[d];
      if (distance > radius || (strict && radius !== Infinity && Number.isNaN(distance))) continue;
    }
    let fail = 0;
    for (let a = 0; a < facets.length; a++) {
      const { start, ids, chosen, bit } = facets[a];
      let hit = false;
      for (let i = start[d], end = start[d + 1]; i < end; i++) {
        if (chosen[ids[i]] === 1) {
          hit = true;
          break;
        }
      }
      if (!hit) fail |= bit;
    }
    if (wantFree && free[d] === 0) fail |= FREE_BIT;
    if (wantDropIn && dropIn[d] === 0) fail |= DROP_IN_BIT;
    if (fail === 0) {
      matched[found++] = d;
      scores[d] = score;
      for (let i = allStart[d], end = allStart[d + 1]; i < end; i++) counts[allIds[i]]++;
      freeCount += free[d];
      dropInCount += dropIn[d];
    } else if ((fail & (fail - 1)) === 0 && fail < FREE_BIT) {
      // Failing only facet f: shown if f's choice changed, so it counts towards f alone.
      // (Failing only free or drop-in adds nothing: such a group is not free, or not drop-in.)
      const f = 31 - Math.clz32(fail);
      const { start, ids } = columns[f];
      const offset = facetOffset[f];
      for (let i = start[d], end = start[d + 1]; i < end; i++) counts[offset + ids[i]]++;
    }
    // Failing two or more filters: no single change would show it, so it counts nowhere.
  }

  const order = sortMatches(index, matched.subarray(0, found), scores, query, km, scratch);
  // (matched and scores are scratch: nothing below may keep them.)
  const hit = (d: number, score: number): SearchHit => {
    const distance = km && kind[d] !== KIND.online && kind[d] !== KIND.phone ? km[d] : NaN;
    return Number.isNaN(distance) ? { group: index.groups[d], score } : { group: index.groups[d], score, distanceKm: distance };
  };
  const items: SearchHit[] = [];
  const online: SearchHit[] = [];
  for (let i = 0; i < order.length; i++) {
    const d = order[i];
    const target = mode === 'apart' && (kind[d] === KIND.online || kind[d] === KIND.phone) ? online : items;
    target.push(hit(d, scores[d]));
  }

  const facetCounts = {} as FacetCounts;
  FACET_KEYS.forEach((key, f) => {
    // fromEntries defines own properties, so a feed value such as "__proto__" stays a plain key.
    facetCounts[key] = Object.fromEntries(columns[f].values.map((value, id) => [value, counts[facetOffset[f] + id]]));
  });
  return {
    items,
    total: items.length,
    facets: facetCounts,
    flagCounts: { free: freeCount, dropIn: dropInCount },
    ...(mode === 'apart' ? { online } : {}),
  };
}
