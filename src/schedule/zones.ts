/**
 * Time-zone arithmetic with nothing but `Intl`: wall-clock time in an IANA
 * zone to an instant and back. No date library ships to the browser.
 */

/** A wall-clock reading in some zone. Months are 1–12. */
export interface ZonedTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

// Building an Intl.DateTimeFormat costs far more than using one, and a
// directory of a few hundred groups asks for the same handful of zones
// thousands of times.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * Europe/London, the zone of nearly every group, by its published rule:
 * British Summer Time from 01:00 UTC on the last Sunday in March to 01:00 UTC
 * on the last Sunday in October (the Summer Time Order 2002; the same dates
 * since 1996). The first time-zone formatter a page makes costs the browser
 * 40–90 ms here (it loads the zone data), four times that on a slow phone, and
 * it fell in the middle of the first results; a UK-only page now never pays
 * it. Outside these years, and for every other zone, Intl decides. A test
 * compares the rule with the browser's zone data for every year it covers, so
 * a change in the law shows up as a failing test.
 */
export const LONDON_RULE_YEARS = { from: 1996, until: 2037 } as const;
const HOUR = 3_600_000;

/** 00:00 UTC on the last Sunday of `month` (1–12) in `year`. */
function lastSundayUtc(year: number, month: number): number {
  const last = Date.UTC(year, month, 0); // day 0 of the next month: the last day of this one
  return last - new Date(last).getUTCDay() * DAY;
}

/** The London offset by rule, or undefined outside the years the rule covers. */
function londonOffset(instant: number): number | undefined {
  const year = new Date(instant).getUTCFullYear();
  if (year < LONDON_RULE_YEARS.from || year > LONDON_RULE_YEARS.until) return undefined;
  return instant >= lastSundayUtc(year, 3) + HOUR && instant < lastSundayUtc(year, 10) + HOUR ? HOUR : 0;
}

/** True when the runtime knows this IANA zone. */
export function isValidTimeZone(timeZone: string): boolean {
  if (!timeZone) return false;
  if (timeZone === 'Europe/London' || formatters.has(timeZone)) return true;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock reading of `date` in `timeZone`. Throws RangeError for an unknown zone. */
export function utcToZoned(date: Date | number, timeZone: string): ZonedTime {
  const instant = typeof date === 'number' ? date : date.getTime();
  return wallClock(instant + offsetAt(instant, timeZone));
}

/** The fields of a wall-clock time held as milliseconds (local time written as if it were UTC). */
export function wallClock(ms: number): ZonedTime {
  const wall = new Date(ms);
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
  };
}

/** The wall-clock reading straight from Intl, the slow and sure way. */
function partsOf(instant: number, timeZone: string): ZonedTime {
  const parts = formatterFor(timeZone).formatToParts(instant);
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let bc = false;
  for (const part of parts) {
    switch (part.type) {
      case 'year':
        year = Number(part.value);
        break;
      case 'month':
        month = Number(part.value);
        break;
      case 'day':
        day = Number(part.value);
        break;
      case 'hour':
        hour = Number(part.value);
        break;
      case 'minute':
        minute = Number(part.value);
        break;
      case 'second':
        second = Number(part.value);
        break;
      case 'era':
        bc = part.value.startsWith('B');
        break;
    }
  }
  return { year: bc ? 1 - year : year, month, day, hour, minute, second };
}

const MAX_CACHED_DAYS = 20_000;
/** Per zone and UTC day: one offset, or the change that day (found to the minute). */
type DayOffsets = number | { readonly at: number; readonly before: number; readonly after: number };
const days = new Map<string, DayOffsets>();
const offsetFormatters = new Map<string, Intl.DateTimeFormat | null>();

/**
 * Milliseconds the zone is ahead of UTC at `instant` (BST: +3 600 000).
 *
 * Asking Intl is slow (tens of microseconds), and a directory asks about a
 * few zones on the same few days again and again, so offsets are kept per
 * zone and UTC day: two questions settle a day, and only a day on which the
 * clocks change needs a search for the minute they change.
 */
