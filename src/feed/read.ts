/**
 * Feed text or value → Directory: detect the format, adapt it to the canonical
 * feed, normalise, and report every problem from both steps in one list.
 *
 * The Meeting Guide and Open Referral adapters are small and load with this
 * module; the CSV adapter brings Papa Parse, so it is loaded only when a feed
 * is CSV.
 */
import type { AdapterResult } from './adapters/types.js';
import { adaptMeetingGuide } from './adapters/meeting-guide.js';
import { adaptOpenReferral } from './adapters/open-referral.js';
import { detectFormat } from './detect.js';
import { normalise } from './normalise.js';
import type { Directory, FeedFormat, Problem } from './types.js';

export interface ReadOptions {
  /** Force a format instead of detecting it. `auto` (the default) detects. */
  format?: FeedFormat | 'auto';
  /** The response's Content-Type; `text/csv` settles an ambiguous text. */
  contentType?: string | null;
}

/** Adapter problems listed before the rest are only counted, as normalise does for its own. */
const MAX_ADAPTER_PROBLEMS = 1000;

/**
 * Parses feed text as JSON. CSV text is returned as is (`value` is then the
 * string), since only the CSV adapter can split it.
 *
 * @returns `{ value }`, or `{ error }` with a plain-English reason when the text is neither.
 */
export function parseFeedText(text: string, options: ReadOptions = {}): { value: unknown } | { error: SyntaxError } {
  const clean = text.replace(/^\uFEFF/, '');
  if (options.format === 'csv' || (options.format !== 'native' && isCsvContentType(options.contentType))) return { value: clean };
  try {
    return { value: JSON.parse(clean) as unknown };
  } catch (thrown) {
    if ((options.format ?? 'auto') === 'auto' && detectFormat(clean) === 'csv') return { value: clean };
    const detail = thrown instanceof Error ? ` (${thrown.message})` : '';
    const empty = clean.trim() === '';
    return {
      error: new SyntaxError(empty ? 'The feed is empty.' : `The feed is not valid JSON or CSV${detail}.`),
    };
  }
}

/**
 * Reads a feed of any supported format into a Directory. Never throws: text
 * that cannot be parsed gives a Directory with no groups and one problem.
 *
 * @param textOrValue feed text (JSON or CSV) or an already-parsed JSON value.
 */
export async function readFeed(textOrValue: unknown, options: ReadOptions = {}): Promise<Directory> {
  const parsed = typeof textOrValue === 'string' ? parseFeedText(textOrValue, options) : { value: textOrValue };
  if ('error' in parsed) return unreadable(parsed.error.message, formatOf(options));
  const { value } = parsed;
  const format = chooseFormat(value, options);
  if (format === 'csv') {
    if (typeof value !== 'string') return unreadable('The feed was forced to CSV, but it is JSON, not spreadsheet text.', 'csv');
    try {
      const [{ adaptCsv }, { loadCsvParser }] = await Promise.all([import('./adapters/csv.js'), import('./adapters/csv-parser.js')]);
      return finish(adaptCsv(value, await loadCsvParser()), 'csv');
    } catch {
      return unreadable('The CSV reader could not be loaded, so the spreadsheet could not be read. Try again.', 'csv');
    }
  }
  return readFeedSync(value, { ...options, format });
}

/**
 * The loader's parser: like `readFeed`, but text that is neither JSON nor CSV
 * rejects with a SyntaxError, so the loader can keep a saved copy and report
 * a `parse` FeedError.
 */
export async function parseFeed(text: string, contentType: string | null, format?: FeedFormat): Promise<Directory> {
  const options: ReadOptions = { format: format ?? 'auto', contentType };
  const parsed = parseFeedText(text, options);
  if ('error' in parsed) throw parsed.error;
  return readFeed(parsed.value, options);
}

/**
 * Reads an already-parsed JSON value (native, Meeting Guide or Open Referral)
 * without loading anything. A string is parsed as JSON; CSV needs `readFeed`.
 */
export function readFeedSync(value: unknown, options: ReadOptions = {}): Directory {
  let input = value;
  if (typeof value === 'string') {
    const parsed = parseFeedText(value, options);
    if ('error' in parsed) return unreadable(parsed.error.message, formatOf(options));
    input = parsed.value;
  }
  const format = chooseFormat(input, options);
  switch (format) {
    case 'csv':
      return unreadable('This feed is CSV, which needs readFeed() (it loads the CSV reader).', 'csv');
    case 'meeting-guide':
      return finish(adaptMeetingGuide(input), format);
    case 'open-referral':
      return finish(adaptOpenReferral(input), format);
    case 'native':
      return normalise(input, { format });
  }
}

function formatOf(options: ReadOptions): FeedFormat {
  return options.format && options.format !== 'auto' ? options.format : 'native';
}

function chooseFormat(value: unknown, options: ReadOptions): FeedFormat {
  if (options.format && options.format !== 'auto') return options.format;
  if (typeof value === 'string') return 'csv';
  return detectFormat(value);
}

function isCsvContentType(contentType: string | null | undefined): boolean {
  return /^\s*(text\/csv|application\/csv|text\/comma-separated-values)\b/i.test(contentType ?? '');
}

function unreadable(message: string, format: FeedFormat): Directory {
  const problem: Problem = Object.freeze({ path: '', message, action: 'skipped' as const });
  return Object.freeze({
    version: 1,
    groups: Object.freeze([]),
    content: Object.freeze({}),
    problems: Object.freeze([problem]),
    stats: Object.freeze({ records: 0, groups: 0, skipped: 0, dropped: 0 }),
    format,
  });
}

