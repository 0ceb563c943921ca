/**
 * Field readers shared by the feed normalisers. Each takes an untrusted
 * object, a key and a Scope; it returns a clean value or `undefined`, and
 * reports anything it had to leave out or shorten. Blank values (missing,
 * `null`, empty text) are simply absent: spreadsheets leave cells empty.
 */
import type { Scope } from './problems.js';
import { MAX_URL_LENGTH, safeUrl } from './url.js';
import { Collected, frozenWords, noItems } from './normalise-lists.js';

export type Raw = Record<string, unknown>;

/** A plain object (not an array, not null). */
export function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// The names Object.prototype holds in every browser. Anything else on it is
// pollution by some other script, and then every record is copied before use.
const STANDARD_PROTOTYPE = new Set([
  'constructor', '__defineGetter__', '__defineSetter__', 'hasOwnProperty', '__lookupGetter__', '__lookupSetter__',
  'isPrototypeOf', 'propertyIsEnumerable', 'toString', 'valueOf', '__proto__', 'toLocaleString',
]);
let prototypeClean = false;

/**
 * Starts (or with `false` ends) a run of reads through `fieldsOf`: checks once
 * that Object.prototype holds only its standard names.
 */
export function readingPlainRecords(start: boolean): void {
  prototypeClean = start && Object.getOwnPropertyNames(Object.prototype).every((name) => STANDARD_PROTOTYPE.has(name));
}

/**
 * A record whose fields can be read directly (`fields.name`) with no risk of
 * an inherited value. Every object JSON.parse makes inherits from a clean
 * Object.prototype and nothing else, so it comes back as it is, as does an
 * object with no prototype; any other object is copied, own fields only, into
 * an object with no prototype.
 */
export function fieldsOf(object: Raw): Raw {
  const prototype = Object.getPrototypeOf(object);
  if (prototype === null || (prototype === Object.prototype && prototypeClean)) return object;
  const copy: Raw = Object.create(null);
  for (const key of Object.getOwnPropertyNames(object)) copy[key] = object[key];
  return copy;
}

/**
 * Reads a field the object itself holds. Inherited values are ignored, so an
 * object built with a `__proto__` or a polluted prototype cannot supply fields.
 */
export function own(object: Raw, key: string): unknown {
  const value = object[key];
  // Most optional fields are absent, so only a value that is there pays for the ownership check.
  return value !== undefined && Object.hasOwn(object, key) ? value : undefined;
}

/** True for `undefined`, `null` and text that is only white space. */
export function isBlank(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value !== 'string') return false;
  // A printable ASCII first character is not white space: no need to trim.
  const first = value.charCodeAt(0);
  return !(first > 32 && first < 127) && value.trim() === '';
}

/** How a value looks, for a message to an editor. */
export function describe(value: unknown): string {
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `"${cleanText(shown, false)}"`;
  }
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'empty';
  if (typeof value === 'object') return 'a group of fields';
  return String(value);
}

// Control characters, line and paragraph separators, bidirectional overrides
// (used to make text read differently from how it is stored) and unpaired
// surrogate halves. Checked first so clean text, nearly all of it, is cheap.
const NEEDS_WORK = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]/u;
// In Unicode mode a surrogate range only matches halves that are not part of a pair.
const LONE_SURROGATE = /[\ud800-\udfff]/gu;
// For multi-line text: the same characters except the line break, whose own
// untidiness (runs of blank lines, spaces at line ends) is checked separately.
const NEEDS_WORK_MULTILINE = /[^\P{Cc}\n]|[\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]/u;
const UNTIDY_LINES = /\n\n\n|[ \t\r]\n|\n[ \t]/;
const INVISIBLE = /[\u202a-\u202e\u2066-\u2069]/g;
const CONTROL_RUN = /(?:(?!\n)[\p{Cc}\u2028\u2029])+/gu;
const CONTROL_RUN_WITH_NEWLINES = /[\p{Cc}\u2028\u2029]+/gu;
// The same sets without Unicode mode, where any surrogate matches, paired or
// not. They run faster, and text they pass (nearly all of it) cannot match the
// exact expressions above; text they stop is checked exactly.
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const MAYBE = /[\0-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]/;
// eslint-disable-next-line no-control-regex -- as above
const MAYBE_MULTILINE = /[\0-\t\v-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]/;

