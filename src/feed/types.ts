/**
 * The canonical feed (version 1) and the normalised Directory every element reads.
 *
 * `Feed*` types describe the JSON a publisher writes (see schema/feed.schema.json
 * and docs/feed.md). `Directory` is what `normalise()` returns: every field
 * checked, every URL scheme allowed, frozen. Elements only ever see a Directory.
 */

export const FEED_VERSION = 1;

export const ATTENDANCE = ['in-person', 'online', 'hybrid', 'phone'] as const;
export type Attendance = (typeof ATTENDANCE)[number];

export const FACILITATION = ['peer', 'professional', 'co-facilitated'] as const;
export type Facilitation = (typeof FACILITATION)[number];

export const BOOKING = ['drop-in', 'register', 'referral'] as const;
export type Booking = (typeof BOOKING)[number];

export const FREQUENCY = ['weekly', 'monthly', 'once'] as const;
export type Frequency = (typeof FREQUENCY)[number];

/** iCalendar two-letter weekday codes, Monday first. */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** URL schemes a feed may use; anything else is dropped and reported. */
export const ALLOWED_URL_SCHEMES = ['https:', 'http:', 'mailto:', 'tel:', 'sms:'] as const;

/** Recurrence of one meeting pattern. Times are wall-clock in `timezone`. */
export interface ScheduleEntry {
  readonly freq: Frequency;
  /** Every `interval` weeks or months (1 = every). */
  readonly interval: number;
  /**
   * Weekdays. Weekly: plain codes (`TU`). Monthly: with an ordinal
   * (`2TU` = second Tuesday, `-1FR` = last Friday).
   */
  readonly byday: readonly ByDay[];
  /** Monthly on a day of the month (1–31, or -1 for the last day). */
  readonly bymonthday?: number;
  /** For `once`: the date, `YYYY-MM-DD`. */
  readonly date?: string;
  /** Start time `HH:MM`, 24-hour, local to `timezone`. */
  readonly start: string;
  /** End time `HH:MM`; earlier than `start` means the meeting runs past midnight. */
  readonly end?: string;
  /** IANA time zone; defaults to Europe/London. */
  readonly timezone: string;
  /** First date the pattern applies, `YYYY-MM-DD`. */
  readonly from?: string;
  /** Last date the pattern applies, `YYYY-MM-DD`. */
  readonly until?: string;
  /** Cancelled dates, `YYYY-MM-DD`. */
  readonly except: readonly string[];
  readonly note?: string;
}

/** A weekday with an optional ordinal for monthly patterns (0 = none). */
export interface ByDay {
  readonly day: Weekday;
  /** 1–5 for first–fifth, -1 for last, 0 for every such day. */
  readonly ordinal: number;
}

export interface GroupLocation {
  readonly name?: string;
  readonly address?: string;
  readonly postcode?: string;
  readonly lat?: number;
  readonly lng?: number;
  readonly region?: string;
  readonly accessibility: readonly string[];
}

export interface GroupOnline {
  readonly platform?: string;
  /** Join link; scheme-checked. */
  readonly url?: string;
}

export interface GroupContact {
  readonly email?: string;
  readonly phone?: string;
  /** Scheme-checked. */
  readonly url?: string;
}

export interface GroupOrganisation {
  readonly name?: string;
  readonly url?: string;
  readonly charityNumber?: string;
}

export interface GroupCost {
  readonly free: boolean;
  readonly details?: string;
}

/** One group after normalisation. Strings are plain text, never markup. */
export interface Group {
  readonly id: string;
  readonly name: string;
  readonly summary?: string;
  readonly description?: string;
  readonly topics: readonly string[];
  readonly audiences: readonly string[];
  readonly attendance: Attendance;
  readonly facilitation?: Facilitation;
  readonly booking?: Booking;
  readonly cost?: GroupCost;
  readonly schedule: readonly ScheduleEntry[];
  readonly location?: GroupLocation;
  readonly online?: GroupOnline;
  readonly contact?: GroupContact;
  readonly organisation?: GroupOrganisation;
  readonly languages: readonly string[];
  /** Typical number of people, as the publisher describes it. */
  readonly size?: string;
  /** `YYYY-MM-DD`. */
  readonly lastVerified?: string;
  /** True when the source says the group is temporarily not meeting. */
  readonly inactive?: boolean;
}

export type ContactChannel = 'call' | 'text' | 'email' | 'web' | 'textphone';

/** One way to reach a crisis or support service. */
export interface SignpostContact {
  readonly id: string;
  /** The service, e.g. "Samaritans". */
  readonly name: string;
  readonly channel: ContactChannel;
  /** What the visitor dials, texts or writes to, exactly as shown: "116 123". */
  readonly value: string;
  /** For texts: the word to send, e.g. "SHOUT". */
  readonly keyword?: string;
  /** A `tel:`, `sms:`, `mailto:` or `https:` link; scheme-checked. */
  readonly href?: string;
  /** Opening hours in words, in the language of the feed. */
  readonly hours?: string;
  /** Who the service is for, in words. */
  readonly audience?: string;
  /** Regions it serves: uk, england, scotland, wales, northern-ireland, ireland, usa. */
  readonly regions: readonly string[];
  readonly source?: string;
  readonly checked?: string;
}

export interface Signposting {
  /** `replace` drops the built-in contacts; `add` (default) shows feed contacts after them. */
  readonly mode: 'add' | 'replace';
  readonly contacts: readonly SignpostContact[];
}

/** Free-text overrides a charity can publish for the content elements. */
export interface ContentOverrides {
  readonly benefits?: readonly { readonly title: string; readonly text: string; readonly example?: string }[];
  readonly comparison?: unknown;
  readonly steps?: readonly { readonly title: string; readonly text: string }[];
  readonly faqs?: readonly { readonly question: string; readonly answer: string }[];
}

export interface Publisher {
  readonly name?: string;
  readonly url?: string;
}

/** Something wrong in a feed: where, what, and what was done about it. */
export interface Problem {
  /** Index of the record in its source list, when the problem is about one record. */
  readonly index?: number;
  /** The record's id, when it has one. */
  readonly id?: string;
  /** JSON path, e.g. `groups[3].contact.url`. */
  readonly path: string;
  /** Plain-English description for an editor. */
  readonly message: string;
  /** `skipped`: the record was left out. `dropped`: the field was left out. `warning`: kept as is. */
  readonly action: 'skipped' | 'dropped' | 'warning';
}

export interface DirectoryStats {
  /** Records in the source. */
  readonly records: number;
  /** Groups kept. */
  readonly groups: number;
  readonly skipped: number;
  readonly dropped: number;
}

/** The immutable result of loading and normalising a feed. */
export interface Directory {
  readonly version: number;
  readonly publisher?: Publisher;
  readonly updated?: string;
  readonly groups: readonly Group[];
  readonly content: ContentOverrides;
  readonly signposting?: Signposting;
  readonly problems: readonly Problem[];
  readonly stats: DirectoryStats;
  /** The format the source was read as. */
  readonly format: FeedFormat;
}

export const FEED_FORMATS = ['native', 'open-referral', 'meeting-guide', 'csv'] as const;
export type FeedFormat = (typeof FEED_FORMATS)[number];
