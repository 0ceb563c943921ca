/**
 * Which values of each facet a group has. Computed once per group when the
 * index is built; the days and times come straight from the schedule entries
 * (no date arithmetic), so they do not depend on the current time.
 */
import { WEEKDAYS, type Group, type ScheduleEntry, type Weekday } from '../feed/types.js';
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

/** Morning before 12:00, afternoon 12:00–16:59, evening from 17:00, by the entry's own clock. */
export function timeOfDay(start: string): TimeOfDay | undefined {
  const match = /^(\d{1,2}):(\d{2})/.exec(start);
  if (!match) return undefined;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
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

/**
 * A hybrid group can be attended in person or online, so it carries those two
 * values as well as its own; the facet then counts it under each.
 */
function attendanceValues(group: Group): string[] {
  return group.attendance === 'hybrid' ? ['hybrid', 'in-person', 'online'] : [group.attendance];
}

/** Every facet's values for one group, without repeats. */
export function facetValuesOf(group: Group): Record<FacetKey, readonly string[]> {
  const days = new Set<string>();
  const times = new Set<string>();
  for (const entry of group.schedule) {
    for (const day of entryDays(entry)) days.add(day);
    const time = timeOfDay(entry.start);
    if (time) times.add(time);
  }
  return {
    topics: group.topics,
    audiences: group.audiences,
    attendance: attendanceValues(group),
    days: [...days],
    times: [...times],
    facilitation: group.facilitation ? [group.facilitation] : [],
    accessibility: group.location?.accessibility ?? [],
    languages: group.languages,
  };
}
