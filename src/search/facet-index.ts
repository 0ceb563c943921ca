/**
 * The facet columns: which values of each facet every group has, numbered,
 * in compressed rows. Built in one pass over the groups with no object made
 * per group, because filters and counts are needed for the very first
 * results.
 */
import { WEEKDAYS, type Group } from '../feed/types.js';
import { AZ_COLLATOR } from './az-order.js';
import { FIXED_VALUE_ORDER, entryDays, timeOfDay } from './facet-values.js';
import { FACET_KEYS, type FacetKey, type TimeOfDay } from './types.js';

/** One facet's values for every group, as compressed rows (CSR). */
export interface FacetColumn {
  /** The values found in the feed, in display order. */
  readonly values: readonly string[];
  readonly valueId: ReadonlyMap<string, number>;
  /** Group `d`'s value ids are `ids[start[d]]` up to `ids[start[d + 1]]`. */
  readonly start: Int32Array;
  readonly ids: Int32Array;
}

/** Values numbered in the order first seen; renumbered for display at the end. */
class ColumnBuilder {
  readonly seen = new Map<string, number>();
  readonly start: Int32Array;
  ids = new Int32Array(1024);
  length = 0;

  constructor(n: number) {
    this.start = new Int32Array(n + 1);
  }

  // Neighbouring groups often share a value ('en', 'peer'): the last one answers without a map lookup.
  private lastValue: string | undefined;
  private lastId = 0;

  push(value: string): void {
    let id: number | undefined = this.lastId;
    if (value !== this.lastValue) {
      id = this.seen.get(value);
      if (id === undefined) {
        id = this.seen.size;
        this.seen.set(value, id);
      }
      this.lastValue = value;
      this.lastId = id;
    }
    if (this.length === this.ids.length) {
      const grown = new Int32Array(this.length * 2);
      grown.set(this.ids);
      this.ids = grown;
    }
    this.ids[this.length++] = id;
  }

  pushAll(values: readonly string[]): void {
    for (let i = 0; i < values.length; i++) this.push(values[i]);
  }

  endRow(d: number): void {
    this.start[d + 1] = this.length;
  }

  finish(key: FacetKey): FacetColumn {
    const seen = [...this.seen.keys()];
    const fixed = FIXED_VALUE_ORDER[key];
    const values = fixed
      ? [...fixed.filter((v) => this.seen.has(v)), ...seen.filter((v) => !fixed.includes(v)).sort(AZ_COLLATOR.compare)]
      : seen.sort(AZ_COLLATOR.compare);
    const valueId = new Map(values.map((v, i) => [v, i]));
    const renumber = new Int32Array(values.length);
    for (const [value, first] of this.seen) renumber[first] = valueId.get(value)!;
    const ids = this.ids.slice(0, this.length);
    for (let i = 0; i < ids.length; i++) ids[i] = renumber[ids[i]];
    return { values, valueId, start: this.start, ids };
  }
}

const TIME_BIT: Readonly<Record<TimeOfDay, number>> = { morning: 1, afternoon: 2, evening: 4 };
const DAY_BIT: Readonly<Record<string, number>> = Object.fromEntries(WEEKDAYS.map((day, i) => [day, 1 << i]));

/** Days and times of one group's schedule, each once, in the order met. */
function pushSchedule(group: Group, days: ColumnBuilder, times: ColumnBuilder): void {
  let seenDays = 0;
  let seenTimes = 0;
  const pushDay = (day: string) => {
    const bit = DAY_BIT[day] ?? 0;
    if ((seenDays & bit) !== 0) return;
    seenDays |= bit;
    days.push(day);
  };
  for (const entry of group.schedule) {
    if (entry.freq === 'once') entryDays(entry).forEach(pushDay);
    else for (let i = 0; i < entry.byday.length; i++) pushDay(entry.byday[i].day);
    const time = timeOfDay(entry.start);
    if (time && (seenTimes & TIME_BIT[time]) === 0) {
      seenTimes |= TIME_BIT[time];
      times.push(time);
    }
  }
}

/**
 * Every facet's column. A hybrid group can be attended in person or online,
 * so it carries those two attendance values as well as its own; the facet
 * then counts it under each.
 */
export function buildFacets(groups: readonly Group[]): Record<FacetKey, FacetColumn> {
  const n = groups.length;
  const topics = new ColumnBuilder(n);
  const audiences = new ColumnBuilder(n);
  const attendance = new ColumnBuilder(n);
  const days = new ColumnBuilder(n);
  const times = new ColumnBuilder(n);
  const facilitation = new ColumnBuilder(n);
  const accessibility = new ColumnBuilder(n);
  const languages = new ColumnBuilder(n);
  const all = [topics, audiences, attendance, days, times, facilitation, accessibility, languages];
  const hybrid = ['hybrid', 'in-person', 'online'];
  for (let d = 0; d < n; d++) {
    const g = groups[d];
    topics.pushAll(g.topics);
    audiences.pushAll(g.audiences);
    if (g.attendance === 'hybrid') attendance.pushAll(hybrid);
    else attendance.push(g.attendance);
    pushSchedule(g, days, times);
    if (g.facilitation) facilitation.push(g.facilitation);
    const access = g.location?.accessibility;
    if (access) accessibility.pushAll(access);
    languages.pushAll(g.languages);
    for (let c = 0; c < all.length; c++) all[c].endRow(d);
  }
  const builders: Record<FacetKey, ColumnBuilder> = { topics, audiences, attendance, days, times, facilitation, accessibility, languages };
  const out = {} as Record<FacetKey, FacetColumn>;
  for (const key of FACET_KEYS) out[key] = builders[key].finish(key);
  return out;
}

/** The facet columns merged into one row per group, with values numbered across facets. */
export function mergeFacets(facets: Record<FacetKey, FacetColumn>, n: number) {
  const columns = FACET_KEYS.map((key) => facets[key]);
  const facetOffset = new Int32Array(FACET_KEYS.length + 1);
  columns.forEach((column, f) => (facetOffset[f + 1] = facetOffset[f] + column.values.length));
  const allStart = new Int32Array(n + 1);
  const allIds = new Int32Array(columns.reduce((sum, column) => sum + column.ids.length, 0));
  let at = 0;
  for (let d = 0; d < n; d++) {
    for (let f = 0; f < columns.length; f++) {
      const { start, ids } = columns[f];
      const offset = facetOffset[f];
      for (let i = start[d], end = start[d + 1]; i < end; i++) allIds[at++] = offset + ids[i];
    }
    allStart[d + 1] = at;
  }
  return { allStart, allIds, facetOffset };
}
