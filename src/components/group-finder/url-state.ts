/**
 * The finder's view state in the page's query string (with `sync-url`), so a
 * search can be shared, survives a reload, and the back button works.
 * Pure functions: parse and write `URLSearchParams`, touching only our own
 * `sg-` keys so the page's own parameters are left alone.
 */

import type { SortOrder } from '../../search/types.js';

export type { SortOrder };

export interface FinderFilters {
  readonly topics: readonly string[];
  readonly audiences: readonly string[];
  readonly attendance: readonly string[];
  readonly days: readonly string[];
  readonly times: readonly string[];
  readonly facilitation: readonly string[];
  readonly accessibility: readonly string[];
  readonly languages: readonly string[];
  readonly free: boolean;
  readonly dropIn: boolean;
}

export interface FinderViewState {
  readonly query: string;
  readonly filters: FinderFilters;
  readonly sort: SortOrder;
  /** The place the visitor searched near, as typed (a postcode or town). */
  readonly where: string;
  /** Radius in miles; 0 = any distance. */
  readonly radius: number;
  /** The open group's id, if details are showing. */
  readonly group?: string;
  /** How many pages of results are showing. */
  readonly page: number;
}

export const EMPTY_FILTERS: FinderFilters = {
  topics: [],
  audiences: [],
  attendance: [],
  days: [],
  times: [],
  facilitation: [],
  accessibility: [],
  languages: [],
  free: false,
  dropIn: false,
};

const LIST_KEYS = ['topics', 'audiences', 'attendance', 'days', 'times', 'facilitation', 'accessibility', 'languages'] as const;
export type ListFilterKey = (typeof LIST_KEYS)[number];
export const LIST_FILTER_KEYS: readonly ListFilterKey[] = LIST_KEYS;

const SORTS: readonly SortOrder[] = ['soonest', 'nearest', 'az'];
const PREFIX = 'sg-';
const MAX_VALUE = 200;

function clean(value: string | null): string {
  return (value ?? '').slice(0, MAX_VALUE).trim();
}

function list(value: string | null): string[] {
  return clean(value)
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean)
    .slice(0, 50);
}

/** Reads our keys from a query string; anything odd falls back to the default. */
export function readUrlState(search: string | URLSearchParams, defaults: FinderViewState): FinderViewState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const has = (key: string) => params.has(PREFIX + key);
  const get = (key: string) => params.get(PREFIX + key);
  const filters: Record<string, unknown> = { ...defaults.filters };
  for (const key of LIST_KEYS) if (has(key)) filters[key] = list(get(key));
  if (has('free')) filters.free = get('free') === '1';
  if (has('drop-in')) filters.dropIn = get('drop-in') === '1';
  const sort = clean(get('sort')) as SortOrder;
  const radius = Number(get('radius'));
  const page = Number(get('page'));
  const group = clean(get('group'));
  return {
    query: has('q') ? clean(get('q')) : defaults.query,
    filters: filters as unknown as FinderFilters,
    sort: SORTS.includes(sort) ? sort : defaults.sort,
    where: has('near') ? clean(get('near')) : defaults.where,
    radius: has('radius') && Number.isFinite(radius) && radius >= 0 && radius <= 500 ? radius : defaults.radius,
    page: Number.isInteger(page) && page >= 1 && page <= 1000 ? page : 1,
    ...(group ? { group } : {}),
  };
}

/**
 * Writes our keys into a copy of the page's parameters, leaving out defaults
 * so a plain page keeps a plain URL.
 */
export function writeUrlState(
  current: string | URLSearchParams,
  state: FinderViewState,
  defaults: FinderViewState,
): URLSearchParams {
  const params = new URLSearchParams(current);
  for (const key of [...params.keys()]) if (key.startsWith(PREFIX)) params.delete(key);
  const set = (key: string, value: string) => params.set(PREFIX + key, value);
  if (state.query) set('q', state.query);
  for (const key of LIST_KEYS) {
    const values = state.filters[key];
    if (values.join(',') !== defaults.filters[key].join(',')) set(key, values.join(','));
  }
  if (state.filters.free !== defaults.filters.free) set('free', state.filters.free ? '1' : '0');
  if (state.filters.dropIn !== defaults.filters.dropIn) set('drop-in', state.filters.dropIn ? '1' : '0');
  if (state.sort !== defaults.sort) set('sort', state.sort);
  if (state.where) set('near', state.where);
  if (state.radius !== defaults.radius) set('radius', String(state.radius));
  if (state.page > 1) set('page', String(state.page));
  if (state.group) set('group', state.group);
  return params;
}

/** Whether two states would write the same URL. */
export function sameUrlState(a: FinderViewState, b: FinderViewState, defaults: FinderViewState): boolean {
  return writeUrlState('', a, defaults).toString() === writeUrlState('', b, defaults).toString();
}
