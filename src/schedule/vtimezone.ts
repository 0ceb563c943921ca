/**
 * VTIMEZONE components, so calendar apps place meetings at the right
 * wall-clock time across the clocks changing. Europe/London uses its real
 * rules; other zones are derived from Intl: this year's two changes as
 * yearly rules when next year's changes follow them, else the actual change
 * dates for some years as RDATEs, or one fixed offset when the zone never changes.
 */
import { WEEKDAYS } from '../feed/types.js';
import { daysInMonth, fromDayNumber, toDayNumber, weekdayIndex } from './dates.js';
import { localStamp, offsetText } from './ical-text.js';
import { offsetAt, utcToZoned, wallClock, type ZonedTime } from './zones.js';

const HOUR = 3_600_000;
const DAY = 86_400_000;

/** UK rules since 1996: BST from 01:00 GMT on the last Sunday of March to 01:00 GMT on the last Sunday of October. */
const LONDON = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/London',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0000',
  'TZOFFSETTO:+0100',
  'TZNAME:BST',
  'DTSTART:19810329T010000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0000',
  'TZNAME:GMT',
  'DTSTART:19961027T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

interface Transition {
  /** The instant of the change. */
  readonly at: number;
  readonly from: number;
  readonly to: number;
}

/** Changes of offset in a calendar year, found by stepping a day at a time and then narrowing to the minute. */
export function transitionsIn(timeZone: string, year: number): Transition[] {
  const found: Transition[] = [];
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  let previous = offsetAt(start, timeZone);
  for (let t = start + DAY; t <= end; t += DAY) {
    const offset = offsetAt(t, timeZone);
    if (offset === previous) continue;
    let lo = t - DAY;
    let hi = t;
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
      if (offsetAt(mid, timeZone) === previous) lo = mid;
      else hi = mid;
    }
    found.push({ at: hi, from: previous, to: offset });
    previous = offset;
  }
  return found;
}

interface Rule {
  readonly month: number;
  readonly ordinal: number;
  readonly weekday: number;
  /** Minutes after local midnight, in the offset before the change. */
  readonly minutes: number;
}

function localOf(t: Transition): ZonedTime {
  return wallClock(t.at + t.from);
}

/** "The nth (or last) weekday of the month" for a change, as iCalendar can repeat it. */
function ruleOf(t: Transition): Rule {
  const local = localOf(t);
  const length = daysInMonth(local.year, local.month);
  const ordinal = local.day + 7 > length ? -1 : Math.ceil(local.day / 7);
  return {
    month: local.month,
    ordinal,
    weekday: weekdayIndex(toDayNumber(local.year, local.month, local.day)),
    minutes: local.hour * 60 + local.minute,
  };
}

/** The date a rule gives in a year. */
function ruleDate(rule: Rule, year: number): number {
  const first = toDayNumber(year, rule.month, 1);
  const last = toDayNumber(year, rule.month, daysInMonth(year, rule.month));
  if (rule.ordinal > 0) return first + ((rule.weekday - weekdayIndex(first) + 7) % 7) + 7 * (rule.ordinal - 1);
  return last - ((weekdayIndex(last) - rule.weekday + 7) % 7);
}

function followsRule(rule: Rule, t: Transition | undefined): boolean {
  if (!t) return false;
  const local = localOf(t);
  const next = ruleOf(t);
  return ruleDate(rule, local.year) === toDayNumber(local.year, local.month, local.day) && next.minutes === rule.minutes;
}

/** A short name such as BST or EDT, when the platform has one (never "GMT+8"). */
function shortName(timeZone: string, at: number): string | undefined {
  for (const locale of ['en-GB', 'en-US']) {
    try {
      const part = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' })
        .formatToParts(at)
        .find((p) => p.type === 'timeZoneName')?.value;
      if (part && !/^(GMT|UTC)[+-−]/.test(part) && /^[A-Z]{2,5}$/.test(part)) return part;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function observance(
  timeZone: string,
  t: Transition,
  daylight: boolean,
  extra: readonly string[],
  start: string = stampOf(t),
): string[] {
  const name = shortName(timeZone, t.at + HOUR);
  const kind = daylight ? 'DAYLIGHT' : 'STANDARD';
  return [
    `BEGIN:${kind}`,
    `TZOFFSETFROM:${offsetText(t.from)}`,
    `TZOFFSETTO:${offsetText(t.to)}`,
    ...(name ? [`TZNAME:${name}`] : []),
    `DTSTART:${start}`,
    ...extra,
    `END:${kind}`,
  ];
}

function stampOf(t: Transition): string {
  const l = localOf(t);
  return localStamp(l.year, l.month, l.day, l.hour, l.minute, l.second);
}

/** The rule's first date in 1970, so meetings dated before this year are covered too. */
function ruleStart(rule: Rule): string {
  const { year, month, day } = fromDayNumber(ruleDate(rule, 1970));
  return localStamp(year, month, day, Math.floor(rule.minutes / 60), rule.minutes % 60);
}

/**
 * The VTIMEZONE lines for `timeZone`, derived for the year of `now`.
 * Europe/London always gets its published rules.
 */
export function vtimezoneLines(timeZone: string, now: Date): string[] {
  if (timeZone === 'Europe/London') return [...LONDON];
  const year = utcToZoned(now, timeZone).year;
  const thisYear = transitionsIn(timeZone, year);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];

  if (thisYear.length === 0) {
    const offset = offsetText(offsetAt(now.getTime(), timeZone));
    const name = shortName(timeZone, now.getTime());
    lines.push(
      'BEGIN:STANDARD',
      `TZOFFSETFROM:${offset}`,
      `TZOFFSETTO:${offset}`,
      ...(name ? [`TZNAME:${name}`] : []),
      'DTSTART:19700101T000000',
      'END:STANDARD',
    );
  } else if (thisYear.length === 2 && thisYear.every((t) => followsRule(ruleOf(t), findLike(transitionsIn(timeZone, year + 1), t)))) {
    for (const t of thisYear) {
      const rule = ruleOf(t);
      const daylight = t.to > t.from;
      lines.push(
        ...observance(
          timeZone,
          t,
          daylight,
          [`RRULE:FREQ=YEARLY;BYMONTH=${rule.month};BYDAY=${rule.ordinal}${WEEKDAYS[rule.weekday]}`],
          ruleStart(rule),
        ),
      );
    }
  } else {
    // Irregular changes: list the real ones from last year to five years ahead.
    const all: Transition[] = [];
    for (let y = year - 1; y <= year + 5; y++) all.push(...transitionsIn(timeZone, y));
    const groups = new Map<string, Transition[]>();
    for (const t of all) {
      const key = `${t.from}>${t.to}`;
      groups.set(key, [...(groups.get(key) ?? []), t]);
    }
    for (const list of groups.values()) {
      const [first, ...rest] = list;
      const rdates = rest.map((t) => `RDATE:${stampOf(t)}`);
      lines.push(...observance(timeZone, first!, first!.to > first!.from, rdates));
    }
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

/** Next year's change between the same two offsets. */
function findLike(list: readonly Transition[], t: Transition): Transition | undefined {
  return list.find((other) => other.from === t.from && other.to === t.to);
}
