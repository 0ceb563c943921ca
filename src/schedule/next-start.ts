/**
 * The next meeting start of every group in a directory at once, for sorting
 * thousands of groups by "soonest meeting" the moment a feed arrives.
 *
 * It gives exactly what `nextMeetings(group.schedule, { from: now, count: 1 })`
 * gives for the start (a meeting in progress at `now` included), but is
 * built for bulk: each zone's clock changes within the horizon are found once
 * per call (most groups share Europe/London), each entry's text is read once,
 * and the days themselves are whole-number arithmetic with no `Date` or
 * `Intl` per group. The offsets come from `offsetAt` in zones.ts, so clock
 * changes are resolved exactly as `nextMeetings` resolves them.
 */
import type { Group, ScheduleEntry } from '../feed/types.js';
import { WEEKDAYS } from '../feed/types.js';
import { parseClock, parseIsoDate } from './dates.js';
import { ASSUMED_LENGTH_MINUTES, DEFAULT_HORIZON_DAYS, DEFAULT_TIMEZONE } from './recurrence.js';
import { isValidTimeZone, offsetAt } from './zones.js';

const MINUTE = 60_000;
const DAY = 86_400_000;
const ASSUMED_LENGTH = ASSUMED_LENGTH_MINUTES * MINUTE;

export interface NextStartsOptions {
  /** How far ahead to look, in days (default 366, as `nextMeetings`). */
  readonly horizonDays?: number;
}

/**
 * For each group, in order, the instant (ms since 1970) its next meeting
 * starts — or started, if it is still in progress at `now` — or NaN when it
 * has none within the horizon. Agrees with
 * `nextMeetings(group.schedule, { from: now, count: 1 })[0]?.start`.
 */
export function nextStarts(groups: readonly Group[], now: Date, options: NextStartsOptions = {}): Float64Array {
  const from = now.getTime();
  const horizon = options.horizonDays ?? DEFAULT_HORIZON_DAYS;
  const out = new Float64Array(groups.length);
  const clocks = new Map<string, ZoneClock | null>();
  const entries = preparedFor(groups);
  let lastZone = '';
  let lastClock: ZoneClock | null = null;
  let k = 0;
  for (let i = 0; i < groups.length; i++) {
    let best = NaN;
    for (let n = groups[i]!.schedule.length; n > 0; n--) {
      const p = entries[k++];
      if (!p) continue;
      // Consecutive entries nearly always share a zone: skip the map then.
      if (p.zone !== lastZone) {
        let clock = clocks.get(p.zone);
        if (clock === undefined) clocks.set(p.zone, (clock = clockFor(p.zone, from, horizon)));
        lastZone = p.zone;
        lastClock = clock;
      }
      if (!lastClock) continue;
      const start = nextStartOf(p, lastClock, from, horizon);
      if (start < best || best !== best) best = start;
    }
    out[i] = best;
  }
  return out;
}

// ---- Each entry read once ----

const WEEKLY = 0;
const MONTHLY = 1;
const ONCE = 2;

/** An entry's fields as numbers; day fields are day numbers (days since 1970-01-01). */
interface Prepared {
  readonly kind: number;
  readonly zone: string;
  readonly start: number;
  /** -1 when there is no usable end time. */
  readonly end: number;
  readonly first: number;
  readonly last: number;
  readonly once: number;
  readonly except: readonly number[];
  readonly interval: number;
  readonly anchorWeek: number;
  readonly anchorMonth: number;
  /** Bit w set: meets on weekday w (0 = Monday), whatever the ordinal. */
  readonly weekdays: number;
  /** Per weekday, bit (ordinal + 5) set for each ordinal -5…5 listed with it. */
  readonly ordinals: readonly number[];
  /** Monthly on a day of the month; NaN when not. */
  readonly monthDay: number;
  /** Day of the month of `from`, for monthly entries with neither byday nor bymonthday. */
  readonly firstMonthDay: number;
}

/**
 * Every entry of every group, read, in order. A directory is frozen, so the
 * reading of the last one asked about is kept: the finder asks again with a
 * new `now` every minute. (A WeakMap per entry cost more than reading again.)
 */
let lastGroups: readonly Group[] | undefined;
let lastEntries: readonly (Prepared | null)[] = [];

function preparedFor(groups: readonly Group[]): readonly (Prepared | null)[] {
  if (groups === lastGroups) return lastEntries;
  const entries: (Prepared | null)[] = [];
  for (const group of groups) for (const entry of group.schedule) entries.push(prepare(entry));
  // Only a list that cannot change underneath may be remembered.
  const frozen = Object.isFrozen(groups) && groups.every((g) => Object.isFrozen(g.schedule));
  lastGroups = frozen ? groups : undefined;
  lastEntries = frozen ? entries : [];
  return entries;
}

// A feed repeats the same few times and dates thousands of times.
const clockTexts = new Map<string, number>();
const dateTexts = new Map<string, number>();

function clockOf(text: string | undefined): number {
  if (!text) return -1;
  let value = clockTexts.get(text);
  if (value === undefined) {
    value = parseClock(text) ?? -1;
    if (clockTexts.size > 5000) clockTexts.clear();
    clockTexts.set(text, value);
  }
  return value;
}