export function offsetAt(instant: number, timeZone: string): number {
  const day = Math.floor(instant / DAY);
  const key = `${timeZone}|${day}`;
  let known = days.get(key);
  if (known === undefined) {
    known = settleDay(day * DAY, timeZone);
    if (days.size >= MAX_CACHED_DAYS) days.clear();
    days.set(key, known);
  }
  if (typeof known === 'number') return known;
  return instant < known.at ? known.before : known.after;
}

function settleDay(dayStart: number, timeZone: string): DayOffsets {
  const before = computeOffset(dayStart, timeZone);
  const after = computeOffset(dayStart + DAY, timeZone);
  if (before === after) return before;
  let lo = dayStart;
  let hi = dayStart + DAY;
  while (hi - lo > MINUTE) {
    const mid = lo + Math.floor((hi - lo) / (2 * MINUTE)) * MINUTE;
    if (computeOffset(mid, timeZone) === before) lo = mid;
    else hi = mid;
  }
  return { at: hi, before, after };
}

function computeOffset(instant: number, timeZone: string): number {
  if (timeZone === 'Europe/London') {
    const byRule = londonOffset(instant);
    if (byRule !== undefined) return byRule;
  }
  return offsetFromIntl(instant, timeZone);
}

/** The offset as the browser's own zone data has it. Exported for the test that checks the London rule. */
export function offsetFromIntl(instant: number, timeZone: string): number {
  // "GMT+5:45" from one format() call is several times cheaper than formatToParts;
  // browsers without `longOffset` (before 2022) take the longer way.
  let formatter = offsetFormatters.get(timeZone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    } catch {
      formatter = null;
    }
    offsetFormatters.set(timeZone, formatter);
  }
  const match = formatter ? /GMT(?:([+\-−])(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?)?$/.exec(formatter.format(instant)) : null;
  if (match) {
    if (!match[1]) return 0;
    const sign = match[1] === '+' ? 1 : -1;
    return sign * (Number(match[2]) * 3_600_000 + Number(match[3] ?? 0) * MINUTE + Number(match[4] ?? 0) * 1000);
  }
  const wholeSeconds = Math.floor(instant / 1000) * 1000;
  const z = partsOf(wholeSeconds, timeZone);
  return wallAsUtc(z.year, z.month, z.day, z.hour, z.minute, z.second) - wholeSeconds;
}

/** A wall-clock reading read as if it were UTC; the basis of all the arithmetic here. */
export function wallAsUtc(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

/**
 * The instant at which clocks in `timeZone` show the given wall-clock time.
 *
 * Clocks that jump make two awkward cases, both settled by reading the time
 * with the offset in force *before* the change (what RFC 5545 and Temporal's
 * "compatible" option do):
 * - a time skipped when clocks go forward (01:30 in London on the last Sunday
 *   of March) is moved forward by the jump: 02:30 BST;
 * - a time that happens twice when clocks go back (01:30 on the last Sunday of
 *   October) is the first of the two: 01:30 BST.
 *
 * Throws RangeError for an unknown zone.
 */
export function zonedTimeToUtc(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  timeZone: string,
): Date {
  const wall = wallAsUtc(year, month, day, hour, minute);
  // Offsets a day either side bracket any change of offset near this time.
  const before = offsetAt(wall - DAY, timeZone);
  const after = offsetAt(wall + DAY, timeZone);
  // No zone changes its clocks twice within two days.
  if (before === after) return new Date(wall - before);
  const withBefore = wall - before;
  const withAfter = wall - after;
  const beforeFits = offsetAt(withBefore, timeZone) === before;
  const afterFits = offsetAt(withAfter, timeZone) === after;
  if (beforeFits && afterFits) return new Date(Math.min(withBefore, withAfter));
  if (afterFits) return new Date(withAfter);
  return new Date(withBefore);
}

/** The city part of an IANA id, in words: `America/New_York` → `New York`. */
export function zoneCity(timeZone: string): string {
  const last = timeZone.split('/').pop() ?? timeZone;
  return last.replace(/_/g, ' ');
}

export { MINUTE, DAY };
