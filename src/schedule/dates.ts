/**
 * Calendar dates without times or zones, as whole day numbers (days since
 * 1970-01-01), so stepping and comparing dates is integer arithmetic.
 */
import { WEEKDAYS, type Weekday } from '../feed/types.js';

const DAY = 86_400_000;

export interface CivilDate {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  readonly day: number;
}

export function toDayNumber(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / DAY);
}

export function fromDayNumber(dayNumber: number): CivilDate {
  const date = new Date(dayNumber * DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** `YYYY-MM-DD` to a day number, or undefined when it is not a real date. */
export function parseIsoDate(text: string | undefined): number | undefined {
  const match = text ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(text) : null;
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const dayNumber = toDayNumber(year, month, day);
  const back = fromDayNumber(dayNumber);
  return back.month === month && back.day === day ? dayNumber : undefined;
}

export function formatIsoDate(dayNumber: number): string {
  const { year, month, day } = fromDayNumber(dayNumber);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** Index into WEEKDAYS: 0 = Monday … 6 = Sunday. 1970-01-01 was a Thursday. */
export function weekdayIndex(dayNumber: number): number {
  return (((dayNumber + 3) % 7) + 7) % 7;
}

export function weekdayOf(dayNumber: number): Weekday {
  return WEEKDAYS[weekdayIndex(dayNumber)]!;
}

export function daysInMonth(year: number, month: number): number {
  return fromDayNumber(toDayNumber(year, month + 1, 0)).day;
}

/** Weeks since the Monday that starts the week of day 0 (weeks start on Monday, as iCalendar's default WKST). */
export function weekNumber(dayNumber: number): number {
  return Math.floor((dayNumber - weekdayIndex(dayNumber)) / 7);
}

/** Months since January of year 0: a counter for "every n months". */
export function monthNumber(year: number, month: number): number {
  return year * 12 + (month - 1);
}

/** `HH:MM` (24-hour) to minutes after midnight, or undefined. */
export function parseClock(text: string | undefined): number | undefined {
  const match = text ? /^(\d{1,2}):(\d{2})$/.exec(text) : null;
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return undefined;
  return hours * 60 + minutes;
}
