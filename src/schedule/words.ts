/**
 * Times, days and dates in words for a locale, the way UK charities write
 * them ("6:30pm", "8pm", "midday"), with cached Intl formatters.
 */
import { WEEKDAYS, type Weekday } from '../feed/types.js';
import { intlLocale } from '../i18n/registry.js';
import type { ScheduleStrings } from './strings.js';
import { toDayNumber, weekdayOf } from './dates.js';
import { utcToZoned, wallAsUtc } from './zones.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

function format(locale: string, options: Intl.DateTimeFormatOptions, instant: number): string {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat(intlLocale(locale), { ...options, timeZone: 'UTC' });
    } catch {
      // An unknown language tag from a page: English beats nothing.
      formatter = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });
    }
    formatters.set(key, formatter);
  }
  return formatter.format(instant);
}

const isEnglish = (locale: string): boolean => /^en\b/i.test(locale) || !locale;
const isWelsh = (locale: string): boolean => /^cy\b/i.test(locale);

/** Fills `{name}` placeholders; an unknown one is left visible so a bad table is noticed. */
export function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** Welsh names of days read "dydd Mawrth" inside a sentence. */
function midSentence(text: string, locale: string): string {
  return isWelsh(locale) ? text.replace(/^Dydd\b/, 'dydd') : text;
}

/** Welsh soft mutation of a leading d (dydd → ddydd); other languages unchanged. */
export function softMutate(text: string, locale: string): string {
  return isWelsh(locale) ? text.replace(/^d(?!d)/i, (d) => (d === 'D' ? 'Dd' : 'dd')) : text;
}

const known = new Map<string, boolean>();

/** Whether this browser has calendar data for the language (Chrome has none for Welsh, for one). */
function intlKnows(locale: string): boolean {
  const tag = intlLocale(locale);
  let answer = known.get(tag);
  if (answer === undefined) {
    try {
      answer = Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0;
    } catch {
      answer = false;
    }
    known.set(tag, answer);
  }
  return answer;
}

/** "Tuesday" / "dydd Mawrth". */
export function dayName(day: Weekday, locale: string, strings?: ScheduleStrings): string {
  const fromTable = strings?.[`schedule.day.${day}`];
  if (fromTable && !intlKnows(locale)) return fromTable;
  // 5 January 1970 was a Monday.
  const instant = (4 + WEEKDAYS.indexOf(day)) * 86_400_000;
  return midSentence(format(locale, { weekday: 'long' }, instant), locale);
}

/** A list in words: "Tuesday and Thursday", "Monday, Wednesday and Friday". */
export function listWords(items: readonly string[], strings: ScheduleStrings): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')}${strings['schedule.listAnd'] ?? ' and '}${items[items.length - 1]}`;
}

/** A wall-clock time: "6:30pm", "8pm", "midday" in English; "18:30" in Welsh and most others. */
export function clockWords(hour: number, minute: number, locale: string, strings: ScheduleStrings): string {
  if (isEnglish(locale)) {
    if (minute === 0 && hour === 12) return strings['schedule.midday'] ?? '12pm';
    if (minute === 0 && hour === 0) return strings['schedule.midnight'] ?? '12am';
    const h12 = hour % 12 || 12;
    return `${h12}${minute ? `:${String(minute).padStart(2, '0')}` : ''}${hour < 12 ? 'am' : 'pm'}`;
  }
  const options: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };
  if (isWelsh(locale)) options.hourCycle = 'h23';
  return format(locale, options, wallAsUtc(1970, 1, 1, hour, minute));
}

/** `HH:MM` in words, or the text as given when it cannot be read. */
export function clockTextWords(text: string, locale: string, strings: ScheduleStrings): string {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text);
  return match ? clockWords(Number(match[1]), Number(match[2]), locale, strings) : text;
}

/** The time an instant shows in a zone, in words. */
export function instantClockWords(date: Date, timeZone: string, locale: string, strings: ScheduleStrings): string {
  const z = utcToZoned(date, timeZone);
  return clockWords(z.hour, z.minute, locale, strings);
}

/** "Saturday 12 December" with `withWeekday`; "12 December 2026" with `withYear`. */
export function dateWords(
  year: number,
  month: number,
  day: number,
  locale: string,
  withWeekday: boolean,
  withYear: boolean,
  strings?: ScheduleStrings,
): string {
  const monthName = strings?.[`schedule.month.${month}`];
  if (monthName && !intlKnows(locale)) {
    const weekday = dayName(weekdayOf(toDayNumber(year, month, day)), locale, strings);
    const template = withYear ? strings!['schedule.dateYear'] : strings!['schedule.date'];
    if (template) return fill(template, { weekday, day, month: monthName, year });
  }
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long' };
  if (withWeekday) options.weekday = 'long';
  if (withYear) options.year = 'numeric';
  const text = format(locale, options, toDayNumber(year, month, day) * 86_400_000);
  return midSentence(text, locale).replace(/^(\S+),(?= \d)/, '$1');
}
