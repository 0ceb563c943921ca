/**
 * Meeting Guide JSON (the Code for Recovery spec used by the Meeting Guide app
 * and the 12 Step Meeting List plugin) → canonical feed.
 *
 * A Meeting Guide feed is an array of weekly meetings. Each meeting becomes one
 * group: meetings that share a name or a location are still separate meetings
 * with their own times, so they are never merged.
 */
import type { AdapterResult, RawGroup, RawSchedule } from './types.js';
import {
  IdMaker,
  Problems,
  SUNDAY_FIRST,
  clockTime,
  compact,
  coordinates,
  findPostcode,
  isObject,
  isoDate,
  joinLink,
  num,
  slugify,
  text,
  unique,
  type Obj,
} from './shared.js';

/** What a Meeting Guide type code tells us; codes not listed here are ignored. */
interface TypeMeaning {
  audience?: string;
  topic?: string;
  accessibility?: string;
  language?: string;
}

// Only codes that mean something to a person choosing a group. Codes about the
// meeting's format (Big Book, Speaker, Open/Closed…) are recovery-programme
// specific and left out.
const TYPE_CODES: Record<string, TypeMeaning> = {
  X: { accessibility: 'step-free' },
  XB: { accessibility: 'accessible-toilet' },
  ASL: { accessibility: 'sign-language' },
  FF: { accessibility: 'fragrance-free' },
  W: { audience: 'women' },
  M: { audience: 'men' },
  Y: { audience: 'young-people' },
  SEN: { audience: 'older-people' },
  LGBTQ: { audience: 'lgbtq' },
  G: { audience: 'lgbtq' },
  L: { audience: 'lgbtq' },
  BI: { audience: 'lgbtq' },
  T: { audience: 'lgbtq' },
  NB: { audience: 'lgbtq' },
  POC: { audience: 'people-of-colour' },
  BE: { audience: 'newcomers' },
  CF: { audience: 'families' },
  DD: { topic: 'dual-diagnosis' },
  MED: { topic: 'meditation' },
  '11': { topic: 'meditation' },
  EN: { language: 'en' },
  FR: { language: 'fr' },
  DE: { language: 'de' },
  S: { language: 'es' },
  ITA: { language: 'it' },
  POL: { language: 'pl' },
  POR: { language: 'pt' },
  RUS: { language: 'ru' },
  UK: { language: 'uk' },
  PUN: { language: 'pa' },
  HI: { language: 'hi' },
  FA: { language: 'fa' },
};

/**
 * Maps a Meeting Guide feed (an array of meetings) into the canonical feed.
 * Temporarily closed meetings (`attendance_option: "inactive"` or the `TC`
 * type) are kept with `inactive: true` and reported as a warning.
 */
export function adaptMeetingGuide(input: unknown): AdapterResult {
  const problems = new Problems();
  const groups: RawGroup[] = [];
  const sources: string[] = [];
  if (!Array.isArray(input)) {
    problems.add('skipped', '', 'A Meeting Guide feed must be a list of meetings, but this is not a list.');
    return { feed: { version: 1, groups }, problems: problems.list, sources };
  }
  const ids = new IdMaker();
  for (const meeting of input) {
    if (!isObject(meeting)) continue;
    const slug = text(meeting.slug);
    if (slug) ids.reserve(slug);
  }
  const entities = new Set<string>();
  let updated: string | undefined;
  input.forEach((meeting, index) => {
    const path = `[${index}]`;
    if (!isObject(meeting)) {
      problems.add('skipped', path, `Meeting ${index + 1} is not an object, so it was left out.`, { index });
      return;
    }
    const group = adaptMeeting(meeting, index, path, ids, problems);
    if (!group) return;
    groups.push(group);
    sources.push(path);
    entities.add(text(meeting.entity) ?? '');
    const stamp = updatedStamp(meeting.updated);
    if (stamp && (!updated || stamp > updated)) updated = stamp;
  });
  const feed: AdapterResult['feed'] = { version: 1, groups };
  // A feed published by one service entity names it as the publisher.
  const [entity] = entities;
  const first = input.find(isObject);
  if (entities.size === 1 && entity && first) {
    feed.publisher = compact({ name: entity, url: text(first.entity_url) ?? text(first.entity_website_url) });
  }
  if (updated) feed.updated = updated;
  return { feed, problems: problems.list, sources };
}