function dayOf(text: string | undefined): number {
  if (!text) return NaN;
  let value = dateTexts.get(text);
  if (value === undefined) {
    value = parseIsoDate(text) ?? NaN;
    if (dateTexts.size > 5000) dateTexts.clear();
    dateTexts.set(text, value);
  }
  return value;
}

function prepare(entry: ScheduleEntry): Prepared | null {
  const zone = entry.timezone || DEFAULT_TIMEZONE;
  const start = clockOf(entry.start);
  const kind = entry.freq === 'weekly' ? WEEKLY : entry.freq === 'monthly' ? MONTHLY : entry.freq === 'once' ? ONCE : -1;
  if (start < 0 || kind < 0) return null;
  const first = dayOf(entry.from);
  const except: number[] = [];
  for (const text of entry.except ?? []) {
    const day = dayOf(text);
    if (day === day) except.push(day);
  }
  let weekdays = 0;
  const ordinals = [0, 0, 0, 0, 0, 0, 0];
  for (const b of entry.byday) {
    const w = WEEKDAYS.indexOf(b.day);
    if (w < 0) continue;
    weekdays |= 1 << w;
    if (Number.isInteger(b.ordinal) && b.ordinal >= -5 && b.ordinal <= 5) ordinals[w]! |= 1 << (b.ordinal + 5);
  }
  // Weekly with no weekdays meets on the weekday of `from` (see recurrence.ts).
  if (kind === WEEKLY && entry.byday.length === 0 && first === first) weekdays = 1 << weekdayIndex(first);
  // Intervals count from the `from` date, or from 1970 (recurrence.ts).
  const anchor = first === first ? first : 0;
  const anchorDate = civil(anchor);
  const end = clockOf(entry.end);
  const last = dayOf(entry.until);
  return {
    kind,
    zone,
    start,
    end: end === start ? -1 : end,
    first: first === first ? first : -Infinity,
    last: last === last ? last : Infinity,
    once: dayOf(entry.date),
    except,
    interval: Math.max(1, Math.floor(entry.interval || 1)),
    anchorWeek: Math.floor((anchor - weekdayIndex(anchor)) / 7),
    anchorMonth: anchorDate.year * 12 + anchorDate.month - 1,
    weekdays,
    ordinals,
    monthDay: entry.bymonthday ?? NaN,
    firstMonthDay: first === first ? civil(first).day : NaN,
  };
}

// ---- Finding the day ----

/** The first meeting of `p` from yesterday (local) on that has not finished by `from`. */
function nextStartOf(p: Prepared, clock: ZoneClock, from: number, horizon: number): number {
  // Start a day early: last night's meeting may still be running.
  const day = Math.max(clock.today - 1, p.first);
  const stop = Math.min(clock.today + horizon, p.last);
  if (day > stop) return NaN;
  if (p.kind === ONCE) return p.once >= day && p.once <= stop ? startIfRunning(p, clock, p.once, from) : NaN;
  return p.kind === WEEKLY ? weekly(p, clock, day, stop, from) : monthly(p, clock, day, stop, from);
}

function weekly(p: Prepared, clock: ZoneClock, day: number, stop: number, from: number): number {
  if (p.weekdays === 0) return NaN;
  let d = day;
  let w = weekdayIndex(d);
  let week = Math.floor((d - w) / 7);
  while (d <= stop) {
    if ((week - p.anchorWeek) % p.interval !== 0) {
      d += 7 - w;
      w = 0;
      week++;
      continue;
    }
    if ((p.weekdays >> w) & 1) {
      const start = startIfRunning(p, clock, d, from);
      if (start === start) return start;
    }
    d++;
    if (++w === 7) {
      w = 0;
      week++;
    }
  }
  return NaN;
}

function monthly(p: Prepared, clock: ZoneClock, day: number, stop: number, from: number): number {
  const date = civil(day);
  let year = date.year;
  let month = date.month;
  let monthDay = date.day;
  let d = day;
  while (d <= stop) {
    const length = daysInMonth(year, month);
    if ((year * 12 + month - 1 - p.anchorMonth) % p.interval === 0) {
      const start = inMonth(p, clock, d, monthDay, length, stop, from);
      if (start === start) return start;
    }
    d += length - monthDay + 1;
    monthDay = 1;
    if (++month === 13) {
      month = 1;
      year++;
    }
  }
  return NaN;
}

