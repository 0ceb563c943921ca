/**
 * Schedules in plain words ("Every second Tuesday of the month, 6:30pm to
 * 8pm") and meeting times for visitors in another zone ("7:30pm your time
 * (6:30pm in London)").
 */
import type { ScheduleEntry } from '../feed/types.js';
import type { Meeting } from './recurrence.js';
import { stringsFor, type ScheduleStrings } from './strings.js';
import { fromDayNumber, parseClock, parseIsoDate, toDayNumber, weekdayOf } from './dates.js';
import {
  capitalise,
  clockTextWords,
  dateWords,
  dayName,
  fill,
  instantClockWords,
  listWords,
  softMutate,
} from './words.js';
import { isValidTimeZone, offsetAt, utcToZoned, zoneCity } from './zones.js';

export interface DescribeOptions {
  /** With it, a `from` date still to come is mentioned ("starting 5 January 2027"). */
  readonly now?: Date;
}

/**
 * One schedule entry in plain words, in the group's own local times.
 *
 * @param locale a language tag: `en` gives "6:30pm", `cy` gives Welsh and "18:30".
 * @param strings the word table (default: `en` or `cy` from ./strings.js by locale).
 */
export function describeSchedule(
  entry: ScheduleEntry,
  locale: string,
  strings: ScheduleStrings = stringsFor(locale),
  options: DescribeOptions = {},
): string {
  const t = (key: string, params: Readonly<Record<string, string | number>> = {}): string =>
    fill(strings[key] ?? key, params);

  let text = fill(strings['schedule.withTime'] ?? '{pattern}, {time}', {
    pattern: pattern(entry, locale, strings, t),
    time: timeWords(entry, locale, strings, t),
  });

  const first = parseIsoDate(entry.from);
  if (first !== undefined && options.now && entry.freq !== 'once') {
    const today = Math.floor(options.now.getTime() / 86_400_000);
    if (first > today) text = t('schedule.starting', { text, date: fullDate(first, locale, strings) });
  }
  const last = parseIsoDate(entry.until);
  if (last !== undefined && entry.freq !== 'once') text = t('schedule.until', { text, date: fullDate(last, locale, strings) });
  return capitalise(text);
}

type Translate = (key: string, params?: Readonly<Record<string, string | number>>) => string;

function pattern(entry: ScheduleEntry, locale: string, strings: ScheduleStrings, t: Translate): string {
  const interval = Math.max(1, Math.floor(entry.interval || 1));
  const dayList = (): { days: string; daysSoft: string } => {
    const days = listWords(entry.byday.map((b) => dayName(b.day, locale, strings)), strings);
    return { days, daysSoft: softMutate(days, locale) };
  };
  switch (entry.freq) {
    case 'once': {
      const day = parseIsoDate(entry.date);
      if (day === undefined) return entry.date ?? '';
      const { year, month, day: d } = fromDayNumber(day);
      const date = dateWords(year, month, d, locale, true, false, strings);
      return t('schedule.once', { date, dateSoft: softMutate(date, locale) });
    }
    case 'weekly':
      return interval === 1 ? t('schedule.weekly', dayList()) : t('schedule.weeklyInterval', { ...dayList(), interval });
    case 'monthly': {
      if (entry.bymonthday !== undefined) return monthDay(entry.bymonthday, interval, locale, t);
      const nth = entry.byday.filter((b) => b.ordinal !== 0);
      if (nth.length === 0) return interval === 1 ? t('schedule.weekly', dayList()) : t('schedule.weeklyInterval', { ...dayList(), interval });
      // Several ordinals ("1st and 3rd Tuesday") read as one phrase each, joined.
      const phrases = nth.map((b) => {
        const day = dayName(b.day, locale, strings);
        const params = { day, daySoft: softMutate(day, locale), ordinal: t(`schedule.ordinal.${b.ordinal}`), interval };
        if (interval > 1) return t('schedule.monthlyNthInterval', params);
        const key = `schedule.monthlyNth.${b.ordinal}`;
        return strings[key] ? t(key, params) : t('schedule.monthlyNthInterval', { ...params, interval: 1 });
      });
      return listWords(phrases.map((phrase, i) => (i === 0 ? phrase : decapitalise(phrase))), strings);
    }
    default:
      return '';
  }
}

