/**
 * What the facet values mean, for facet-index.ts: the days and times come
 * straight from the schedule entries (no date arithmetic), so they do not
 * depend on the current time.
 */
import { WEEKDAYS, type ScheduleEntry, type Weekday } from '../feed/types.js';
import type { FacetKey, TimeOfDay } from './types.js';

/** Facets whose values have a natural order; the rest are sorted alphabetically. */
export const FIXED_VALUE_ORDER: Partial<Record<FacetKey, readonly string[]>> = {
  attendance: ['in-person', 'hybrid', 'online', 'phone'],
  days: WEEKDAYS,
  times: ['morning', 'afternoon', 'evening'],
  facilitation: ['peer', 'co-facilitated', 'professional'],
};

const MORNING_END = 12 * 60;
const AFTERNOON_END = 17 * 60;

const ZERO = 0x30;
const COLON = 0x3a;

/** The digit at `i`, or -1. */
function digitAt(text: string, i: number): number {
  const d = text.charCodeAt(i) - ZERO;
  return d >= 0 && d <= 9 ? d : -1;
}

/**
 * Morning before 12:00, afternoon 12:00–16:59, evening from 17:00, by the
 * entry's own clock. Read by hand (`H:MM` or `HH:MM`, anything after
 * ignored) because it runs for every schedule entry when indexing.
 */
export function timeOfDay(start: string): TimeOfDay | undefined {
  const h1 = digitAt(start, 0);
  if (h1 < 0) return undefined;
  const h2 = digitAt(start, 1);
  const colon = h2 < 0 ? 1 : 2;
  if (start.charCodeAt(colon) !== COLON) return undefined;
  const m1 = digitAt(start, colon + 1);
  const m2 = digitAt(start, colon + 2);
  if (m1 < 0 || m2 < 0) return undefined;
  const minutes = (h2 < 0 ? h1 : h1 * 10 + h2) * 60 + m1 * 10 + m2;
  if (minutes < MORNING_END) return 'morning';
  return minutes < AFTERNOON_END ? 'afternoon' : 'evening';
}

function weekdayOfDate(date: string): Weekday | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return undefined;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))).getUTCDay();
  // getUTCDay counts from Sunday; WEEKDAYS starts on Monday.
  return Number.isNaN(day) ? undefined : WEEKDAYS[(day + 6) % 7];
}

/** Weekly `TU` and monthly `2TU` both count as Tuesday; a one-off counts as its date's weekday. */
export function entryDays(entry: ScheduleEntry): Weekday[] {
  if (entry.freq === 'once') {
    const day = entry.date ? weekdayOfDate(entry.date) : undefined;
    return day ? [day] : [];
  }
  return entry.byday.map((b) => b.day);
}
