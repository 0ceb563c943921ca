/**
 * Small readers shared by the adapters. Foreign feeds are written by many
 * systems and many hands, so every reader accepts what it can, and anything it
 * cannot use is reported (never silently lost) through a `Problems` list.
 */
import type { Problem } from '../types.js';
import type { RawGroup } from './types.js';

/** Collects problems for one adapter run; each problem names where it was found. */
export class Problems {
  readonly list: Problem[] = [];

  add(action: Problem['action'], path: string, message: string, record?: { index?: number; id?: string }): void {
    const problem: { -readonly [K in keyof Problem]: Problem[K] } = { path, message, action };
    if (record?.index !== undefined) problem.index = record.index;
    if (record?.id !== undefined) problem.id = record.id;
    this.list.push(problem);
  }
}

export type Obj = Record<string, unknown>;

export function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value as a list of objects; anything else is an empty list. */
export function objects(value: unknown): Obj[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

// Values real directories use to mean "we don't know". Kept lower-case.
const PLACEHOLDERS = new Set(['n/a', 'na', 'tbc', 'tba', 'tbd', '0', '-', '--', 'none', 'null', 'unknown', 'not known', '?', 'x']);

/** True for a filler such as "N/A", "TBC" or "0" that stands for a missing value. */
export function isPlaceholder(value: string): boolean {
  return PLACEHOLDERS.has(value.trim().toLowerCase());
}

/**
 * Trimmed text, or `undefined` when blank. Numbers become text (spreadsheets
 * and IDs). With `report`, a placeholder such as "TBC" is dropped and reported.
 */
export function text(value: unknown, report?: (message: string) => void): string | undefined {
  let result: string | undefined;
  if (typeof value === 'string') result = value.trim();
  else if (typeof value === 'number' && Number.isFinite(value)) result = String(value);
  if (!result) return undefined;
  if (report && isPlaceholder(result)) {
    report(`"${result}" is a placeholder, not a real value, so it was left out.`);
    return undefined;
  }
  return result;
}

/** A number from a number or numeric text; `undefined` otherwise. */
export function num(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value.trim());
    return Number.isFinite(parsed) ? parsed : undefined;
  }
  return undefined;
}

/**
 * The trimmed, non-blank items of a list written in one cell or field:
 * `anxiety; depression` (split on `;`), `TH,FR` or `1 15` (the default splits
 * on spaces, commas and semicolons).
 */
export function splitList(value: string | undefined, separator: string | RegExp = /[\s,;]+/): string[] {
  if (!value) return [];
  return value
    .split(separator)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** Lower-case words joined by hyphens, for ids made from names. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
  return slug || 'group';
}

/** Hands out ids that are unique within one feed: `name`, `name-2`, `name-3`… */
export class IdMaker {
  private readonly taken = new Set<string>();

  /** Marks ids the source gave explicitly, so made-up ids never collide with them. */
  reserve(id: string): void {
    this.taken.add(id);
  }

  make(base: string): string {
    let id = base;
    for (let n = 2; this.taken.has(id); n += 1) id = `${base}-${n}`;
    this.taken.add(id);
    return id;
  }
}

/** Day numbers as Meeting Guide and JavaScript count them: 0 = Sunday. */
export const SUNDAY_FIRST = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

const DAY_NAMES: Record<string, string> = {
  mo: 'MO', mon: 'MO', monday: 'MO', tu: 'TU', tue: 'TU', tues: 'TU', tuesday: 'TU',
  we: 'WE', wed: 'WE', wednesday: 'WE', th: 'TH', thu: 'TH', thur: 'TH', thurs: 'TH', thursday: 'TH',
  fr: 'FR', fri: 'FR', friday: 'FR', sa: 'SA', sat: 'SA', saturday: 'SA', su: 'SU', sun: 'SU', sunday: 'SU',
  // Welsh, for charities in Wales that keep their sheet in Welsh.
  'dydd llun': 'MO', 'dydd mawrth': 'TU', 'dydd mercher': 'WE', 'dydd iau': 'TH',
  'dydd gwener': 'FR', 'dydd sadwrn': 'SA', 'dydd sul': 'SU',
};