function mayNeedWork(value: string, quick: RegExp, exact: RegExp): boolean {
  return quick.test(value) && exact.test(value);
}

/**
 * Feed text as plain text: trimmed, control characters collapsed to one
 * space, bidirectional overrides removed. Multi-line fields keep line breaks
 * (at most one blank line in a row). Markup is left as the literal characters
 * it is made of; elements render it as text, never as HTML.
 */
export function cleanText(value: string, multiline: boolean): string {
  if (multiline ? !mayNeedWork(value, MAYBE_MULTILINE, NEEDS_WORK_MULTILINE) && !(value.includes('\n') && UNTIDY_LINES.test(value)) : !mayNeedWork(value, MAYBE, NEEDS_WORK)) {
    return value.trim();
  }
  let text = value.replace(LONE_SURROGATE, '\ufffd').replace(INVISIBLE, '');
  if (multiline) {
    text = text
      .replace(/\r\n?/g, '\n')
      .replace(CONTROL_RUN, ' ')
      .replace(/[ \t]*\n[ \t]*/g, '\n')
      .replace(/\n{3,}/g, '\n\n');
  } else {
    text = text.replace(CONTROL_RUN_WITH_NEWLINES, ' ');
  }
  return text.replace(/ {2,}/g, ' ').trim();
}

/** Cuts at a word boundary near `max` and marks the cut with an ellipsis. */
function shorten(text: string, max: number): string {
  const room = text.slice(0, max - 1);
  const space = room.lastIndexOf(' ');
  return `${space > max * 0.8 ? room.slice(0, space) : room}…`;
}

/** Options for text that keeps its line breaks, shared so no call builds its own. */
export const MULTILINE: TextOptions = Object.freeze({ multiline: true });

export interface TextOptions {
  /** Keep line breaks (descriptions, answers). */
  multiline?: boolean;
  /** What the field is called in messages; defaults to the key. */
  label?: string;
}

/**
 * Text from a field. Numbers are accepted as their digits (a charity number
 * or a size often arrives as a number). Text over `max` is shortened at a
 * word and a warning says so.
 */
export function readText(object: Raw, key: string, scope: Scope, max: number, options?: TextOptions): string | undefined {
  return text(own(object, key), key, scope, max, options);
}

/** `readText` for a value already read from the field `key`. */
export function text(value: unknown, key: string, scope: Scope, max: number, options?: TextOptions): string | undefined {
  if (isBlank(value)) return undefined;
  let clean: string;
  if (typeof value === 'string') {
    // Bound the work on absurd input before any regular expression sees it.
    clean = cleanText(value.length > max * 4 + 64 ? value.slice(0, max * 4 + 64) : value, options?.multiline === true);
  } else if (typeof value === 'number' && Number.isFinite(value)) {
    clean = String(value);
  } else {
    scope.dropped(key, `${options?.label ?? key} should be text but is ${describe(value)}, so it was left out.`);
    return undefined;
  }
  if (clean === '') return undefined;
  if (clean.length > max) {
    scope.warning(key, `${options?.label ?? key} is longer than ${max} characters, so it was shortened.`);
    return shorten(clean, max);
  }
  return clean;
}

/** A link from a field, or `undefined` (reported) when it is not a safe absolute link. */
export function readUrl(object: Raw, key: string, scope: Scope, label = key): string | undefined {
  return link(own(object, key), key, scope, label);
}

/** `readUrl` for a value already read from the field `key`. */
export function link(value: unknown, key: string, scope: Scope, label = key): string | undefined {
  if (isBlank(value)) return undefined;
  const url = safeUrl(value);
  if (url !== undefined) return url;
  const why =
    typeof value === 'string' && value.length > MAX_URL_LENGTH
      ? `is longer than ${MAX_URL_LENGTH} characters`
      : 'is not a full link starting with https://, http://, mailto:, tel: or sms:';
  scope.dropped(key, `The ${label} ${describe(value)} ${why}, so it was left out.`);
  return undefined;
}

