/**
 * "Add to calendar": a group's schedule as an RFC 5545 iCalendar file, one
 * recurring VEVENT per schedule entry, in the group's own time zone.
 */
import type { Group, ScheduleEntry } from '../feed/types.js';
import { fromDayNumber, parseClock, parseIsoDate, toDayNumber } from './dates.js';
import { escapeText, joinLines, localStamp, utcStamp } from './ical-text.js';
import { DEFAULT_TIMEZONE, occurrenceDays } from './recurrence.js';
import { vtimezoneLines } from './vtimezone.js';
import { isValidTimeZone, utcToZoned, zonedTimeToUtc } from './zones.js';

export interface ICalendarOptions {
  /** The export time, for DTSTAMP and for where a pattern without a from date starts. */
  readonly now: Date;
  /** PRODID, e.g. `-//Example Charity//Support groups//EN`. */
  readonly prodId: string;
  /** A page about the group; default the group's contact web address. */
  readonly url?: string;
  /** Right-hand side of each UID (default: the host of `url`, else `support-group-widgets`). */
  readonly domain?: string;
  /** Words written into the file, in the visitor's language (default English). */
  readonly words?: CalendarWords;
}

/** The few words a calendar file says itself: where an online or phone group meets, and how to join. */
export interface CalendarWords {
  /** "Online" (the platform follows in brackets when the feed names one). */
  readonly online: string;
  readonly phone: string;
  /** "Join online" (the joining link follows). */
  readonly join: string;
}

const ENGLISH: CalendarWords = { online: 'Online', phone: 'By phone', join: 'Join online' };

/** How far to look for the first meeting of a pattern (a fifth weekday every 12 months can take years). */
const SEARCH_DAYS = 366 * 8;

/**
 * The group's schedule as iCalendar text (CRLF lines, folded at 75 octets).
 * Entries with an unknown time zone, no readable time or no meeting left are left out.
 */
export function toICalendar(group: Group, options: ICalendarOptions): string {
  const url = options.url ?? group.contact?.url;
  const domain = options.domain ?? hostOf(url) ?? 'support-group-widgets';
  const events: string[] = [];
  const zones = new Set<string>();
  group.schedule.forEach((entry, index) => {
    const lines = eventLines(group, entry, index, { ...options, domain, ...(url ? { url } : {}) });
    if (lines) {
      events.push(...lines);
      zones.add(zoneOf(entry));
    }
  });
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${options.prodId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...[...zones].flatMap((zone) => vtimezoneLines(zone, options.now)),
    ...events,
    'END:VCALENDAR',
  ];
  return joinLines(lines);
}

function zoneOf(entry: ScheduleEntry): string {
  return entry.timezone || DEFAULT_TIMEZONE;
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname || undefined;
  } catch {
    return undefined;
  }
}

