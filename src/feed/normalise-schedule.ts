/**
 * Schedule entries. A wrong meeting time sent to someone anxious about going
 * is worse than none, so an entry whose pattern cannot be read exactly is
 * left out whole; only the end time, note and individual cancelled dates can
 * be dropped on their own.
 */
import { Scope } from './problems.js';
import { FREQUENCY, WEEKDAYS, type ByDay, type Frequency, type ScheduleEntry, type Weekday } from './types.js';
import { describe, fieldsOf, isBlank, isDate, isRecord, listItems, text, type Raw } from './normalise-text.js';
import { Collected, frozenWords } from './normalise-lists.js';

export const DEFAULT_TIMEZONE = 'Europe/London';
/** More entries than any real group needs; bounds the work per group. */
const MAX_ENTRIES = 20;
const MAX_EXCEPT = 200;

const WEEKDAY_SET: ReadonlySet<string> = new Set(WEEKDAYS);
const BYDAY = /^([+-]?\d)?([A-Z]{2})$/;
const NONE: readonly never[] = Object.freeze([]);
const TIME = /^(\d{1,2}):(\d{2})$/;

const zones = new Map<string, string | null>();

/** The canonical IANA name of a time zone, or `undefined` if the browser does not know it. */
export function canonicalTimeZone(name: string): string | undefined {
  let known = zones.get(name);
  if (known === undefined) {
    try {
      known = new Intl.DateTimeFormat('en-GB', { timeZone: name }).resolvedOptions().timeZone;
    } catch {
      known = null;
    }
    if (zones.size > 500) zones.clear();
    zones.set(name, known);
  }
  return known ?? undefined;
}