/** One of a fixed set of words. */
export function readChoice<T extends string>(object: Raw, key: string, scope: Scope, choices: readonly T[]): T | undefined {
  return choice(own(object, key), key, scope, choices);
}

/** `readChoice` for a value already read from the field `key`. */
export function choice<T extends string>(value: unknown, key: string, scope: Scope, choices: readonly T[]): T | undefined {
  // Nearly every feed writes the word exactly as it is listed.
  if ((choices as readonly unknown[]).includes(value)) return value as T;
  if (isBlank(value)) return undefined;
  const word = typeof value === 'string' ? value.trim().toLowerCase() : value;
  if ((choices as readonly unknown[]).includes(word)) return word as T;
  scope.dropped(key, `${key} is ${describe(value)}; it should be one of ${choices.join(', ')}, so it was left out.`);
  return undefined;
}

/** A true/false field's value (`true`, `false`), or `undefined` (reported) when it is something else. */
export function flag(value: unknown, key: string, scope: Scope): boolean | undefined {
  if (isBlank(value)) return undefined;
  if (typeof value === 'boolean') return value;
  scope.dropped(key, `${key} should be true or false but is ${describe(value)}, so it was left out.`);
  return undefined;
}

const DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isDate(text: string): boolean {
  if (!DATE.test(text)) return false;
  // Digits read in place: the pattern has checked every one of them.
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= MONTH_DAYS[month - 1] + (leap ? 1 : 0);
}

function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
}

/** A `YYYY-MM-DD` date from a field. */
export function readDate(object: Raw, key: string, scope: Scope): string | undefined {
  return day(own(object, key), key, scope);
}

/** `readDate` for a value already read from the field `key`. */
export function day(value: unknown, key: string, scope: Scope): string | undefined {
  if (isBlank(value)) return undefined;
  if (typeof value === 'string' && isDate(value.trim())) return value.trim();
  scope.dropped(key, `${key} is ${describe(value)}; dates are written like 2025-03-18, so it was left out.`);
  return undefined;
}

/** The values of a list field: a JSON list, or text separated by commas. */
export function listItems(value: unknown): readonly unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (typeof value === 'string') return value.split(',');
  return undefined;
}

/** Lists longer than this are cut: no real group has 50 topics. */
export const MAX_LIST = 50;
const TOKEN = /^[a-z0-9][a-z0-9-]{0,62}$/;

/**
 * A list of short keywords (topics, audiences, accessibility): lower case,
 * spaces turned into hyphens, duplicates removed. Items that are not
 * keywords, or not in `allowed` when it is given, are left out and reported.
 */
export function readTokens(object: Raw, key: string, scope: Scope, allowed?: ReadonlySet<string>): readonly string[] {
  return tokens(own(object, key), key, scope, allowed);
}

/** `readTokens` for a value already read from the field `key`. */
export function tokens(value: unknown, key: string, scope: Scope, allowed?: ReadonlySet<string>): readonly string[] {
  if (isBlank(value)) return noItems();
  const items = listItems(value);
  if (!items) {
    scope.dropped(key, `${key} should be a list but is ${describe(value)}, so it was left out.`);
    return noItems();
  }
  const out = TOKENS;
  out.clear();
  const count = Math.min(items.length, MAX_LIST);
  for (let i = 0; i < count; i++) {
    const item = items[i];
    if (isBlank(item)) continue;
    let token = typeof item === 'string' ? item.trim() : '';
    let word = TOKEN.test(token);
    if (!word) {
      token = token.toLowerCase().replace(/[\s_]+/g, '-');
      word = TOKEN.test(token);
    }
    if (word && (!allowed || allowed.has(token))) {
      out.add(token);
    }
    else {
      const expected = allowed ? `one of ${[...allowed].join(', ')}` : 'a short word such as "step-free"';
      scope.dropped(Array.isArray(value) ? `${key}[${i}]` : key, `${describe(item)} in ${key} is not ${expected}, so it was left out.`);
    }
  }
  if (items.length > MAX_LIST) scope.warning(key, `${key} has more than ${MAX_LIST} items; only the first ${MAX_LIST} were read.`);
  return frozenWords(out);
}

const TOKENS = new Collected<string>();
