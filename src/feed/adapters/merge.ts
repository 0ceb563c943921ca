/**
 * The last step of reading a converted feed: normalise it and merge the
 * adapter's problems with normalise's, pointing each back at the place in the
 * source an editor knows (`row 5, website`, `[3].contact.url`).
 */
import { normalise } from '../normalise.js';
import type { Directory, FeedFormat, Problem } from '../types.js';
import type { AdapterResult } from './types.js';

/** Adapter problems listed before the rest are only counted, as normalise does for its own. */
const MAX_ADAPTER_PROBLEMS = 1000;

/** A Directory with no groups and one problem saying why the feed could not be read. */
export function unreadable(message: string, format: FeedFormat): Directory {
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

/**
 * Normalises an adapter's feed and merges both steps' problems, pointing them
 * back at the source. Also returns which converted groups normalise skipped.
 */
export function merge(adapted: AdapterResult, format: FeedFormat): { directory: Directory; skipped: Set<number> } {
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