/** The first running meeting in one month, from day `d` (its `monthDay`) to the month's end. */
function inMonth(p: Prepared, clock: ZoneClock, d: number, monthDay: number, length: number, stop: number, from: number): number {
  if (p.monthDay === p.monthDay || p.weekdays === 0) {
    // One day of the month: the day asked for, or else the day of `from`.
    const wanted =
      p.monthDay === p.monthDay ? (p.monthDay > 0 ? p.monthDay : length + p.monthDay + 1) : p.firstMonthDay;
    if (!(wanted >= monthDay && wanted <= length)) return NaN;
    const at = d + wanted - monthDay;
    // BYDAY with BYMONTHDAY: both must hold, ordinals aside.
    if (p.weekdays !== 0 && !((p.weekdays >> weekdayIndex(at)) & 1)) return NaN;
    return at <= stop ? startIfRunning(p, clock, at, from) : NaN;
  }
  let w = weekdayIndex(d);
  for (let x = monthDay; x <= length; x++, d++) {
    if (d > stop) return NaN;
    const listed = p.ordinals[w]!;
    if (listed !== 0) {
      const fromStart = Math.floor((x - 1) / 7) + 1;
      const fromEnd = -(Math.floor((length - x) / 7) + 1);
      if (listed & ((1 << 5) | (1 << (fromStart + 5)) | (1 << (fromEnd + 5)))) {
        const start = startIfRunning(p, clock, d, from);
        if (start === start) return start;
      }
    }
    if (++w === 7) w = 0;
  }
  return NaN;
}

/** The start of the meeting on day `d`, or NaN when that day is cancelled or the meeting is over by `from`. */
function startIfRunning(p: Prepared, clock: ZoneClock, d: number, from: number): number {
  if (p.except.length !== 0 && p.except.includes(d)) return NaN;
  const start = clock.toUtc(d, p.start);
  let finish = start + ASSUMED_LENGTH;
  if (p.end >= 0) {
    // An end earlier than the start means the meeting runs past midnight.
    const end = clock.toUtc(p.end < p.start ? d + 1 : d, p.end);
    if (end > start) finish = end;
  }
  return finish > from ? start : NaN;
}

// ---- Calendar arithmetic on day numbers ----

/** 0 = Monday … 6 = Sunday; 1970-01-01 was a Thursday. */
function weekdayIndex(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return MONTH_LENGTHS[month - 1]!;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/** Day number to proleptic Gregorian date, without a Date (the civil-from-days algorithm). */
function civil(day: number): { year: number; month: number; day: number } {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  return {
    year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0),
    month,
    day: dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1,
  };
}

// ---- One zone's clock over the horizon ----

/**
 * A zone's offsets over the days one call can ask about, as a short list of
 * changes, agreeing with `offsetAt` at every instant in that span.
 */
interface ZoneClock {
  /** The zone's local day number at `from`. */
  readonly today: number;
  /** Wall-clock minutes on local day `day` to an instant, as `zonedTimeToUtc` resolves it. */
  toUtc(day: number, minutes: number): number;
}

/** How far apart the days sampled for a change of offset are; no zone changes twice within a week. */
const SAMPLE_DAYS = 7;

function clockFor(zone: string, from: number, horizon: number): ZoneClock | null {
  if (!isValidTimeZone(zone)) return null;
  const today = Math.floor((from + offsetAt(from, zone)) / DAY);
  // Meetings from yesterday to the horizon, ends on the next day, and the
  // day either side that zonedTimeToUtc looks at, with room for any offset.
  const firstDay = today - 4;
  const lastDay = today + Math.ceil(Math.max(0, horizon)) + 5;
  const changes: number[] = [];
  const offsets = [offsetAt(firstDay * DAY, zone)];
  let day = firstDay;
  let offset = offsets[0]!;
  while (day < lastDay) {
    const next = Math.min(day + SAMPLE_DAYS, lastDay);
    const nextOffset = offsetAt(next * DAY, zone);
    if (nextOffset !== offset) {
      // offsetAt settles each UTC day by its two ends, so a change lies in
      // the day whose start and end differ.
      for (let d = day; d < next; d++) {
        const before = offsetAt(d * DAY, zone);
        const after = offsetAt((d + 1) * DAY, zone);
        if (before !== after) {
          changes.push(changeWithin(d, before, zone));
          offsets.push(after);
        }
      }
    }
    day = next;
    offset = nextOffset;
  }
  if (changes.length === 0) {
    const fixed = offsets[0]!;
    return { today, toUtc: (d, minutes) => d * DAY + minutes * MINUTE - fixed };
  }
  const offsetOf = (instant: number): number => {
    let i = 0;
    while (i < changes.length && instant >= changes[i]!) i++;
    return offsets[i]!;
  };
  return {
    today,
    toUtc(d, minutes) {
      // The same steps as zonedTimeToUtc: a skipped time moves forward by
      // the jump, a repeated time is the first of the two.
      const wall = d * DAY + minutes * MINUTE;
      const before = offsetOf(wall - DAY);
      const after = offsetOf(wall + DAY);
      if (before === after) return wall - before;
      const withBefore = wall - before;
      const withAfter = wall - after;
      const beforeFits = offsetOf(withBefore) === before;
      const afterFits = offsetOf(withAfter) === after;
      if (beforeFits && afterFits) return Math.min(withBefore, withAfter);
      return afterFits ? withAfter : withBefore;
    },
  };
}

/** The minute in UTC day `day` at which `offsetAt` stops giving `before`. */
function changeWithin(day: number, before: number, zone: string): number {
  let lo = day * DAY;
  let hi = lo + DAY;
  while (hi - lo > MINUTE) {
    const mid = lo + Math.floor((hi - lo) / (2 * MINUTE)) * MINUTE;
    if (offsetAt(mid, zone) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}