function eventLines(
  group: Group,
  entry: ScheduleEntry,
  index: number,
  options: ICalendarOptions & { domain: string },
): string[] | undefined {
  const zone = zoneOf(entry);
  const startMinutes = parseClock(entry.start);
  if (startMinutes === undefined || !isValidTimeZone(zone)) return undefined;

  // DTSTART must be the first occurrence; without a from date, the first from today.
  const today = utcToZoned(options.now, zone);
  const searchFrom =
    entry.freq === 'once' ? (parseIsoDate(entry.date) ?? 0) : (parseIsoDate(entry.from) ?? toDayNumber(today.year, today.month, today.day));
  const [first] = occurrenceDays(entry, searchFrom, searchFrom + SEARCH_DAYS, 1);
  if (first === undefined) return undefined;

  const at = (dayNumber: number, minutes: number): string => {
    const { year, month, day } = fromDayNumber(dayNumber);
    return localStamp(year, month, day, Math.floor(minutes / 60), minutes % 60);
  };
  const lines = [
    'BEGIN:VEVENT',
    `UID:${uidPart(group.id)}-${index}@${uidPart(options.domain)}`,
    `DTSTAMP:${utcStamp(options.now)}`,
    `DTSTART;TZID=${zone}:${at(first, startMinutes)}`,
  ];
  const endMinutes = parseClock(entry.end);
  if (endMinutes !== undefined && endMinutes !== startMinutes) {
    // An end before the start is the next morning.
    lines.push(`DTEND;TZID=${zone}:${at(endMinutes < startMinutes ? first + 1 : first, endMinutes)}`);
  }
  const rule = rrule(entry, zone);
  if (rule) lines.push(`RRULE:${rule}`);
  for (const text of entry.except) {
    const day = parseIsoDate(text);
    if (day !== undefined && day >= first) lines.push(`EXDATE;TZID=${zone}:${at(day, startMinutes)}`);
  }
  lines.push(`SUMMARY:${escapeText(group.name)}`);
  const words = options.words ?? ENGLISH;
  const description = [group.summary, entry.note, joinWords(group, words)].filter(Boolean).join('\n\n');
  if (description) lines.push(`DESCRIPTION:${escapeText(description)}`);
  const location = locationText(group, words);
  if (location) lines.push(`LOCATION:${escapeText(location)}`);
  if (options.url) lines.push(`URL:${options.url}`);
  const { lat, lng } = group.location ?? {};
  if (lat !== undefined && lng !== undefined && group.attendance !== 'online' && group.attendance !== 'phone') {
    lines.push(`GEO:${lat.toFixed(6)};${lng.toFixed(6)}`);
  }
  lines.push('END:VEVENT');
  return lines;
}

function rrule(entry: ScheduleEntry, zone: string): string | undefined {
  if (entry.freq === 'once') return undefined;
  const parts = [`FREQ=${entry.freq === 'weekly' ? 'WEEKLY' : 'MONTHLY'}`];
  const interval = Math.max(1, Math.floor(entry.interval || 1));
  if (interval > 1) parts.push(`INTERVAL=${interval}`);
  const from = parseIsoDate(entry.from);
  if (entry.freq === 'weekly') {
    const days = entry.byday.length > 0 ? entry.byday.map((b) => b.day) : [];
    if (days.length > 0) parts.push(`BYDAY=${days.join(',')}`);
  } else if (entry.bymonthday !== undefined) {
    parts.push(`BYMONTHDAY=${entry.bymonthday}`);
    if (entry.byday.length > 0) parts.push(`BYDAY=${entry.byday.map((b) => b.day).join(',')}`);
  } else if (entry.byday.length > 0) {
    parts.push(`BYDAY=${entry.byday.map((b) => `${b.ordinal || ''}${b.day}`).join(',')}`);
  } else if (from !== undefined) {
    parts.push(`BYMONTHDAY=${fromDayNumber(from).day}`);
  }
  const until = parseIsoDate(entry.until);
  if (until !== undefined) {
    // UNTIL must be UTC when DTSTART has a zone; the last moment of the local day keeps that day's meeting.
    const { year, month, day } = fromDayNumber(until);
    parts.push(`UNTIL=${utcStamp(zonedTimeToUtc(year, month, day, 23, 59, zone))}`);
  }
  // Weeks start on Monday, as nextMeetings counts fortnights.
  if (entry.freq === 'weekly' && interval > 1) parts.push('WKST=MO');
  return parts.join(';');
}

function locationText(group: Group, words: CalendarWords): string | undefined {
  if (group.attendance === 'online') return group.online?.platform ? `${words.online} (${group.online.platform})` : words.online;
  if (group.attendance === 'phone') return words.phone;
  const place = group.location;
  if (!place) return undefined;
  return [place.name, place.address, place.postcode].filter(Boolean).join(', ') || undefined;
}

function joinWords(group: Group, words: CalendarWords): string | undefined {
  return group.online?.url ? `${words.join}: ${group.online.url}` : undefined;
}

/** UIDs are compared as text; keep them to characters every calendar copes with. */
function uidPart(text: string): string {
  return encodeURIComponent(text);
}
