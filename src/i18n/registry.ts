/**
 * One table of visitor-facing strings per language.
 *
 * English (en) is the source. Each element's strings module registers its own
 * keys for `en` and `cy` when it is imported, so an element's entry carries
 * only its own words. Keys are typed: a strings module adds them to
 * `SgStrings` by declaration merging, so `t('signpost.heading')` is checked.
 * Sites add or override languages with `registerTranslation()`; a key missing
 * from a language falls back to English, never to a blank.
 */

/**
 * Plural forms chosen with Intl.PluralRules; `other` is required. `zero`, when
 * given, is used for a count of 0 in every language (English has no zero
 * category of its own, but "No groups found" reads better than "0 groups found").
 */
export interface PluralMessage {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

/** A string with `{name}` placeholders, or plural forms chosen by `{count}`. */
export type Message = string | PluralMessage;

/**
 * Every known key. Strings modules extend this interface, for example
 * `declare module '../../i18n/registry.js' { interface SgStrings extends Keys<typeof en> {} }`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface SgStrings {}

export type StringKey = keyof SgStrings & string;

/** Turns a strings object into the shape `SgStrings` is extended with. */
export type Keys<T> = { readonly [K in keyof T]: Message };

export type Params = Readonly<Record<string, string | number>>;

const TABLES_KEY = Symbol.for('support-group-widgets.i18n.tables');
const LISTENERS_KEY = Symbol.for('support-group-widgets.i18n.listeners');

type Table = Map<string, Message>;
type GlobalWithTables = typeof globalThis & {
  [TABLES_KEY]?: Map<string, Table>;
  [LISTENERS_KEY]?: Set<() => void>;
};

// Kept on globalThis so two copies of the bundle on a page share one set of
// translations: a site registering Polish once reaches every copy.
const g = globalThis as GlobalWithTables;
const tables: Map<string, Table> = (g[TABLES_KEY] ??= new Map());
const listeners: Set<() => void> = (g[LISTENERS_KEY] ??= new Set());

export const SOURCE_LANG = 'en';

/**
 * The locale to give Intl for a language tag. Bare `en` (or none) means
 * British English, the language the widgets are written in: Intl alone would
 * read `en` as American and write dates as "October 1, 2026".
 */
export function intlLocale(locale: string): string {
  return /^en$/i.test(locale) || !locale ? 'en-GB' : locale;
}

function normaliseLang(lang: string): string {
  return lang.trim().toLowerCase().replace(/_/g, '-');
}

/**
 * Adds or replaces strings for a language (`cy`, `pl`, `en-US`…).
 * Elements on the page re-render in that language straight away.
 */
export function registerTranslation(lang: string, strings: Readonly<Record<string, Message>>): void {
  const code = normaliseLang(lang);
  if (!code) return;
  let table = tables.get(code);
  if (!table) tables.set(code, (table = new Map()));
  for (const [key, value] of Object.entries(strings)) {
    if (isMessage(value)) table.set(key, value);
  }
  for (const listener of listeners) listener();
}

/** An element's own strings: English plus any translations it ships. */
export interface StringsBundle {
  readonly en: Readonly<Record<string, Message>>;
  readonly [lang: string]: Readonly<Record<string, Message>>;
}

const registeredBundles = new WeakSet<StringsBundle>();

/**
 * Registers an element's built-in strings once. Elements call this when they
 * connect instead of relying on a module's import side effects, which
 * bundlers may drop. Built-in strings never replace a site's own: a
 * translation registered earlier with `registerTranslation` wins.
 */
export function registerStrings(bundle: StringsBundle): void {
  if (registeredBundles.has(bundle)) return;
  registeredBundles.add(bundle);
  for (const [lang, strings] of Object.entries(bundle)) {
    const code = normaliseLang(lang);
    let table = tables.get(code);
    if (!table) tables.set(code, (table = new Map()));
    for (const [key, value] of Object.entries(strings)) {
      if (!table.has(key) && isMessage(value)) table.set(key, value);
    }
  }
}

/** Languages with at least one registered string, as normalised codes. */
export function registeredLanguages(): string[] {
  return [...tables.keys()];
}

/** Called whenever translations change. Returns an unsubscribe function. */
export function onTranslationsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function isMessage(value: unknown): value is Message {
  if (typeof value === 'string') return true;
  return typeof value === 'object' && value !== null && typeof (value as PluralMessage).other === 'string';
}

/** The language codes to try, most specific first: `cy-GB` → `cy-gb`, `cy`, `en`. */
export function fallbackChain(lang: string): string[] {
  const code = normaliseLang(lang);
  const chain: string[] = [];
  if (code) {
    chain.push(code);
    const primary = code.split('-')[0]!;
    if (primary !== code) chain.push(primary);
  }
  if (!chain.includes(SOURCE_LANG)) chain.push(SOURCE_LANG);
  return chain;
}

/** The message for a key in the best available language, or undefined. */
export function lookup(lang: string, key: string): { message: Message; lang: string } | undefined {
  for (const code of fallbackChain(lang)) {
    const message = tables.get(code)?.get(key);
    if (message !== undefined) return { message, lang: code };
  }
  return undefined;
}

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function cached<T>(cache: Map<string, T>, lang: string, make: (l: string) => T, fallback: () => T): T {
  let value = cache.get(lang);
  if (!value) {
    try {
      value = make(lang);
    } catch {
      value = fallback();
    }
    cache.set(lang, value);
  }
  return value;
}

export function pluralRulesFor(lang: string): Intl.PluralRules {
  return cached(pluralRules, lang, (l) => new Intl.PluralRules(l), () => new Intl.PluralRules(SOURCE_LANG));
}

export function numberFormatFor(lang: string): Intl.NumberFormat {
  return cached(numberFormats, lang, (l) => new Intl.NumberFormat(l), () => new Intl.NumberFormat(SOURCE_LANG));
}

/**
 * Formats a message: picks the plural form for `params.count`, then fills
 * `{name}` placeholders. Numbers are formatted for the language.
 */
export function format(message: Message, lang: string, params?: Params): string {
  let text: string;
  if (typeof message === 'string') {
    text = message;
  } else {
    const count = Number(params?.count ?? 0);
    const form = count === 0 && message.zero !== undefined ? 'zero' : (pluralRulesFor(lang).select(count) as keyof PluralMessage);
    text = message[form] ?? message.other;
  }
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numberFormatFor(lang).format(value) : value;
  });
}

/** Translates a key for a language; unknown keys show the key, so a gap is visible, not blank. */
export function translate(lang: string, key: StringKey, params?: Params): string {
  const found = lookup(lang, key);
  if (!found) return key;
  return format(found.message, found.lang, params);
}
