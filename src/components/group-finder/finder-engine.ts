import type { Group } from '../../feed/types.js';
import { nextStarts } from '../../schedule/next-start.js';
import { isHappeningNow, nextMeetings, type Meeting } from '../../schedule/recurrence.js';
import { buildIndex, prepareText, search, type SearchIndex, type SearchQuery } from '../../search/index.js';
import type { OnlineMode } from './group-finder.component.js';
import type { Origin } from './place-controller.js';
import type { FinderViewState } from './url-state.js';

const KM_PER_MILE = 1.609344;
/** Next meetings are worked out again after this long, so "happening now" stays true. */
const NEXT_MEETING_TTL_MS = 5 * 60 * 1000;

type IdleStep = (deadline: { timeRemaining(): number }) => void;

/** requestIdleCallback where there is one; elsewhere (Safari) a short timer with an 8 ms budget. */
function whenIdle(step: IdleStep): void {
  if (typeof requestIdleCallback === 'function') {
    requestIdleCallback(step, { timeout: 2000 });
    return;
  }
  setTimeout(() => {
    const end = performance.now() + 8;
    step({ timeRemaining: () => end - performance.now() });
  }, 16);
}

export interface FinderItem {
  readonly group: Group;
  readonly distanceKm?: number;
  readonly next?: Meeting;
  readonly now?: Meeting;
}

export interface FinderResults {
  /** Groups matching, before paging (online ones too unless listed apart). */
  readonly total: number;
  /** The pages showing. */
  readonly items: readonly FinderItem[];
  /** With online="apart": the online and phone groups, in their own list. */
  readonly online?: readonly FinderItem[];
  readonly facets: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly flagCounts: { readonly free: number; readonly dropIn: number };
}

export interface FinderRun {
  readonly view: FinderViewState;
  readonly origin?: Origin;
  readonly online: OnlineMode;
  readonly pageSize: number;
}

/**
 * The finder's search work, outside the DOM: index once when the feed
 * arrives, then per keystroke a pure search plus paging. Next meetings are
 * computed once for every group (not per keystroke) and refreshed every few
 * minutes.
 */
export class FinderEngine {
  private index: SearchIndex | undefined;
  private groups = new Map<string, Group>();
  private next = new Map<string, Meeting | undefined>();
  private nextComputedAt = 0;
  private active: readonly Group[] = [];
  private starts: Float64Array | undefined;

  load(groups: readonly Group[]): void {
    this.active = groups.filter((g) => !g.inactive);
    this.starts = undefined;
    const index = buildIndex(this.active);
    this.index = index;
    this.groups = new Map(groups.map((g) => [g.id, g]));
    this.next.clear();
    this.nextComputedAt = 0;
    // First results need only the facets; the word index is built in idle time
    // so typing is instant later (the first search with words finishes it otherwise).
    const step = (deadline: { timeRemaining(): number }) => {
      if (this.index === index && !prepareText(index, deadline)) whenIdle(step);
    };
    whenIdle(step);
  }

  byId(id: string): Group | undefined {
    const group = this.groups.get(id);
    return group && !group.inactive ? group : undefined;
  }

  /** Next meetings are worked out again every few minutes, so "happening now" and the order stay true. */
  private refreshIfStale(): void {
    const now = Date.now();
    if (now - this.nextComputedAt > NEXT_MEETING_TTL_MS) {
      this.next.clear();
      this.starts = undefined;
      this.nextComputedAt = now;
    }
  }

  /** Every active group's next meeting start (ms, NaN for none), in index order, for the soonest sort: worked out in bulk. */
  private startsNow(): Float64Array {
    this.refreshIfStale();
    return (this.starts ??= nextStarts(this.active, new Date(this.nextComputedAt)));
  }

  /** The full next meeting (with its end and entry) for a group being shown. */
  private meetingOf(group: Group): Meeting | undefined {
    this.refreshIfStale();
    if (!this.next.has(group.id)) {
      this.next.set(group.id, nextMeetings(group.schedule, { from: new Date(this.nextComputedAt), count: 1 })[0]);
    }
    return this.next.get(group.id);
  }

  run({ view, origin, online, pageSize }: FinderRun): FinderResults {
    const index = this.index;
    if (!index) return { total: 0, items: [], facets: {}, flagCounts: { free: 0, dropIn: 0 } };
    const sort = view.sort === 'nearest' && !origin ? 'soonest' : view.sort;
    const query: SearchQuery = {
      text: view.query,
      filters: view.filters,
      ...(origin ? { near: { lat: origin.lat, lng: origin.lng } } : {}),
      ...(origin && view.radius > 0 ? { radiusKm: view.radius * KM_PER_MILE } : {}),
      includeOnline: online,
      sort,
      ...(sort === 'soonest' ? { nextStarts: this.startsNow() } : {}),
    };
    const result = search(index, query);
    const shown = result.items.slice(0, pageSize * view.page);
    const now = new Date();
    const toItem = (hit: { group: Group; distanceKm?: number }): FinderItem => {
      const next = this.meetingOf(hit.group);
      const happening = next && next.start.getTime() <= now.getTime() ? isHappeningNow(hit.group.schedule, now) : undefined;
      return {
        group: hit.group,
        ...(hit.distanceKm !== undefined ? { distanceKm: hit.distanceKm } : {}),
        ...(next ? { next } : {}),
        ...(happening ? { now: happening } : {}),
      };
    };
    return {
      total: result.total,
      items: shown.map(toItem),
      ...(result.online ? { online: result.online.map(toItem) } : {}),
      facets: result.facets,
      flagCounts: result.flagCounts ?? { free: 0, dropIn: 0 },
    };
  }
}
