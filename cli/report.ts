/**
 * How the CLI prints what it found: one line per problem for people, or one
 * JSON document for scripts.
 */
import type { Directory, Problem } from '../src/feed/types.js';

const LABEL: Record<Problem['action'], string> = { skipped: 'skipped', dropped: 'dropped', warning: 'warning' };

/** The problems as aligned lines: action, where, what. */
export function problemLines(problems: readonly Problem[]): string[] {
  return problems.map((p) => {
    const where = p.path || '(feed)';
    const who = p.id && !where.includes(p.id) ? ` [${p.id}]` : '';
    return `${LABEL[p.action].padEnd(8)} ${where}${who}: ${p.message}`;
  });
}

/** One sentence with the counts, e.g. "12 groups from 14 records (meeting-guide): 2 skipped, 3 dropped fields, 1 warning." */
export function summaryLine(directory: Directory): string {
  const { stats } = directory;
  const warnings = directory.problems.filter((p) => p.action === 'warning').length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return (
    `${plural(stats.groups, 'group')} from ${plural(stats.records, 'record')} (${directory.format}): ` +
    `${stats.skipped} skipped, ${plural(stats.dropped, 'dropped field')}, ${plural(warnings, 'warning')}.`
  );
}

/** The machine-readable report printed with `--json`. */
export function jsonReport(directory: Directory, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ format: directory.format, stats: directory.stats, problems: directory.problems, ...extra }, null, 2);
}
