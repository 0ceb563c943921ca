/**
 * Open Referral schedules (ORUK v1 `regular_schedules`, HSDS 3 `schedules`) →
 * canonical schedule entries.
 *
 * HSDS writes times with a UTC marker (`18:30Z`, `09:00-05:00`) or gives a
 * schedule-wide `timezone` as a number of hours. UK publishers mostly mean
 * London clock time whichever marker their software adds, so a time at
 * London's own offsets (+00:00 in winter, +01:00 in summer) is read as London
 * clock time: "18:30Z" stays 18:30 all year rather than drifting an hour every
 * spring. Any other whole-hour offset is kept exactly, as a fixed-offset IANA
 * zone (`Etc/GMT+5` for UTC−5). Both are reported so the publisher can check.
 */
import type { RawSchedule } from './types.js';
import { hhmm, isoDate, num, splitList, text, weekday, type Obj } from './shared.js';

/** Reports a problem about a field of the schedule being read. */
export type ScheduleReport = (action: 'dropped' | 'warning', field: string, message: string) => void;

const BYDAY = /^([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$/;
const LONDON = 'Europe/London';

/** A clock time as written, with its UTC offset in minutes when it had one. */
interface WrittenTime {
  clock: string;
  offset?: number;
}

/** `18:30`, `18:30:00`, `18:30Z`, `18:30:00+01:00`, `0930-0500`. */
export function parseHsdsTime(value: string): WrittenTime | undefined {
  const m = /^(\d{1,2}):?(\d{2})(?::?\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i.exec(value.trim());
  if (!m) return undefined;
  const hours = Number(m[1]);
  const minutes = Number(m[2]);
  if (hours > 24 || minutes > 59 || (hours === 24 && minutes > 0)) return undefined;
  // 24:00 is how some systems write "until midnight".
  const clock = hhmm(hours === 24 ? 0 : hours, minutes);
  const zone = m[3];
  if (!zone) return { clock };
  if (zone.toUpperCase() === 'Z') return { clock, offset: 0 };
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return { clock, offset: sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0')) };
}

/** The IANA zone a UTC offset (minutes) stands for, or `undefined` when no whole-hour zone fits. */
function zoneForOffset(offset: number): string | undefined {
  if (offset === 0 || offset === 60) return LONDON;
  if (offset % 60 !== 0 || Math.abs(offset) > 14 * 60) return undefined;
  const hours = offset / 60;
  // POSIX-style names: Etc/GMT+5 is five hours *behind* UTC.
  return `Etc/GMT${hours > 0 ? '-' : '+'}${Math.abs(hours)}`;
}

function shiftClock(clock: string, minutes: number): string {
  const [h, m] = clock.split(':').map(Number) as [number, number];
  const total = (((h * 60 + m + minutes) % 1440) + 1440) % 1440;
  return hhmm(Math.floor(total / 60), total % 60);
}

/** Days and ordinals from `TH,FR`, `2MO`, `-1FR` or a `weekday` name, upper-cased. */
function bydayOf(s: Obj, report: ScheduleReport): string[] {
  const out: string[] = [];
  for (const part of splitList(text(s.byday))) {
    const code = part.toUpperCase().replace(/^\+/, '');
    if (BYDAY.test(code)) out.push(code);
    else report('dropped', 'byday', `"${part}" is not a day code like MO or 2TU, so it was left out.`);
  }
  // ORUK v1 sometimes names the day in `weekday` ("Monday", "Mon", "MO") instead of `byday`.
  const named = weekday(text(s.weekday) ?? '');
  if (out.length === 0 && named) out.push(named);
  return out;
}

/**
 * One HSDS schedule as canonical entries (several when `bymonthday` lists
 * several days, since a canonical entry holds one). Empty when the schedule
 * has no usable day or time; the reason is reported.
 */
export function adaptHsdsSchedule(s: Obj, report: ScheduleReport): RawSchedule[] {
  const freqText = text(s.freq)?.toUpperCase();
  const byday = bydayOf(s, report);
  const monthDays = splitList(text(s.bymonthday))
    .map(Number)
    .filter((n) => Number.isInteger(n) && n !== 0 && Math.abs(n) <= 31);
  let freq: RawSchedule['freq'];
  if (freqText === 'WEEKLY' || freqText === 'MONTHLY') freq = freqText === 'WEEKLY' ? 'weekly' : 'monthly';
  else if (!freqText && byday.length > 0) freq = 'weekly';
  else if (!freqText && monthDays.length > 0) freq = 'monthly';
  else {
    report('dropped', 'freq', freqText ? `"${freqText}" is not WEEKLY or MONTHLY, so this schedule was left out.` : 'This schedule has no frequency or days, so it was left out.');
    return [];
  }
  if (byday.length === 0 && !(freq === 'monthly' && monthDays.length > 0)) {
    report('dropped', 'byday', 'This schedule does not say which days, so it was left out.');
    return [];
  }
  const opensText = text(s.opens_at);
  const opens = opensText ? parseHsdsTime(opensText) : undefined;
  if (!opens) {
    report('dropped', 'opens_at', opensText ? `"${opensText}" is not a time like 18:30, so this schedule was left out.` : 'This schedule has no opening time, so it was left out.');
    return [];
  }
  const closesText = text(s.closes_at);
  const closes = closesText ? parseHsdsTime(closesText) : undefined;
  if (closesText && !closes) report('dropped', 'closes_at', `"${closesText}" is not a time like 20:00, so the end time was left out.`);

  // The schedule's `timezone` (hours from UTC) applies to times without their own marker.
  const tzHours = num(s.timezone);
  const offset = opens.offset ?? (tzHours === undefined ? undefined : Math.round(tzHours * 60));
  let timezone = LONDON;
  let end = closes?.clock;
  if (offset !== undefined) {
    const written = opens.offset !== undefined ? `"${opensText}"` : `timezone ${String(s.timezone)}`;
    const zone = zoneForOffset(offset);
    if (zone === LONDON) {
      report('warning', 'opens_at', `The time ${written} carries a UTC offset; it was read as London clock time (${opens.clock}), the same all year.`);
    } else if (zone) {
      timezone = zone;
      report('warning', 'opens_at', `The time ${written} is ${offset / 60} hours from UTC, which is not UK time; it was kept at ${opens.clock} in ${zone}.`);
    } else {
      report('warning', 'opens_at', `The time ${written} has an offset that is not whole hours; it was read as London clock time (${opens.clock}).`);
    }
    // A closing time written at a different offset is moved onto the opening time's clock.
    if (closes?.offset !== undefined && closes.offset !== offset && !(zone === LONDON && (closes.offset === 0 || closes.offset === 60))) {
      end = shiftClock(closes.clock, offset - closes.offset);
    }
  }

  const interval = num(s.interval);
  const base: RawSchedule = {
    freq,
    interval: interval !== undefined && Number.isInteger(interval) && interval > 0 ? interval : 1,
    start: opens.clock,
    timezone,
  };
  if (byday.length > 0) base.byday = byday;
  if (end && end !== opens.clock) base.end = end;
  const from = isoDate(s.valid_from) ?? isoDate(s.dtstart);
  const until = isoDate(s.valid_to) ?? isoDate(s.until);
  if (from) base.from = from;
  if (until) base.until = until;
  const note = text(s.description) ?? text(s.notes);
  if (note) base.note = note;
  if (freq === 'monthly' && byday.length === 0) return monthDays.map((bymonthday) => ({ ...base, bymonthday }));
  return [base];
}
