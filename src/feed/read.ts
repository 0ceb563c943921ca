/**
 * Feed text or value → Directory: detect the format, adapt it to the canonical
 * feed, normalise, and report every problem from both steps in one list.
 *
 * Adapters are loaded only when a feed needs one, so a page whose feed is
 * already canonical JSON downloads none of them (and never Papa Parse). For a
 * synchronous read of parsed JSON, use `readFeedSync` from `./adapters/sync.js`.
 */
import type { AdapterResult } from './adapters/types.js';
import { merge, unreadable } from './adapters/merge.js';
import { detectFormat } from './detect.js';
import { normalise } from './normalise.js';
import type { Directory, FeedFormat } from './types.js';

export interface ReadOptions {
  /** Force a format instead of detecting it. `auto` (the default) detects. */
  format?: FeedFormat | 'auto';
  /** The response's Content-Type; `text/csv` settles an ambiguous text. */
  contentType?: string | null;
}

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
  const format = chooseFormat(parsed.value, options);
  if (format === 'native') return normalise(parsed.value, { format });
  const adapted = await adapt(parsed.value, format);
  return 'problem' in adapted ? unreadable(adapted.problem, format) : merge(adapted, format).directory;
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

/** The format named in the options, for reporting a feed that could not be read. */
export function formatOf(options: ReadOptions): FeedFormat {
  return options.format && options.format !== 'auto' ? options.format : 'native';
}

/** The forced format, or the detected one; text that survived parsing is CSV. */
export function chooseFormat(value: unknown, options: ReadOptions): FeedFormat {
  if (options.format && options.format !== 'auto') return options.format;
  if (typeof value === 'string') return 'csv';
  return detectFormat(value);
}

function isCsvContentType(contentType: string | null | undefined): boolean {
  return /^\s*(text\/csv|application\/csv|text\/comma-separated-values)\b/i.test(contentType ?? '');
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
  if (format === 'native') return { feed: parsed.value, directory: normalise(parsed.value, { format }) };
  const adapted = await adapt(parsed.value, format);
  if ('problem' in adapted) return { directory: unreadable(adapted.problem, format) };
  const { directory, skipped } = merge(adapted, format);
  const groups = adapted.feed.groups.filter((_, i) => !skipped.has(i));
  return { feed: { ...adapted.feed, groups }, directory };
}

/** Loads the adapter a format needs and runs it; a reason instead when that is impossible. */
async function adapt(value: unknown, format: Exclude<FeedFormat, 'native'>): Promise<AdapterResult | { problem: string }> {
  try {
    if (format === 'csv') {
      if (typeof value !== 'string') return { problem: 'The feed was forced to CSV, but it is JSON, not spreadsheet text.' };
      const [{ adaptCsv }, { loadCsvParser }] = await Promise.all([import('./adapters/csv.js'), import('./adapters/csv-parser.js')]);
      return adaptCsv(value, await loadCsvParser());
    }
    if (format === 'meeting-guide') return (await import('./adapters/meeting-guide.js')).adaptMeetingGuide(value);
    return (await import('./adapters/open-referral.js')).adaptOpenReferral(value);
  } catch {
    return { problem: `The ${format} reader could not be loaded, so the feed could not be read. Try again.` };
  }
}
