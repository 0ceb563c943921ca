/**
 * What every adapter produces: the canonical feed as a publisher would have
 * written it (plain JSON, schedule days as strings like `2TU`), plus the
 * problems met while mapping. `normalise()` then checks it like any other feed.
 */
import type { Problem } from '../types.js';

/** A schedule entry in the canonical feed JSON. */
export interface RawSchedule {
  freq: 'weekly' | 'monthly' | 'once';
  interval?: number;
  /** `TU`, or `2TU` / `-1FR` for monthly patterns. */
  byday?: string[];
  bymonthday?: number;
  date?: string;
  start: string;
  end?: string;
  timezone?: string;
  from?: string;
  until?: string;
  except?: string[];
  note?: string;
}

/** A group in the canonical feed JSON. */
export interface RawGroup {
  id: string;
  name: string;
  summary?: string;
  description?: string;
  topics?: string[];
  audiences?: string[];
  attendance?: string;
  facilitation?: string;
  booking?: string;
  cost?: { free: boolean; details?: string };
  schedule?: RawSchedule[];
  location?: {
    name?: string;
    address?: string;
    postcode?: string;
    lat?: number;
    lng?: number;
    region?: string;
    accessibility?: string[];
  };
  online?: { platform?: string; url?: string };
  contact?: { email?: string; phone?: string; url?: string };
  organisation?: { name?: string; url?: string; charityNumber?: string };
  languages?: string[];
  size?: string;
  lastVerified?: string;
  inactive?: boolean;
}

/** The canonical feed JSON (version 1). */
export interface RawFeed {
  version: 1;
  publisher?: { name?: string; url?: string };
  updated?: string;
  groups: RawGroup[];
}

/** What an adapter returns. */
export interface AdapterResult {
  feed: RawFeed;
  /** Problems found while mapping, before normalise has looked at the result. */
  problems: Problem[];
  /**
   * Where each group came from, in words an editor recognises (`row 5`,
   * `meetings[3]`), index-aligned with `feed.groups`. Lets problems that
   * normalise reports against `groups[i]` point back at the source.
   */
  sources: string[];
}

/** An adapter maps one foreign format into the canonical feed. It never throws. */
export type Adapter = (input: unknown) => AdapterResult;
