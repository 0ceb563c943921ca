/**
 * Collecting what was wrong with a feed. Every skip, drop and warning is
 * written in plain English for the person who edits the feed, with the JSON
 * path so a developer can find it too.
 */
import type { Problem } from './types.js';

/** A problem list that stays small however broken the feed is. */
export class ProblemLog {
  readonly problems: Problem[] = [];
  /** Fields or list items left out, counted even when not listed. */
  dropped = 0;
  /** Problems counted but not listed because the list was full. */
  unlisted = 0;

  constructor(private readonly max: number) {}

  add(problem: Problem): void {
    if (problem.action === 'dropped') this.dropped += 1;
    if (this.problems.length < this.max) this.problems.push(Object.freeze(problem));
    else this.unlisted += 1;
  }

  /** The frozen list, ending with a note of how many were not listed. */
  finish(): readonly Problem[] {
    if (this.unlisted > 0) {
      this.problems.push(
        Object.freeze({
          path: '',
          message: `${this.unlisted} more problems were found but are not listed. Fix the ones above and check again.`,
          action: 'warning' as const,
        }),
      );
      this.unlisted = 0;
    }
    return Object.freeze(this.problems);
  }
}

/**
 * Where in the feed we are: a record (with its index and id once known) and
 * its JSON path. Field readers report through it so every problem says which
 * record it belongs to. The path is only spelled out when a problem is
 * reported: most records have none, and building it for each would be waste.
 */
export class Scope {
  id: string | undefined;
  private parent: Scope | undefined;

  /**
   * @param path the JSON path of this scope; with `index`, the path of the
   *   list that holds it (`groups` and 3 make `groups[3]`).
   * @param index the record's position in its list, reported with each problem.
   */
  constructor(
    public log: ProblemLog,
    private readonly base: string,
    public index?: number,
    private key?: string | number,
  ) {}

  /** A scope for an item of a list, e.g. `groups[3]`. */
  static item(log: ProblemLog, list: string, index: number): Scope {
    return new Scope(log, list, index, index);
  }

  /** The JSON path of this scope. */
  get path(): string {
    const base = this.parent ? this.parent.path : this.base;
    if (this.key === undefined) return base;
    if (typeof this.key === 'number') return `${base}[${this.key}]`;
    return base === '' ? this.key : `${base}.${this.key}`;
  }

  /** The JSON path of a field or item inside this scope. */
  at(key: string | number): string {
    const path = this.path;
    if (typeof key === 'number') return `${path}[${key}]`;
    return path === '' ? key : `${path}.${key}`;
  }

  /** A scope for a nested object that still belongs to this record. */
  child(key: string | number): Scope {
    const scope = new Scope(this.log, '', this.index, key);
    scope.parent = this;
    scope.id = this.id;
    return scope;
  }

  /** A scope to pass to `reuse`: owned by one reader for one purpose. */
  static spare(): Scope {
    return new Scope(new ProblemLog(0), '');
  }

  /**
   * What `child(key)` gives, made by re-pointing `spare` rather than making
   * a new scope: the group readers would otherwise make some 70,000 scopes
   * per 10,000 groups, nearly all of which never report anything. Safe
   * because problems copy their path, index and id when reported, and a
   * reader is done with its scope before it reads the next record.
   */
  reuse(key: string | number, spare: Scope): Scope {
    spare.log = this.log;
    spare.index = this.index;
    spare.key = key;
    spare.parent = this;
    spare.id = this.id;
    return spare;
  }

  dropped(key: string | number, message: string): void {
    this.report(this.at(key), message, 'dropped');
  }

  warning(key: string | number, message: string): void {
    this.report(this.at(key), message, 'warning');
  }

  /** The whole record is left out. */
  skipped(message: string): void {
    this.report(this.path, message, 'skipped');
  }

  /** A problem at an exact path (used when a whole list item is left out). */
  report(path: string, message: string, action: Problem['action']): void {
    const problem: { -readonly [K in keyof Problem]: Problem[K] } = { path, message, action };
    if (this.index !== undefined) problem.index = this.index;
    if (this.id !== undefined) problem.id = this.id;
    this.log.add(problem);
  }
}