/** A feed converted to the canonical format, and what reading it found. */
export interface Conversion {
  /** The canonical feed JSON, without the groups that were skipped; `undefined` when nothing could be read. */
  feed?: unknown;
  directory: Directory;
}

/**
 * Converts a feed of any supported format to the canonical feed JSON (for
 * `sg-feed convert`). Groups that reading skipped are left out of `feed`, so
 * the result validates cleanly; `directory.problems` says why each went.
 */
export async function convertFeed(textOrValue: unknown, options: ReadOptions = {}): Promise<Conversion> {
  const parsed = typeof textOrValue === 'string' ? parseFeedText(textOrValue, options) : { value: textOrValue };
  if ('error' in parsed) return { directory: unreadable(parsed.error.message, formatOf(options)) };
  const format = chooseFormat(parsed.value, options);
  let adapted: AdapterResult;
  if (format === 'native') {
    const directory = normalise(parsed.value, { format });
    return { feed: parsed.value, directory };
  }
  if (format === 'csv') {
    if (typeof parsed.value !== 'string') return { directory: unreadable('The feed was forced to CSV, but it is JSON, not spreadsheet text.', 'csv') };
    const [{ adaptCsv }, { loadCsvParser }] = await Promise.all([import('./adapters/csv.js'), import('./adapters/csv-parser.js')]);
    adapted = adaptCsv(parsed.value, await loadCsvParser());
  } else {
    adapted = format === 'meeting-guide' ? adaptMeetingGuide(parsed.value) : adaptOpenReferral(parsed.value);
  }
  const { directory, skipped } = merge(adapted, format);
  const groups = adapted.feed.groups.filter((_, i) => !skipped.has(i));
  return { feed: { ...adapted.feed, groups }, directory };
}

function finish(adapted: AdapterResult, format: FeedFormat): Directory {
  return merge(adapted, format).directory;
}

/**
 * Normalises an adapter's feed and merges both steps' problems, pointing them
 * back at the source. Also returns which converted groups normalise skipped.
 */
function merge(adapted: AdapterResult, format: FeedFormat): { directory: Directory; skipped: Set<number> } {
  const directory = normalise(adapted.feed, { format });
  const skipped = new Set<number>();
  for (const p of directory.problems) if (p.action === 'skipped' && p.index !== undefined && /^groups\[/.test(p.path)) skipped.add(p.index);
  const own = adapted.problems.slice(0, MAX_ADAPTER_PROBLEMS);
  if (adapted.problems.length > MAX_ADAPTER_PROBLEMS) {
    own.push({ path: '', message: `${adapted.problems.length - MAX_ADAPTER_PROBLEMS} more conversion problems were found but are not listed.`, action: 'warning' });
  }
  const fromNormalise = directory.problems.map((p) => Object.freeze(relocate(p, adapted.sources, format)));
  const count = (action: Problem['action']) => adapted.problems.filter((p) => p.action === action).length;
  // Records the adapter left out never reached normalise, so they are added to its counts.
  const adapterSkipped = count('skipped');
  const merged: Directory = Object.freeze({
    ...directory,
    problems: Object.freeze([...own.map((p) => Object.freeze(p)), ...fromNormalise]),
    stats: Object.freeze({
      records: directory.stats.records + adapterSkipped,
      groups: directory.stats.groups,
      skipped: directory.stats.skipped + adapterSkipped,
      dropped: directory.stats.dropped + count('dropped'),
    }),
  });
  return { directory: merged, skipped };
}

/**
 * Rewrites `groups[3].contact.url` as the source place the editor knows
 * (`row 5, website` for CSV, `[3].contact.url` for Meeting Guide).
 */
function relocate(problem: Problem, sources: readonly string[], format: FeedFormat): Problem {
  const m = /^groups\[(\d+)\]\.?(.*)$/.exec(problem.path);
  const source = m ? sources[Number(m[1])] : undefined;
  if (!m || source === undefined) return problem;
  const rest = m[2] ?? '';
  if (format === 'csv') {
    const when = /^schedule\[\d+\]\.(\w+)/.exec(rest);
    const field = rest.replace(/\[\d+\].*$/, '');
    const column = when ? (SCHEDULE_COLUMNS[when[1]!] ?? 'day') : (CSV_FIELDS[field] ?? rest);
    return { ...problem, path: column ? `${source}, ${column}` : source };
  }
  return { ...problem, path: rest ? `${source}.${rest}` : source };
}

const SCHEDULE_COLUMNS: Record<string, string> = {
  start: 'start', end: 'end', timezone: 'timezone', byday: 'day', freq: 'frequency', interval: 'frequency',
};

// Canonical field → CSV column, kept here so the CSV adapter stays out of the main bundle.
const CSV_FIELDS: Record<string, string> = {
  id: 'id', name: 'name', summary: 'summary', description: 'description', topics: 'topics', audiences: 'audiences',
  attendance: 'attendance', facilitation: 'facilitation', booking: 'booking', cost: 'free', 'cost.free': 'free',
  'cost.details': 'cost_details', schedule: 'day', location: 'address', 'location.name': 'location_name',
  'location.address': 'address', 'location.postcode': 'postcode', 'location.lat': 'lat', 'location.lng': 'lng',
  'location.region': 'region', 'location.accessibility': 'accessibility', online: 'online_url',
  'online.platform': 'online_platform', 'online.url': 'online_url', contact: 'email', 'contact.email': 'email',
  'contact.phone': 'phone', 'contact.url': 'website', organisation: 'organisation', 'organisation.name': 'organisation',
  'organisation.url': 'organisation_url', 'organisation.charityNumber': 'charity_number', languages: 'languages',
  lastVerified: 'last_verified', size: 'size', inactive: 'inactive',
};
