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
import { FeedError } from './errors.js';
import { normalise } from './normalise.js';
import type { Directory, FeedFormat } from './types.js';
import { loadReader, readersUrl, type ForeignFormat } from '../internal/formats-loader.js';

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
  return readValue(parsed.value, options, false);
}

/** Reads a parsed value; a reader that cannot be loaded throws a FeedError when `throwIfNoReader`. */
async function readValue(value: unknown, options: ReadOptions, throwIfNoReader: boolean): Promise<Directory> {
  const format = chooseFormat(value, options);
  if (format === 'native') return normalise(value, { format });
  const adapted = await adapt(value, format);
  if ('problem' in adapted) {
    if (throwIfNoReader && adapted.noReader) throw new FeedError('parse', '', { message: adapted.problem, detail: adapted.detail });
    return unreadable(adapted.problem, format);
  }
  return merge(adapted, format).directory;
}

/**
 * The loader's parser: like `readFeed`, but text that is neither JSON nor CSV
 * rejects with a SyntaxError, and a feed whose reader cannot be loaded with a
 * `parse` FeedError that says so, so the loader can keep a saved copy and the
 * elements show the feed error (with crisis help) rather than an empty list.
 */
export async function parseFeed(text: string, contentType: string | null, format?: FeedFormat): Promise<Directory> {
  const options: ReadOptions = { format: format ?? 'auto', contentType };
  const parsed = parseFeedText(text, options);
  if ('error' in parsed) throw parsed.error;
  return readValue(parsed.value, options, true);
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

const FORMAT_NAMES: Record<ForeignFormat, string> = {
  csv: 'CSV',
  'meeting-guide': 'Meeting Guide',
  'open-referral': 'Open Referral UK',
};

type Adapted = AdapterResult | { problem: string; noReader?: true; detail?: string };

/** Loads the reader a format needs and runs it; a reason instead when that is impossible. */
async function adapt(value: unknown, format: ForeignFormat): Promise<Adapted> {
  if (format === 'csv' && typeof value !== 'string') return { problem: 'The feed was forced to CSV, but it is JSON, not spreadsheet text.' };
  let read;
  try {
    read = await loadReader(format);
  } catch (thrown) {
    return { problem: noReaderMessage(format), noReader: true, detail: thrown instanceof Error ? thrown.message : String(thrown) };
  }
  return read(value);
}

/** What an editor can do when the reader for a feed's format could not be loaded. */
function noReaderMessage(format: ForeignFormat): string {
  const url = readersUrl();
  const name = FORMAT_NAMES[format];
  if (!url) return `This feed is in ${name} format; the reader for it could not be loaded. Try again, or convert the feed with sg-feed convert.`;
  const file = url.replace(/[?#].*$/, '').replace(/^.*\//, '');
  return (
    `This feed is in ${name} format; the reader for it could not be loaded from ${url}. ` +
    `Convert the feed with sg-feed convert, or host ${file} next to the script.`
  );
}
