/**
 * Which dates a schedule entry falls on, and the meetings that follow a
 * moment: `nextMeetings` and `isHappeningNow`. Wall-clock times stay fixed in
 * the group's own zone, so a London 18:30 meeting is 17:30Z in summer and
 * 18:30Z in winter. See docs/schedules.md for the rules.
 */
import type { ScheduleEntry } from '../feed/types.js';
import {
  daysInMonth,
  formatIsoDate,
  fromDayNumber,
  monthNumber,
  parseClock,
  parseIsoDate,
  pad2,
  weekNumber,
  weekdayOf,
} from './dates.js';
import { isValidTimeZone, utcToZoned, zonedTimeToUtc } from './zones.js';

/** One meeting on one day. */
export interface Meeting {
  readonly start: Date;
  /** Undefined when the feed gives no end time. */
  readonly end?: Date;
  readonly entry: ScheduleEntry;
  /** The group's IANA zone. */
  readonly timezone: string;
  /** The group's local date of the start, `YYYY-MM-DD`. */
  readonly localDate: string;
  /** The group's local start time, `HH:MM` (02:30 for a 01:30 meeting moved by the clocks going forward). */
  readonly localStart: string;
}

export interface NextMeetingsOptions {
  /** Meetings in progress at this moment, or starting after it, are returned. */
  readonly from: Date;
  /** At most this many meetings. */
  readonly count: number;
  /** How far ahead to look, in days (default 366). */
  readonly horizonDays?: number;
}

export const DEFAULT_TIMEZONE = 'Europe/London';
export const DEFAULT_HORIZON_DAYS = 366;
/** Without an end time, a meeting counts as "happening now" for this long. */
export const ASSUMED_LENGTH_MINUTES = 60;

/** An entry with its text fields read once, so testing many days is cheap. */
interface Prepared {
  readonly entry: ScheduleEntry;
  readonly zone: string;
  readonly startMinutes: number;
  readonly endMinutes: number | undefined;
  readonly first: number | undefined;
  readonly last: number | undefined;
  readonly once: number | undefined;
  readonly except: ReadonlySet<number>;
  readonly interval: number;
  readonly anchorWeek: number;
  readonly anchorMonth: number;
}

function prepare(entry: ScheduleEntry): Prepared | undefined {
  const zone = entry.timezone || DEFAULT_TIMEZONE;
  const startMinutes = parseClock(entry.start);
  // An unknown zone would put every meeting at a wrong time; better none.
  if (startMinutes === undefined || !isValidTimeZone(zone)) return undefined;
  const first = parseIsoDate(entry.from);
  const except = new Set<number>();
  for (const text of entry.except ?? []) {
    const day = parseIsoDate(text);
    if (day !== undefined) except.add(day);
  }
  // Fortnights and "every 3 months" count from the `from` date; without one,
  // from the week of 1 January 1970 (Monday 29 December 1969; weeks start on
  // Monday, as iCalendar's default) and from January 1970.
  const anchor = fromDayNumber(first ?? 0);
  return {
    entry,
    zone,
    startMinutes,
    endMinutes: parseClock(entry.end),
    first,
    last: parseIsoDate(entry.until),
    once: parseIsoDate(entry.date),
    except,
    interval: Math.max(1, Math.floor(entry.interval || 1)),
    anchorWeek: weekNumber(first ?? 0),
    anchorMonth: monthNumber(anchor.year, anchor.month),
  };
}

/** Whether the pattern (ignoring from/until/except) falls on this day. */
function patternMatches(p: Prepared, dayNumber: number): boolean {
  const entry = p.entry;
  const weekday = weekdayOf(dayNumber);
  switch (entry.freq) {
    case 'once':
      return dayNumber === p.once;
    case 'weekly': {
      if ((weekNumber(dayNumber) - p.anchorWeek) % p.interval !== 0) return false;
      if (entry.byday.length === 0) return p.first !== undefined && weekday === weekdayOf(p.first);
      return entry.byday.some((b) => b.day === weekday);
    }
    case 'monthly': {
      const { year, month, day } = fromDayNumber(dayNumber);
      if ((monthNumber(year, month) - p.anchorMonth) % p.interval !== 0) return false;
      const length = daysInMonth(year, month);
      const monthDay = entry.bymonthday;
      if (monthDay !== undefined) {
        const wanted = monthDay > 0 ? monthDay : length + monthDay + 1;
        if (day !== wanted) return false;
        // iCalendar semantics: BYDAY and BYMONTHDAY together must both hold.
        return entry.byday.length === 0 || entry.byday.some((b) => b.day === weekday);
      }
      if (entry.byday.length === 0) return p.first !== undefined && day === fromDayNumber(p.first).day;
      const fromStart = Math.floor((day - 1) / 7) + 1;
      const fromEnd = -(Math.floor((length - day) / 7) + 1);
      return entry.byday.some(
        (b) => b.day === weekday && (b.ordinal === 0 || b.ordinal === fromStart || b.ordinal === fromEnd),
      );
    }
    default:
      return false;
  }
}