function adaptMeeting(m: Obj, index: number, path: string, ids: IdMaker, problems: Problems): RawGroup | undefined {
  const name = text(m.name);
  let id = text(m.slug);
  const record = { index, id };
  if (!name) {
    problems.add('skipped', `${path}.name`, 'This meeting has no name, so it was left out.', record);
    return undefined;
  }
  if (!id) {
    id = ids.make(slugify(name));
    record.id = id;
    problems.add('warning', `${path}.slug`, `This meeting has no slug, so it was given the id "${id}". Bookmarks to it may break if the feed changes.`, record);
  }
  const drop = (field: string, message: string) => problems.add('dropped', `${path}.${field}`, message, record);

  const types = Array.isArray(m.types) ? unique(m.types.map((t) => text(t)?.toUpperCase())) : [];
  const meanings = types.map((code) => TYPE_CODES[code]).filter((x): x is TypeMeaning => x !== undefined);

  const conferenceUrl = text(m.conference_url);
  const conferencePhone = text(m.conference_phone);
  const address = addressOf(m);
  const option = text(m.attendance_option)?.toLowerCase();
  const inactive = option === 'inactive' || types.includes('TC');
  const attendance = attendanceOf(option, Boolean(address), conferenceUrl, conferencePhone, types.includes('ONL'));
  if (!attendance) {
    drop('attendance_option', 'There is no address, join link or dial-in number, so there is no way to say how to attend.');
  }
  if (inactive) {
    problems.add('warning', `${path}.${types.includes('TC') ? 'types' : 'attendance_option'}`, 'This meeting is marked as temporarily closed, so it is kept out of search results until it reopens.', record);
  }

  const group: RawGroup = {
    id,
    name,
    description: joinParagraphs(text(m.notes), text(m.location_notes), text(m.group_notes)),
    topics: unique(meanings.map((x) => x.topic)),
    audiences: unique(meanings.map((x) => x.audience)),
    attendance,
    // Meeting Guide lists mutual-aid meetings: run by members, open to walk in.
    facilitation: 'peer',
    booking: 'drop-in',
    schedule: schedulesOf(m, drop),
    languages: unique(meanings.map((x) => x.language)),
    lastVerified: isoDate(m.updated),
  };
  if (inactive) group.inactive = true;

  const accessibility = unique(meanings.map((x) => x.accessibility));
  const region = text(m.region) ?? (Array.isArray(m.regions) ? text(m.regions[m.regions.length - 1]) : undefined);
  // An online meeting's address is only its area of affinity, not a place to go.
  const physical = attendance === 'in-person' || attendance === 'hybrid';
  let lat: number | undefined;
  let lng: number | undefined;
  if (physical) {
    const point = coordinates(m.latitude, m.longitude, (action, message) =>
      problems.add(action, `${path}.latitude`, message, record),
    );
    lat = point?.lat;
    lng = point?.lng;
  }
  group.location = compact({
    name: physical ? text(m.location) : undefined,
    address: physical ? address : undefined,
    postcode: physical ? (text(m.postal_code) ?? (address ? findPostcode(address) : undefined)) : undefined,
    lat,
    lng,
    region,
    accessibility,
  });

  if (conferenceUrl) group.online = joinLink(conferenceUrl);
  const joinNotes = joinParagraphs(text(m.conference_url_notes), text(m.conference_phone_notes));
  if (joinNotes) group.description = joinParagraphs(group.description, `Joining: ${joinNotes}`);

  group.contact = compact({
    email: text(m.contact_1_email) ?? text(m.email),
    phone: attendance === 'phone' ? conferencePhone : (text(m.contact_1_phone) ?? conferencePhone),
    url: text(m.url),
  });
  const entity = text(m.entity);
  if (entity) group.organisation = compact({ name: entity, url: text(m.entity_url) ?? text(m.entity_website_url) });
  return compact(group);
}

function attendanceOf(
  option: string | undefined,
  hasAddress: boolean,
  url: string | undefined,
  phone: string | undefined,
  onlineType: boolean,
): string | undefined {
  if (option === 'hybrid') return 'hybrid';
  if (option === 'online') return url || !phone ? 'online' : 'phone';
  // In person with a join link is what the rest of the world calls hybrid.
  if (option === 'in_person') return url ? 'hybrid' : 'in-person';
  if (hasAddress && !onlineType) return url ? 'hybrid' : 'in-person';
  if (url) return 'online';
  if (phone) return 'phone';
  if (onlineType) return 'online';
  return hasAddress ? 'in-person' : undefined;
}

function addressOf(m: Obj): string | undefined {
  const formatted = text(m.formatted_address);
  if (formatted) return formatted;
  const parts = [m.address, m.city, m.state, m.postal_code].map((p) => text(p)).filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

function schedulesOf(m: Obj, drop: (field: string, message: string) => void): RawSchedule[] {
  const rawDays = Array.isArray(m.day) ? m.day : m.day === undefined || m.day === null || m.day === '' ? [] : [m.day];
  const timeText = text(m.time);
  if (rawDays.length === 0 && !timeText) return [];
  const start = timeText ? clockTime(timeText) : undefined;
  if (!start) {
    drop('time', timeText ? `"${timeText}" is not a time like 18:30, so the meeting times were left out.` : 'There is a day but no time, so the meeting times were left out.');
    return [];
  }
  const endText = text(m.end_time);
  const end = endText ? clockTime(endText) : undefined;
  if (endText && !end) drop('end_time', `"${endText}" is not a time like 19:30, so the end time was left out.`);
  const timezone = text(m.timezone);
  const out: RawSchedule[] = [];
  rawDays.forEach((value, i) => {
    const n = num(value);
    const day = n !== undefined && Number.isInteger(n) ? SUNDAY_FIRST[n] : undefined;
    if (!day) {
      drop(Array.isArray(m.day) ? `day[${i}]` : 'day', `"${String(value)}" is not a day number from 0 (Sunday) to 6 (Saturday), so it was left out.`);
      return;
    }
    out.push(compact({ freq: 'weekly' as const, interval: 1, byday: [day], start, end, timezone }));
  });
  if (rawDays.length === 0) drop('day', 'There is a time but no day, so the meeting times were left out.');
  return out;
}

/** Meeting Guide's `updated` is `YYYY-MM-DD HH:MM:SS` in UTC; the feed wants ISO 8601. */
function updatedStamp(value: unknown): string | undefined {
  const t = text(value);
  const m = t ? /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)/.exec(t) : null;
  return m ? `${m[1]}T${m[2]!.length === 5 ? `${m[2]}:00` : m[2]}Z` : undefined;
}

function joinParagraphs(...parts: (string | undefined)[]): string | undefined {
  const kept = parts.filter((p): p is string => Boolean(p));
  return kept.length > 0 ? kept.join('\n\n') : undefined;
}