function monthDay(n: number, interval: number, locale: string, t: Translate): string {
  if (n === -1) return t('schedule.monthDayLast');
  let category = 'other';
  try {
    category = new Intl.PluralRules(locale, { type: 'ordinal' }).select(n);
  } catch {
    // Unknown locale: "th" is the least wrong.
  }
  const nth = t(`schedule.nth.${category}`, { n });
  const params = { n, nth: nth.startsWith('schedule.') ? String(n) : nth, interval };
  if (interval > 1) return t('schedule.monthDayInterval', params);
  return t(n > 28 ? 'schedule.monthDayShortMonths' : 'schedule.monthDay', params);
}

function timeWords(entry: ScheduleEntry, locale: string, strings: ScheduleStrings, t: Translate): string {
  const start = clockTextWords(entry.start, locale, strings);
  if (!entry.end || entry.end === entry.start) return t('schedule.timeStart', { start });
  const end = clockTextWords(entry.end, locale, strings);
  const overnight = (parseClock(entry.end) ?? 0) < (parseClock(entry.start) ?? 0);
  return t(overnight ? 'schedule.timeRangeOvernight' : 'schedule.timeRange', { start, end });
}

function fullDate(dayNumber: number, locale: string, strings: ScheduleStrings): string {
  const { year, month, day } = fromDayNumber(dayNumber);
  return dateWords(year, month, day, locale, false, true, strings);
}

function decapitalise(text: string): string {
  return text.charAt(0).toLocaleLowerCase() + text.slice(1);
}

/**
 * A meeting's time for this visitor. In the group's zone: "6:30pm to 8pm".
 * Elsewhere, both: "7:30pm to 9pm your time (6:30pm to 8pm in London)", with
 * the day named on both sides when the dates differ ("Wednesday 1:30am your
 * time (Tuesday 6:30pm in London)"). Zones are named by city, never "GMT+8".
 */
export function formatMeetingTime(
  meeting: Meeting,
  visitorTimeZone: string,
  locale: string,
  strings: ScheduleStrings = stringsFor(locale),
): string {
  const t: Translate = (key, params = {}) => fill(strings[key] ?? key, params);
  const group = meeting.timezone;
  const groupTime = rangeIn(meeting, group, locale, strings, t);
  if (!isValidTimeZone(visitorTimeZone)) return groupTime;
  const instant = meeting.start.getTime();
  if (offsetAt(instant, visitorTimeZone) === offsetAt(instant, group)) return groupTime;

  let yours = rangeIn(meeting, visitorTimeZone, locale, strings, t);
  let theirs = groupTime;
  const a = utcToZoned(instant, visitorTimeZone);
  const b = utcToZoned(instant, group);
  if (a.year !== b.year || a.month !== b.month || a.day !== b.day) {
    yours = t('schedule.dayTime', { day: weekdayAt(meeting.start, visitorTimeZone, locale, strings), time: yours });
    theirs = t('schedule.dayTime', { day: weekdayAt(meeting.start, group, locale, strings), time: theirs });
  }
  return capitalise(t('schedule.yourTime', { time: yours, groupTime: theirs, city: zoneCity(group) }));
}

function rangeIn(meeting: Meeting, zone: string, locale: string, strings: ScheduleStrings, t: Translate): string {
  const start = instantClockWords(meeting.start, zone, locale, strings);
  if (!meeting.end) return start;
  const end = instantClockWords(meeting.end, zone, locale, strings);
  const s = utcToZoned(meeting.start, zone);
  const e = utcToZoned(meeting.end, zone);
  const overnight = s.day !== e.day || s.month !== e.month || s.year !== e.year;
  return t(overnight ? 'schedule.timeRangeOvernight' : 'schedule.timeRange', { start, end });
}

function weekdayAt(date: Date, zone: string, locale: string, strings: ScheduleStrings): string {
  const z = utcToZoned(date, zone);
  return dayName(weekdayOf(toDayNumber(z.year, z.month, z.day)), locale, strings);
}