/** `18:30` from `18:30` or `9:05`; `undefined` for anything else. */
export function parseTime(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (value.length === 5 && isPlainTime(value)) return value;
  const match = TIME.exec(value.trim());
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, '0')}:${match[2]}`;
}

/** True for `HH:MM` already written in full, 00:00 to 23:59: nothing to rewrite. */
function isPlainTime(text: string): boolean {
  const h1 = text.charCodeAt(0) - 48;
  const h2 = text.charCodeAt(1) - 48;
  const m1 = text.charCodeAt(3) - 48;
  const m2 = text.charCodeAt(4) - 48;
  return (
    text.charCodeAt(2) === 58 &&
    h1 >= 0 && h1 <= 2 && h2 >= 0 && h2 <= 9 && h1 * 10 + h2 <= 23 &&
    m1 >= 0 && m1 <= 5 && m2 >= 0 && m2 <= 9
  );
}

/** `2TU` → second Tuesday; `-1FR` → last Friday; `TU` → every Tuesday. */
export function parseByDay(value: unknown): ByDay | undefined {
  if (typeof value !== 'string') return undefined;
  // A feed spells its days a handful of ways, thousands of times over.
  let known = BYDAY_SPELLINGS.get(value);
  if (known === undefined) {
    known = readByDay(value) ?? null;
    if (BYDAY_SPELLINGS.size >= 500) BYDAY_SPELLINGS.clear();
    BYDAY_SPELLINGS.set(value, known);
  }
  return known ?? undefined;
}

const BYDAY_SPELLINGS = new Map<string, ByDay | null>();

function readByDay(value: string): ByDay | undefined {
  const match = BYDAY.exec(value.trim().toUpperCase());
  if (!match || !WEEKDAY_SET.has(match[2])) return undefined;
  const ordinal = match[1] === undefined ? 0 : Number(match[1]);
  if (ordinal !== 0 && ordinal !== -1 && (ordinal < 1 || ordinal > 5)) return undefined;
  return byDay(match[2] as Weekday, ordinal);
}

// Only 7 × 8 values exist, and a feed repeats them thousands of times: share frozen ones.
const BYDAY_CACHE = new Map<string, ByDay>();
function byDay(day: Weekday, ordinal: number): ByDay {
  const key = `${ordinal}${day}`;
  let value = BYDAY_CACHE.get(key);
  if (!value) {
    BYDAY_CACHE.set(key, (value = Object.freeze({ day, ordinal })));
    ONE_DAY.set(value, Object.freeze([value]));
  }
  return value;
}
// Most patterns are one day; its list is shared too.
const ONE_DAY = new Map<ByDay, readonly ByDay[]>();

function frozenDays(days: Collected<ByDay>): readonly ByDay[] {
  if (days.length === 0) return NONE;
  return days.length === 1 ? (ONE_DAY.get(days.at(0)) as readonly ByDay[]) : Object.freeze(days.copy());
}

/** The schedule of one group: always a list, possibly empty. */
export function readSchedule(value: unknown, scope: Scope): readonly ScheduleEntry[] {
  if (isBlank(value)) return NONE;
  // One entry written without the surrounding list is still clearly meant.
  const items = Array.isArray(value) ? value : isRecord(value) ? [value] : undefined;
  if (!items) {
    scope.dropped('schedule', `schedule should be a list of meeting times but is ${describe(value)}, so it was left out.`);
    return NONE;
  }
  const entries = ENTRIES;
  entries.clear();
  const count = Math.min(items.length, MAX_ENTRIES);
  const list = scope.reuse('schedule', LIST_SCOPE);
  for (let i = 0; i < count; i++) {
    const entry = readEntry(items[i], Array.isArray(value) ? list.reuse(i, ENTRY_SCOPE) : list);
    if (entry) entries.push(entry);
  }
  if (items.length > MAX_ENTRIES) scope.warning('schedule', `Only the first ${MAX_ENTRIES} meeting times were read.`);
  return entries.length === 0 ? NONE : Object.freeze(entries.copy());
}

function readEntry(raw: unknown, scope: Scope): ScheduleEntry | undefined {
  const entry = entryOrReason(raw, scope);
  if (typeof entry !== 'string') return entry;
  scope.report(scope.path, `${entry} This meeting time was left out.`, 'dropped');
  return undefined;
}

/** The entry, or a sentence saying why it cannot be read. */
function entryOrReason(record: unknown, scope: Scope): ScheduleEntry | string {
  if (!isRecord(record)) return (`A meeting time should be a group of fields but is ${describe(record)}.`);
  const raw = fieldsOf(record);

  const freqValue = raw.freq;
  const freq = (FREQUENCY as readonly unknown[]).includes(freqValue)
    ? (freqValue as Frequency)
    : typeof freqValue === 'string' ? (freqValue.trim().toLowerCase() as Frequency) : undefined;
  if (!freq || !FREQUENCY.includes(freq)) {
    return (`freq is ${describe(freqValue)}; it should be weekly, monthly or once.`);
  }

  const intervalValue = raw.interval;
  let interval = 1;
  if (!isBlank(intervalValue)) {
    const n = typeof intervalValue === 'string' ? Number(intervalValue) : intervalValue;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > 52) {
      return (`interval is ${describe(intervalValue)}; it should be a whole number from 1 to 52 (2 means every other week or month).`);
    }
    interval = n;
  }

  const startValue = raw.start;
  const start = parseTime(startValue);
  if (!start) return (`start is ${describe(startValue)}; times are written like 18:30.`);

  const zoneValue = raw.timezone;
  let timezone = DEFAULT_TIMEZONE;
  if (!isBlank(zoneValue)) {
    const zone = typeof zoneValue === 'string' ? canonicalTimeZone(zoneValue.trim()) : undefined;
    if (!zone) return (`timezone is ${describe(zoneValue)}, which is not a time zone name such as Europe/London.`);
    timezone = zone;
  }

  const date = readDay(raw.date);
  if (date === false) return dateReason(raw.date, 'date');
  const from = readDay(raw.from);
  if (from === false) return dateReason(raw.from, 'from');
  const until = readDay(raw.until);
  if (until === false) return dateReason(raw.until, 'until');
  if (from && until && until < from) return (`until (${until}) is before from (${from}).`);

  const pattern = readPattern(raw, freq, date);
  if (typeof pattern === 'string') return (pattern);

  const entry: { -readonly [K in keyof ScheduleEntry]: ScheduleEntry[K] } = {
    freq,
    interval,
    byday: pattern.byday,
    start,
    timezone,
    except: readExcept(raw.except, scope),
  };
  if (pattern.bymonthday !== undefined) entry.bymonthday = pattern.bymonthday;
  if (freq === 'once') entry.date = date;
  else {
    if (from) entry.from = from;
    if (until) entry.until = until;
  }
  const endValue = raw.end;
  if (!isBlank(endValue)) {
    const end = parseTime(endValue);
    if (end) entry.end = end;
    else scope.dropped('end', `end is ${describe(endValue)}; times are written like 20:00, so the end time was left out.`);
  }
  const note = text(raw.note, 'note', scope, 300);
  if (note) entry.note = note;
  return Object.freeze(entry);
}

/** A date field: the date, `undefined` when blank, `false` when it is not a date. */
function readDay(v: unknown): string | undefined | false {
  if (v === undefined) return undefined;
  // Most dates are already tidy; trimming one that is returns the same text.
  if (typeof v === 'string' && v.length === 10 && isDate(v)) return v;
  if (isBlank(v)) return undefined;
  return typeof v === 'string' && isDate(v.trim()) ? v.trim() : false;
}

function dateReason(value: unknown, key: string): string {
  return `${key} is ${describe(value)}; dates are written like 2025-03-18.`;
}

// Reused scopes (see Scope.reuse): the schedule list, and the entry being read.
const LIST_SCOPE = Scope.spare();
const ENTRY_SCOPE = Scope.spare();
// Reused buffers (see Collected): entries of one schedule, days of one pattern, dates of one except list.
const ENTRIES = new Collected<ScheduleEntry>();
const DAYS = new Collected<ByDay>();
const EXCEPT = new Collected<string>();

interface Pattern {
  byday: readonly ByDay[];
  bymonthday?: number;
}

/** The days a pattern falls on, or a sentence saying why they cannot be read. */
function readPattern(raw: Raw, freq: Frequency, date: string | undefined): Pattern | string {
  if (freq === 'once') return date ? { byday: NONE } : 'A one-off meeting (freq "once") needs a date.';

  const bydayValue = raw.byday;
  const items = isBlank(bydayValue) ? [] : listItems(bydayValue);
  if (!items) return `byday is ${describe(bydayValue)}; it should be a list such as ["TU"].`;
  const byday = DAYS;
  byday.clear();
  for (let i = 0; i < items.length && i < 35; i++) {
    const item = items[i];
    if (isBlank(item)) continue;
    const parsed = parseByDay(item);
    if (!parsed) return `byday contains ${describe(item)}; days are written MO, TU, WE, TH, FR, SA, SU (with 2TU or -1FR for monthly).`;
    byday.add(parsed);
  }

  const monthdayValue = raw.bymonthday;
  let bymonthday: number | undefined;
  if (!isBlank(monthdayValue)) {
    if (freq !== 'monthly') return 'bymonthday is only used with freq "monthly".';
    const n = monthdayValue;
    if (typeof n !== 'number' || !Number.isInteger(n) || n === 0 || n < -1 || n > 31) {
      return `bymonthday is ${describe(monthdayValue)}; it should be a day of the month from 1 to 31, or -1 for the last day.`;
    }
    bymonthday = n;
  }

  let everyWeek = 0;
  for (let i = 0; i < byday.length; i++) if (byday.at(i).ordinal === 0) everyWeek++;
  if (freq === 'weekly') {
    if (byday.length === 0) return 'A weekly meeting needs byday, such as ["TU"].';
    if (everyWeek < byday.length) return 'A weekly meeting cannot use a week of the month such as 2TU; use freq "monthly".';
    return { byday: frozenDays(byday) };
  }
  if (byday.length === 0 && bymonthday === undefined) return 'A monthly meeting needs byday (such as ["2TU"]) or bymonthday.';
  if (everyWeek > 0) return 'A monthly meeting needs a week of the month in byday, such as 2TU (second Tuesday) or -1FR (last Friday).';
  return bymonthday === undefined ? { byday: frozenDays(byday) } : { byday: frozenDays(byday), bymonthday };
}

function readExcept(value: unknown, scope: Scope): readonly string[] {
  if (isBlank(value)) return NONE;
  const items = listItems(value);
  if (!items) {
    scope.dropped('except', `except should be a list of dates but is ${describe(value)}, so it was left out.`);
    return NONE;
  }
  const out = EXCEPT;
  out.clear();
  for (let i = 0; i < Math.min(items.length, MAX_EXCEPT); i++) {
    const item = items[i];
    if (isBlank(item)) continue;
    if (typeof item === 'string' && isDate(item.trim())) out.push(item.trim());
    else scope.dropped(Array.isArray(value) ? `except[${i}]` : 'except', `The cancelled date ${describe(item)} is not written like 2025-03-18, so it was left out.`);
  }
  if (out.length <= 1) return frozenWords(out);
  // Up to 200 dates: a Set removes repeats without a scan per date.
  return Object.freeze([...new Set(out.copy())].sort());
}
