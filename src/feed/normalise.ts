/**
 * normalise(): any parsed JSON → an immutable Directory.
 *
 * A feed is untrusted input from someone else's spreadsheet or script. This
 * never throws: a record that cannot be shown is skipped, a field that cannot
 * be trusted is dropped, and each is reported as a Problem an editor can act
 * on. Unknown fields are ignored so newer feeds keep working here.
 */
import { ProblemLog, Scope } from './problems.js';
import { FEED_VERSION, type Directory, type FeedFormat, type Group, type Publisher } from './types.js';
import { readGroup, recordId } from './normalise-group.js';
import { readContent } from './normalise-content.js';
import { readSignposting } from './normalise-signposting.js';
import { describe, isBlank, isRecord, own, readingPlainRecords, readText, readUrl, type Raw } from './normalise-text.js';

export { safeUrl } from './url.js';

/** Feeds longer than this are cut, so a runaway export cannot freeze a visitor's phone. */
export const DEFAULT_MAX_GROUPS = 50_000;
/** Problems listed before the rest are only counted. */
export const DEFAULT_MAX_PROBLEMS = 1000;

export interface NormaliseOptions {
  /** The format the input was converted from; reported in `Directory.format`. Default `native`. */
  format?: FeedFormat;
  /** Groups read before the rest are skipped (one problem says so). Default 50,000. */
  maxGroups?: number;
  /** Problems listed in full; the rest are counted in one closing warning. Default 1,000. */
  maxProblems?: number;
}

/**
 * Checks and cleans a canonical feed (version 1) already parsed from JSON.
 *
 * Accepts the feed object `{ version, publisher, updated, groups, signposting, content }`
 * or a bare list of groups. Returns a deep-frozen Directory whose `problems`
 * say what was skipped (whole records), dropped (fields or list items) or is
 * worth a warning, with the record index, id and JSON path of each.
 *
 * @example
 * const directory = normalise(JSON.parse(text));
 * for (const p of directory.problems) console.warn(`${p.path}: ${p.message}`);
 */
export function normalise(input: unknown, options: NormaliseOptions = {}): Directory {
  const log = new ProblemLog(positive(options.maxProblems, DEFAULT_MAX_PROBLEMS));
  const format = options.format ?? 'native';
  readingPlainRecords(true);
  try {
    return read(input, format, positive(options.maxGroups, DEFAULT_MAX_GROUPS), log);
  } catch {
    // Parsed JSON cannot get here; a caller passing live objects with throwing
    // getters or proxies can, and still deserves a Directory rather than a crash.
    log.add({ path: '', message: 'The feed could not be read at all, so nothing from it is shown.', action: 'skipped' });
    return directory({ groups: [], records: 0, format, log });
  } finally {
    readingPlainRecords(false);
  }
}

function positive(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && value >= 0 ? Math.floor(value) : fallback;
}

function read(input: unknown, format: FeedFormat, maxGroups: number, log: ProblemLog): Directory {
  const root = new Scope(log, '');
  if (Array.isArray(input)) {
    return directory({ ...readGroups(input, 'groups', maxGroups, log), format, log });
  }
  if (!isRecord(input)) {
    root.report('', `The feed should be a JSON object with a "groups" list, or a list of groups, but it is ${describe(input)}.`, 'skipped');
    return directory({ groups: [], records: 0, format, log });
  }

  checkVersion(own(input, 'version'), root);
  const publisher = readPublisher(own(input, 'publisher'), root);
  const updated = readUpdated(input, root);
  const signposting = readSignposting(own(input, 'signposting'), new Scope(log, 'signposting'));
  const content = readContent(own(input, 'content'), new Scope(log, 'content'));

  const list = own(input, 'groups');
  let groups: Group[] = [];
  let records = 0;
  if (Array.isArray(list)) {
    ({ groups, records } = readGroups(list, 'groups', maxGroups, log));
  } else if (!isBlank(list)) {
    root.dropped('groups', `groups should be a list but is ${describe(list)}, so no groups were read.`);
  } else if (!signposting && Object.keys(content).length === 0) {
    root.warning('groups', 'The feed has no "groups" list, so there are no groups to show.');
  }
  return directory({ groups, records, format, log, publisher, updated, signposting, content });
}

