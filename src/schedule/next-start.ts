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
  const { entries, counts } = preparedFor(groups);
  let lastZone = '';
  let lastClock: ZoneClock | null = null;
  let k = 0;
  for (let i = 0; i < groups.length; i++) {
    let best = NaN;
    for (let n = counts[i]!; n > 0; n--) {
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
let lastReading: Reading = { entries: [], counts: new Uint32Array(0) };

/** Every entry of every group in order, and how many entries each group has. */
interface Reading {
  readonly entries: readonly (Prepared | null)[];
  readonly counts: Uint32Array;
}

function preparedFor(groups: readonly Group[]): Reading {
  if (groups === lastGroups) return lastReading;
  // Plain indexed loops: the first call, the one that counts, runs mostly
  // before the JIT has optimised anything, where iterators are dear.
  const entries: (Prepared | null)[] = [];
  const counts = new Uint32Array(groups.length);
  let frozen = Object.isFrozen(groups);
  for (let i = 0; i < groups.length; i++) {
    const schedule = groups[i]!.schedule;
    if (frozen && !Object.isFrozen(schedule)) frozen = false;
    counts[i] = schedule.length;
    for (let j = 0; j < schedule.length; j++) entries.push(prepare(schedule[j]!));
  }
  // Only a list that cannot change underneath may be remembered.
  lastGroups = frozen ? groups : undefined;
  lastReading = frozen ? { entries, counts } : { entries: [], counts: new Uint32Array(0) };
  return { entries, counts };
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

// A Map, not an object: the codes come out of regular expressions, and an
// object keyed by strings that are not interned is several times slower.
const WEEKDAY_INDEX: ReadonlyMap<string, number> = new Map(WEEKDAYS.map((code, i) => [code, i]));
const NO_DAYS: readonly number[] = Object.freeze([]);
const NO_ORDINALS: readonly number[] = Object.freeze([0, 0, 0, 0, 0, 0, 0]);
/** Without a `from` date, weeks and months count from those of 1 January 1970 (recurrence.ts). */
const EPOCH_WEEK = Math.floor((0 - weekdayIndex(0)) / 7);
const EPOCH_MONTH = 1970 * 12;

// One string per zone name, so that comparing the zones of consecutive entries is comparing pointers.
const zoneNames = new Map<string, string>();
function internZone(zone: string): string {
  let name = zoneNames.get(zone);
  if (name === undefined) {
    if (zoneNames.size > 1000) zoneNames.clear();
    zoneNames.set(zone, (name = zone));
  }
  return name;
}

function prepare(entry: ScheduleEntry): Prepared | null {
  const start = clockOf(entry.start);
  const freq = entry.freq;
  const kind = freq === 'weekly' ? WEEKLY : freq === 'monthly' ? MONTHLY : freq === 'once' ? ONCE : -1;
  if (start < 0 || kind < 0) return null;
  const first = entry.from ? dayOf(entry.from) : NaN;
  const hasFirst = first === first;
  let except = NO_DAYS;
  const cancelled = entry.except;
  if (cancelled && cancelled.length > 0) {
    const list: number[] = [];
    for (let i = 0; i < cancelled.length; i++) {
      const day = dayOf(cancelled[i]);
      if (day === day) list.push(day);
    }
    except = list;
  }
  let weekdays = 0;
  let ordinals = NO_ORDINALS;
  const byday = entry.byday;
  for (let i = 0; i < byday.length; i++) {
    const w = WEEKDAY_INDEX.get(byday[i]!.day);
    if (w === undefined) continue;
    weekdays |= 1 << w;
    const ordinal = byday[i]!.ordinal;
    if (kind === MONTHLY && Number.isInteger(ordinal) && ordinal >= -5 && ordinal <= 5) {
      if (ordinals === NO_ORDINALS) ordinals = [0, 0, 0, 0, 0, 0, 0];
      (ordinals as number[])[w]! |= 1 << (ordinal + 5);
    }
  }
  // Weekly with no weekdays meets on the weekday of `from` (see recurrence.ts).
  if (kind === WEEKLY && byday.length === 0 && hasFirst) weekdays = 1 << weekdayIndex(first);
  // Intervals count from the `from` date when there is one.
  const firstDate = hasFirst ? civil(first) : undefined;
  const end = entry.end ? clockOf(entry.end) : -1;
  const last = entry.until ? dayOf(entry.until) : NaN;
  return {
    kind,
    zone: internZone(entry.timezone || DEFAULT_TIMEZONE),
    start,
    end: end === start ? -1 : end,
    first: hasFirst ? first : -Infinity,
    last: last === last ? last : Infinity,
    once: entry.date ? dayOf(entry.date) : NaN,
    except,
    interval: Math.max(1, Math.floor(entry.interval || 1)),
    anchorWeek: hasFirst ? Math.floor((first - weekdayIndex(first)) / 7) : EPOCH_WEEK,
    anchorMonth: firstDate ? firstDate.year * 12 + firstDate.month - 1 : EPOCH_MONTH,
    weekdays,
    ordinals,
    monthDay: entry.bymonthday ?? NaN,
    firstMonthDay: firstDate ? firstDate.day : NaN,
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
    // The listed weekdays from today's on, in a week that is "on".
    const later = (week - p.anchorWeek) % p.interval === 0 ? p.weekdays >> w : 0;
    if (later === 0) {
      d += 7 - w;
      w = 0;
      week++;
      continue;
    }
    const skip = 31 - Math.clz32(later & -later);
    d += skip;
    w += skip;
    if (d > stop) return NaN;
    const start = startIfRunning(p, clock, d, from);
    if (start === start) return start;
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
  // Which days of this month match, as bits (bit x - 1 for day x), then
  // the listed ones from `monthDay` on, soonest first.
  let days = monthDays(p.ordinals, weekdayIndex(d - monthDay + 1), length) & ~((1 << (monthDay - 1)) - 1);
  while (days !== 0) {
    const x = 32 - Math.clz32(days & -days);
    const at = d + x - monthDay;
    if (at > stop) return NaN;
    const start = startIfRunning(p, clock, at, from);
    if (start === start) return start;
    days &= days - 1;
  }
  return NaN;
}

/**
 * Days of a month of `length` days starting on weekday `firstWeekday` that
 * the weekday ordinals pick (`2TU`, `-1FR`, `TU`), as bits: day x is bit x - 1.
 * A fifth Monday simply has no bit in a month with four.
 */
function monthDays(ordinals: readonly number[], firstWeekday: number, length: number): number {
  let days = 0;
  for (let w = 0; w < 7; w++) {
    const listed = ordinals[w]!;
    if (listed === 0) continue;
    const first = 1 + ((w - firstWeekday + 7) % 7);
    const count = Math.floor((length - first) / 7) + 1;
    for (let i = 0; i < count; i++) {
      // Bit 5 is "every", bits 6–10 first to fifth, bits 0–4 fifth-last to last.
      if (listed & ((1 << 5) | (1 << (i + 6)) | (1 << (i - count + 5)))) days |= 1 << (first + 7 * i - 1);
    }
  }
  return days;
}

/** The start of the meeting on day `d`, or NaN when that day is cancelled or the meeting is over by `from`. */
function startIfRunning(p: Prepared, clock: ZoneClock, d: number, from: number): number {
  if (p.except.length !== 0 && p.except.includes(d)) return NaN;
  const start = clock.toUtc(d, p.start);
  // Every meeting finishes after it starts, so only one already begun needs its end.
  if (start > from) return start;
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
class ZoneClock {
  constructor(
    /** The zone's local day number at `from`. */
    readonly today: number,
    /** Instants at which the offset changes, in order. */
    private readonly changes: readonly number[],
    /** The offset before each change, and after the last (one more than `changes`). */
    private readonly offsets: readonly number[],
  ) {}

  /** Wall-clock minutes on local day `day` to an instant, as `zonedTimeToUtc` resolves it. */
  toUtc(day: number, minutes: number): number {
    const wall = day * DAY + minutes * MINUTE;
    if (this.changes.length === 0) return wall - this.offsets[0]!;
    // The same steps as zonedTimeToUtc: a skipped time moves forward by the
    // jump, a repeated time is the first of the two.
    const before = this.offsetOf(wall - DAY);
    const after = this.offsetOf(wall + DAY);
    if (before === after) return wall - before;
    const withBefore = wall - before;
    const withAfter = wall - after;
    const beforeFits = this.offsetOf(withBefore) === before;
    const afterFits = this.offsetOf(withAfter) === after;
    if (beforeFits && afterFits) return Math.min(withBefore, withAfter);
    return afterFits ? withAfter : withBefore;
  }

  private offsetOf(instant: number): number {
    let i = 0;
    while (i < this.changes.length && instant >= this.changes[i]!) i++;
    return this.offsets[i]!;
  }
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
  return new ZoneClock(today, changes, offsets);
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
