/**
 * The search engine's public shapes: what the finder asks (`SearchQuery`) and
 * what it gets back (`SearchResult`). Pure data, no DOM.
 */
import type { Group } from '../feed/types.js';

/** The list facets, in the order the finder shows them. */
export const FACET_KEYS = ['topics', 'audiences', 'attendance', 'days', 'times', 'facilitation', 'accessibility', 'languages'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

export const TIMES_OF_DAY = ['morning', 'afternoon', 'evening'] as const;
export type TimeOfDay = (typeof TIMES_OF_DAY)[number];

export type SortOrder = 'soonest' | 'nearest' | 'az';

/**
 * Where online and phone groups go:
 * `with` the others, `apart` in their own list, `only` them (and hybrid groups,
 * which can be joined online), `hide` them.
 */
export const ONLINE_MODES = ['with', 'apart', 'only', 'hide'] as const;
export type OnlineMode = (typeof ONLINE_MODES)[number];

/**
 * Chosen filters. Within a list the values OR together ("Monday or Tuesday");
 * across lists they AND ("Monday" and "Online"). An empty or missing list is
 * no filter. Values are the feed's own (`anxiety`, `step-free`, `en`), days are
 * `MO`…`SU`, times `morning` | `afternoon` | `evening`.
 */
export interface SearchFilters {
  readonly topics?: readonly string[];
  readonly audiences?: readonly string[];
  /** `in-person` also finds hybrid groups, and so does `online`; `phone` finds only phone groups. */
  readonly attendance?: readonly string[];
  readonly days?: readonly string[];
  readonly times?: readonly string[];
  readonly facilitation?: readonly string[];
  readonly accessibility?: readonly string[];
  readonly languages?: readonly string[];
  /** True: only groups that say they are free. False or missing: no filter. */
  readonly free?: boolean;
  /** True: only drop-in groups (no booking). False or missing: no filter. */
  readonly dropIn?: boolean;
}

export interface LatLng {
  readonly lat: number;
  readonly lng: number;
}

export interface SearchQuery {
  /** What the visitor typed. Every word must start a word somewhere in the group. */
  readonly text: string;
  readonly filters: SearchFilters;
  /** Where distances are measured from. */
  readonly near?: LatLng;
  /** With `near`: leave out in-person and hybrid groups further than this. 0 or missing: any distance. */
  readonly radiusKm?: number;
  /**
   * With a radius, groups that meet in person but gave no coordinates are
   * kept (after every group with a distance when sorting by nearest), because
   * they may well be close. True leaves them out instead.
   */
  readonly strictRadius?: boolean;
  readonly includeOnline: OnlineMode;
  readonly sort: SortOrder;
  /**
   * For `soonest`: each group's next meeting start in ms since 1970, by
   * position in the index's groups (NaN when it has none). Without it,
   * `soonest` falls back to A–Z.
   */
  readonly nextStarts?: ArrayLike<number>;
}

export interface SearchHit {
  readonly group: Group;
  /** Higher is a better text match; 0 when there is no text. */
  readonly score: number;
  /** Only for groups with coordinates, when `near` is set. */
  readonly distanceKm?: number;
}

/** Per facet, per value found in the feed: how many groups choosing it would show. */
export type FacetCounts = Record<FacetKey, Record<string, number>>;

export interface SearchResult {
  /** Groups in order. With `apart`, only the ones that meet in person (or hybrid). */
  readonly items: readonly SearchHit[];
  /** `items.length`: every match, before any paging the caller does. */
  readonly total: number;
  /**
   * For each value of each facet, the number of groups that would match with
   * that value chosen, counting every other filter but not the facet's own.
   * Every value in the feed is listed, even at 0, so the panel does not jump.
   */
  readonly facets: FacetCounts;
  /** Like `facets`, for the two yes/no filters. */
  readonly flagCounts: { readonly free: number; readonly dropIn: number };
  /** With `apart`: the online and phone groups, in the same order rules. */
  readonly online?: readonly SearchHit[];
}