/** `MO`…`SU` from "Monday", "Mondays", "mon", "MO" (and the Welsh day names); `undefined` otherwise. */
export function weekday(value: string): string | undefined {
  const key = value.trim().toLowerCase().replace(/\.$/, '');
  return DAY_NAMES[key] ?? DAY_NAMES[key.replace(/s$/, '')];
}

/**
 * `HH:MM` (24-hour) from the ways people write times: "18:30", "18:30:00",
 * "6:30pm", "6.30 pm", "18.30", "6pm", "noon". `undefined` when it is not a time.
 */
export function clockTime(value: string): string | undefined {
  const t = value.trim().toLowerCase();
  if (t === 'noon' || t === 'midday') return '12:00';
  if (t === 'midnight') return '00:00';
  const m = /^(\d{1,2})(?:[:.](\d{2}))?(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$/.exec(t);
  if (!m) return undefined;
  let hours = Number(m[1]);
  const minutes = m[2] === undefined ? 0 : Number(m[2]);
  const suffix = m[4]?.replace(/\./g, '');
  if (m[2] === undefined && !suffix) return undefined;
  if (suffix) {
    if (hours < 1 || hours > 12) return undefined;
    if (suffix === 'pm' && hours !== 12) hours += 12;
    if (suffix === 'am' && hours === 12) hours = 0;
  }
  if (hours > 23 || minutes > 59) return undefined;
  return hhmm(hours, minutes);
}

/** `HH:MM` from hours and minutes already checked to be a time of day. */
export function hhmm(hours: number, minutes: number): string {
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** `YYYY-MM-DD` from an ISO date or date-time (`2025-03-01T10:00:00Z`, `2025-03-01 10:00:00`). */
export function isoDate(value: unknown): string | undefined {
  const t = text(value);
  const m = t ? /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(t) : null;
  return m ? m[1] : undefined;
}

/** What a cost written in words says, and whether it says it plainly. */
export interface CostReading {
  free: boolean;
  /** False when the words name no amount and do not say free: `free` is then a guess (not free), worth reporting. */
  sure: boolean;
}

// An amount of money: a currency sign or code before the number, or a sign or unit after it ("3,50 €", "50p").
// A "p" that starts "pm", "p.m." or "p m" is a time of day, not pence ("meets 7 p.m.").
const MONEY =
  /(?:[£$€]|\b(?:gbp|eur|usd)\b)\s?(\d+(?:[.,]\d{1,2})?)|\b(\d+(?:[.,]\d{1,2})?)\s?(?:[£$€]|(?:p(?![.\s]*m\b)|pence|pounds?|euros?|dollars?|gbp|eur|usd)\b)/gi;
// A cell that is only a number ("0", "3.50") is an amount too.
const BARE_AMOUNT = /^(\d+(?:[.,]\d{1,2})?)$/;
// Words that say nobody has to pay. A donation with no amount is up to the visitor.
const NO_CHARGE = /\bfree\b|\bno (?:charge|cost|fee)s?\b|\bdonations?\b/i;
// Words that say somebody does pay, though they contain "free": "Not free", "isn't free", "no longer free".
const NOT_FREE = /\b(?:not|isn['’]?t|aren['’]?t|no longer)\s+(?:always\s+)?free\b/i;
// Words that say only "free" (or a zero amount), and nothing more worth showing as details.
const ONLY_FREE =
  /^(?:free(?: of charge)?|no (?:charge|cost|fee)s?|(?:[£$€]|(?:gbp|eur|usd)\s?)?0(?:[.,]0{1,2})?\s?(?:[£$€]|p|pence|gbp|eur|usd)?)[\s.!]*$/i;

/**
 * The one rule every adapter uses for a cost written in words:
 *
 * - any amount above zero, in any currency, means not free ("£3 suggested
 *   donation", "$5", "3.50", "50p"), even beside the word free; so do
 *   words that say it is not free ("Not free", "isn't free");
 * - a time of day is not money: "7 p.m.", "2 pm" are not pence;
 * - otherwise a zero amount in any currency ("£0", "0", "$0", "€0.00"), the
 *   word free ("Free", "Free for under 18s"), "no charge" or a donation with
 *   no amount ("donations welcome") means free;
 * - anything else ("Ask at reception") is read as not free, with `sure: false`.
 *
 * Adapters keep the words themselves as the cost's details.
 */
export function costFromText(value: string): CostReading {
  const t = value.trim();
  const amounts = [...t.matchAll(MONEY)].map((m) => m[1] ?? m[2]!);
  const bare = BARE_AMOUNT.exec(t);
  if (bare) amounts.push(bare[1]!);
  const values = amounts.map((a) => Number(a.replace(',', '.')));
  if (values.some((n) => n > 0) || NOT_FREE.test(t)) return { free: false, sure: true };
  if (values.length > 0 || NO_CHARGE.test(t)) return { free: true, sure: true };
  return { free: false, sure: false };
}

/**
 * True when cost words say no more than that it is free ("Free", "£0", "0",
 * "No charge"): not worth keeping as details beside `free: true`. Words that
 * say more ("Free for under 18s", "Donations welcome") are kept.
 */
export function saysOnlyFree(value: string): boolean {
  return ONLY_FREE.test(value.trim());
}

/** Coordinates worth keeping, after checking for the usual mistakes. */
export interface Coordinates {
  lat: number;
  lng: number;
}

/**
 * Reads a latitude/longitude pair and reports what is wrong with it: missing
 * halves, the 0,0 placeholder (a point in the Atlantic), values out of range,
 * and pairs that only make sense swapped. `ukOnly` adds a warning for points
 * outside Britain and Ireland, for formats that are UK by definition.
 */
export function coordinates(
  latValue: unknown,
  lngValue: unknown,
  report: (action: Problem['action'], message: string) => void,
  ukOnly = false,
): Coordinates | undefined {
  const blank = (v: unknown) => v === undefined || v === null || v === '';
  if (blank(latValue) && blank(lngValue)) return undefined;
  const lat = num(latValue);
  const lng = num(lngValue);
  if (lat === undefined || lng === undefined) {
    report('dropped', `The latitude and longitude (${String(latValue)}, ${String(lngValue)}) are not both numbers, so the map position was left out.`);
    return undefined;
  }
  if (lat === 0 && lng === 0) {
    report('dropped', 'The latitude and longitude are 0, 0 (a placeholder: that point is in the sea off West Africa), so the map position was left out.');
    return undefined;
  }
  if (Math.abs(lat) > 90 || Math.abs(lng) > 180) {
    const swapped = Math.abs(lng) <= 90 && inBritishIsles(lng, lat);
    report(
      'dropped',
      swapped
        ? `The latitude ${lat} and longitude ${lng} look swapped, so the map position was left out.`
        : `The latitude ${lat} or longitude ${lng} is out of range, so the map position was left out.`,
    );
    return undefined;
  }
  if (ukOnly && !inBritishIsles(lat, lng)) {
    if (inBritishIsles(lng, lat)) {
      report('dropped', `The latitude ${lat} and longitude ${lng} look swapped, so the map position was left out.`);
      return undefined;
    }
    report('warning', `The position ${lat}, ${lng} is outside Britain and Ireland. Check it is right.`);
  }
  return { lat, lng };
}

function inBritishIsles(lat: number, lng: number): boolean {
  return lat >= 49.5 && lat <= 61 && lng >= -11 && lng <= 2.1;
}

// UK postcodes: outward code, optional space, inward code.
const POSTCODE = /\b([A-Z]{1,2}\d[A-Z\d]?)\s*(\d[A-Z]{2})\b/i;

/** The UK postcode inside an address, tidied to `LS1 4AP`; `undefined` when there is none. */
export function findPostcode(address: string): string | undefined {
  const m = POSTCODE.exec(address);
  return m ? `${m[1]} ${m[2]}`.toUpperCase() : undefined;
}

/** A group's online part from its join link, naming the platform when the link's host is one people know. */
export function joinLink(url: string): NonNullable<RawGroup['online']> {
  return compact({ platform: platformFromUrl(url), url });
}

/** A platform name people recognise, from a join link's host. */
export function platformFromUrl(url: string): string | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  const known: [RegExp, string][] = [
    [/(^|\.)zoom\.us$/, 'Zoom'],
    [/^meet\.google\.com$/, 'Google Meet'],
    [/(^|\.)teams\.(microsoft|live)\.com$/, 'Microsoft Teams'],
    [/(^|\.)whereby\.com$/, 'Whereby'],
    [/(^|\.)webex\.com$/, 'Webex'],
    [/(^|\.)skype\.com$/, 'Skype'],
    [/(^|\.)discord\.(gg|com)$/, 'Discord'],
    [/(^|\.)jit\.si$/, 'Jitsi'],
  ];
  return known.find(([pattern]) => pattern.test(host))?.[1];
}

/**
 * Removes keys whose value is `undefined`, an empty list or an empty object,
 * so converted feeds carry only what the source said.
 */
export function compact<T extends object>(value: T): T {
  const out: Obj = {};
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined) continue;
    if (Array.isArray(v) && v.length === 0) continue;
    if (isObject(v)) {
      const inner = compact(v);
      if (Object.keys(inner).length === 0) continue;
      out[key] = inner;
      continue;
    }
    out[key] = v;
  }
  return out as T;
}