function checkVersion(version: unknown, root: Scope): void {
  if (version === FEED_VERSION || version === String(FEED_VERSION)) return;
  root.warning(
    'version',
    isBlank(version)
      ? `The feed does not say which version it is; it was read as version ${FEED_VERSION}.`
      : `The feed says it is version ${describe(version)}; it was read as version ${FEED_VERSION}, so newer fields may be missed.`,
  );
}

function readGroups(list: readonly unknown[], path: string, maxGroups: number, log: ProblemLog): { groups: Group[]; records: number } {
  const groups: Group[] = [];
  const firstIndex = new Map<string, number>();
  const count = Math.min(list.length, maxGroups);
  for (let index = 0; index < count; index++) {
    const raw = list[index];
    const scope = Scope.item(log, path, index);
    let group: Group | undefined;
    try {
      scope.id = recordId(raw);
      group = readGroup(raw, scope);
    } catch {
      scope.skipped('This group could not be read, so it was left out.');
    }
    if (!group) continue;
    const earlier = firstIndex.get(group.id);
    if (earlier !== undefined) {
      scope.skipped(`Another group (number ${earlier + 1} in the list) already has the id "${group.id}", so this one was left out. Each group needs its own id.`);
      continue;
    }
    firstIndex.set(group.id, index);
    groups.push(group);
  }
  if (list.length > maxGroups) {
    log.add({
      path: `${path}[${maxGroups}]`,
      message: `The feed has ${list.length} groups; only the first ${maxGroups} were read.`,
      action: 'skipped',
    });
  }
  return { groups, records: list.length };
}

function readPublisher(value: unknown, root: Scope): Publisher | undefined {
  if (isBlank(value)) return undefined;
  if (!isRecord(value)) {
    root.dropped('publisher', `publisher should be a group of fields (name, url) but is ${describe(value)}, so it was left out.`);
    return undefined;
  }
  const scope = root.child('publisher');
  const out: { name?: string; url?: string } = {};
  const name = readText(value, 'name', scope, 200);
  if (name) out.name = name;
  const url = readUrl(value, 'url', scope, 'publisher link');
  if (url) out.url = url;
  return Object.keys(out).length > 0 ? Object.freeze(out) : undefined;
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

function readUpdated(input: Raw, root: Scope): string | undefined {
  const value = own(input, 'updated');
  if (isBlank(value)) return undefined;
  if (typeof value === 'string' && TIMESTAMP.test(value.trim()) && !Number.isNaN(Date.parse(value.trim()))) return value.trim();
  root.dropped('updated', `updated is ${describe(value)}; write a date like 2025-03-18 or a time like 2025-03-18T09:00:00Z, so it was left out.`);
  return undefined;
}

interface Parts {
  groups: readonly Group[];
  records: number;
  format: FeedFormat;
  log: ProblemLog;
  publisher?: Publisher | undefined;
  updated?: string | undefined;
  signposting?: Directory['signposting'];
  content?: Directory['content'];
}

function directory(parts: Parts): Directory {
  const { groups, records, format, log } = parts;
  const result: { -readonly [K in keyof Directory]: Directory[K] } = {
    version: FEED_VERSION,
    groups: Object.freeze(groups),
    content: parts.content ?? Object.freeze({}),
    problems: log.finish(),
    stats: Object.freeze({ records, groups: groups.length, skipped: records - groups.length, dropped: log.dropped }),
    format,
  };
  if (parts.publisher) result.publisher = parts.publisher;
  if (parts.updated) result.updated = parts.updated;
  if (parts.signposting) result.signposting = parts.signposting;
  return Object.freeze(result);
}