function occursOn(p: Prepared, dayNumber: number): boolean {
  if (p.first !== undefined && dayNumber < p.first) return false;
  if (p.last !== undefined && dayNumber > p.last) return false;
  if (p.except.has(dayNumber)) return false;
  return patternMatches(p, dayNumber);
}

/**
 * Day numbers (days since 1970-01-01, in the group's calendar) on which the
 * entry meets, from `fromDay` to `toDay` inclusive, at most `limit` of them.
 * Used by the iCalendar export to find the first occurrence.
 */
export function occurrenceDays(entry: ScheduleEntry, fromDay: number, toDay: number, limit = Infinity): number[] {
  const p = prepare(entry);
  return p ? daysOf(p, fromDay, toDay, limit) : [];
}

function daysOf(p: Prepared, fromDay: number, toDay: number, limit: number): number[] {
  const days: number[] = [];
  let start = fromDay;
  let stop = toDay;
  if (p.first !== undefined) start = Math.max(start, p.first);
  if (p.last !== undefined) stop = Math.min(stop, p.last);
  if (p.entry.freq === 'once') {
    if (p.once !== undefined && p.once >= start && p.once <= stop && occursOn(p, p.once)) days.push(p.once);
    return days;
  }
  for (let day = start; day <= stop && days.length < limit; day++) {
    if (occursOn(p, day)) days.push(day);
  }
  return days;
}

function meetingOn(p: Prepared, dayNumber: number): Meeting {
  const { year, month, day } = fromDayNumber(dayNumber);
  const start = zonedTimeToUtc(year, month, day, Math.floor(p.startMinutes / 60), p.startMinutes % 60, p.zone);
  let end: Date | undefined;
  if (p.endMinutes !== undefined && p.endMinutes !== p.startMinutes) {
    // An end earlier than the start means the meeting runs past midnight.
    const endDay = fromDayNumber(p.endMinutes < p.startMinutes ? dayNumber + 1 : dayNumber);
    const candidate = zonedTimeToUtc(
      endDay.year,
      endDay.month,
      endDay.day,
      Math.floor(p.endMinutes / 60),
      p.endMinutes % 60,
      p.zone,
    );
    if (candidate > start) end = candidate;
  }
  const local = utcToZoned(start, p.zone);
  return {
    start,
    ...(end ? { end } : {}),
    entry: p.entry,
    timezone: p.zone,
    localDate: formatIsoDate(dayNumber),
    localStart: `${pad2(local.hour)}:${pad2(local.minute)}`,
  };
}

/** When a meeting stops counting as in progress. */
function finishOf(meeting: Meeting): number {
  return meeting.end ? meeting.end.getTime() : meeting.start.getTime() + ASSUMED_LENGTH_MINUTES * 60_000;
}

/**
 * The next `count` meetings of one entry or several, soonest first. A meeting
 * already in progress at `from` is included, so "happening now" works.
 * Entries with an unknown time zone or an unreadable start time are left out.
 */
export function nextMeetings(
  entries: ScheduleEntry | readonly ScheduleEntry[],
  options: NextMeetingsOptions,
): Meeting[] {
  const list: readonly ScheduleEntry[] = Array.isArray(entries) ? entries : [entries as ScheduleEntry];
  const count = Math.max(0, Math.floor(options.count));
  if (count === 0) return [];
  const from = options.from.getTime();
  const horizon = options.horizonDays ?? DEFAULT_HORIZON_DAYS;
  const found: Meeting[] = [];
  for (const entry of list) {
    const p = prepare(entry);
    if (!p) continue;
    const today = localDayNumber(from, p.zone);
    // Start a day early: last night's meeting may still be running.
    let day = today - 1;
    const stop = today + horizon;
    let taken = 0;
    while (taken < count && day <= stop) {
      const days = daysOf(p, day, stop, count - taken + 1);
      if (days.length === 0) break;
      for (const d of days) {
        const meeting = meetingOn(p, d);
        if (finishOf(meeting) > from) {
          found.push(meeting);
          taken++;
          if (taken >= count) break;
        }
      }
      day = days[days.length - 1]! + 1;
    }
  }
  found.sort((a, b) => a.start.getTime() - b.start.getTime());
  return found.slice(0, count);
}

/** The meeting in progress at `now`, if any (the one that started last when several overlap). */
export function isHappeningNow(
  entries: ScheduleEntry | readonly ScheduleEntry[],
  now: Date,
): Meeting | undefined {
  const list: readonly ScheduleEntry[] = Array.isArray(entries) ? entries : [entries as ScheduleEntry];
  const candidates = nextMeetings(list, { from: now, count: list.length + 1, horizonDays: 2 });
  const t = now.getTime();
  let current: Meeting | undefined;
  for (const meeting of candidates) {
    if (meeting.start.getTime() <= t && finishOf(meeting) > t) current = meeting;
  }
  return current;
}

function localDayNumber(instant: number, zone: string): number {
  const z = utcToZoned(instant, zone);
  return Math.round(Date.UTC(z.year, z.month - 1, z.day) / 86_400_000);
}