/** Unique, non-empty strings in first-seen order. */
export function unique(values: Iterable<string | undefined>): string[] {
  const seen = new Set<string>();
  for (const v of values) if (v) seen.add(v);
  return [...seen];
}

/**
 * A label as the canonical feed's token form: "Step-free access" →
 * `step-free-access`. Topics, audiences and access needs are tokens so
 * filters match however a source capitalised them.
 */
export function token(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const t = value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\+/g, ' plus ')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '');
  return t || undefined;
}

// Language names as directories write them → BCP 47 codes. The languages
// most spoken in the UK, plus the UK's own and its sign languages.
const LANGUAGE_NAMES: Record<string, string> = {
  english: 'en', welsh: 'cy', cymraeg: 'cy', 'scottish gaelic': 'gd', gaelic: 'gd', irish: 'ga', cornish: 'kw',
  'british sign language': 'bfi', bsl: 'bfi', 'irish sign language': 'isg',
  urdu: 'ur', punjabi: 'pa', panjabi: 'pa', polish: 'pl', bengali: 'bn', bangla: 'bn', sylheti: 'syl', gujarati: 'gu',
  arabic: 'ar', romanian: 'ro', portuguese: 'pt', spanish: 'es', french: 'fr', german: 'de', italian: 'it',
  somali: 'so', tamil: 'ta', turkish: 'tr', lithuanian: 'lt', latvian: 'lv', russian: 'ru', ukrainian: 'uk',
  chinese: 'zh', mandarin: 'zh', cantonese: 'yue', persian: 'fa', farsi: 'fa', dari: 'prs', pashto: 'ps',
  kurdish: 'ku', hindi: 'hi', tigrinya: 'ti', amharic: 'am', greek: 'el', bulgarian: 'bg', hungarian: 'hu',
  slovak: 'sk', czech: 'cs', albanian: 'sq', vietnamese: 'vi', tagalog: 'tl', nepali: 'ne', yoruba: 'yo', igbo: 'ig',
  swahili: 'sw', shona: 'sn', twi: 'tw', hebrew: 'he', japanese: 'ja', korean: 'ko', thai: 'th',
};

/** A language code from a code (`cy`, `en-GB`) or an English name ("Welsh"); `undefined` when unknown. */
export function languageCode(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const t = value.trim();
  if (/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/i.test(t) && t.length <= 12 && !LANGUAGE_NAMES[t.toLowerCase()]) {
    // BCP 47 case conventions: language lower, script title, region upper (en-GB, sr-Latn).
    const [primary, ...rest] = t.split('-');
    const subtags = rest.map((sub) =>
      sub.length === 2 ? sub.toUpperCase() : sub.length === 4 ? sub[0]!.toUpperCase() + sub.slice(1).toLowerCase() : sub.toLowerCase(),
    );
    return [primary!.toLowerCase(), ...subtags].join('-');
  }
  return LANGUAGE_NAMES[t.toLowerCase()];
}
