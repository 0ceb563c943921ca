import type { Group } from '../../feed/types.js';
import type { Meeting } from '../../schedule/recurrence.js';
import { offsetAt } from '../../schedule/zones.js';

/** A schema.org Event for one group's next meeting, as JSON-LD. */
export type EventLd = Record<string, unknown>;

function pad(n: number): string {
  return String(Math.abs(n)).padStart(2, '0');
}

/** An instant as local time in the group's zone with its offset: 2026-12-01T18:30:00+00:00. */
export function zonedIso(date: Date, timeZone: string): string {
  const offsetMinutes = Math.round(offsetAt(date.getTime(), timeZone) / 60_000);
  const local = new Date(date.getTime() + offsetMinutes * 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  return `${local.toISOString().slice(0, 19)}${sign}${pad(Math.trunc(offsetMinutes / 60))}:${pad(offsetMinutes % 60)}`;
}

const MODE: Record<Group['attendance'], string> = {
  'in-person': 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  phone: 'https://schema.org/OnlineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
};

/**
 * The next meeting of a group as a schema.org Event, so search engines can
 * show it. Only what the feed says; nothing about the visitor.
 */
export function eventFor(group: Group, meeting: Meeting, pageUrl: string): EventLd {
  const place = group.location;
  const locations: Record<string, unknown>[] = [];
  if (group.attendance !== 'online' && group.attendance !== 'phone' && place) {
    locations.push({
      '@type': 'Place',
      ...(place.name ? { name: place.name } : {}),
      address: {
        '@type': 'PostalAddress',
        ...(place.address ? { streetAddress: place.address } : {}),
        ...(place.postcode ? { postalCode: place.postcode } : {}),
        addressCountry: 'GB',
      },
      ...(typeof place.lat === 'number' && typeof place.lng === 'number'
        ? { geo: { '@type': 'GeoCoordinates', latitude: place.lat, longitude: place.lng } }
        : {}),
    });
  }
  if ((group.attendance === 'online' || group.attendance === 'hybrid') && group.online?.url) {
    locations.push({ '@type': 'VirtualLocation', url: group.online.url });
  }
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: group.name,
    ...(group.summary || group.description ? { description: group.summary ?? group.description } : {}),
    startDate: zonedIso(meeting.start, meeting.timezone),
    ...(meeting.end ? { endDate: zonedIso(meeting.end, meeting.timezone) } : {}),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: MODE[group.attendance],
    ...(locations.length === 1 ? { location: locations[0] } : locations.length > 1 ? { location: locations } : {}),
    ...(group.cost?.free ? { isAccessibleForFree: true } : {}),
    ...(group.organisation?.name
      ? { organizer: { '@type': 'Organization', name: group.organisation.name, ...(group.organisation.url ? { url: group.organisation.url } : {}) } }
      : {}),
    url: pageUrl,
  };
}

/** JSON for a <script type="application/ld+json">, with `<` escaped so feed text can never end the script. */
export function jsonLdText(events: readonly EventLd[]): string {
  return JSON.stringify(events.length === 1 ? events[0] : events).replace(/</g, '\\u003c');
}
