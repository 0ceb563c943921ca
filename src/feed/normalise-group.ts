/**
 * One group record → a Group, or `undefined` when it cannot be shown.
 * Required: id, name, attendance. Everything else is optional, and a bad
 * optional field is left out while the group is kept.
 */
import { Scope } from './problems.js';
import {
  ATTENDANCE,
  BOOKING,
  FACILITATION,
  type Attendance,
  type Group,
  type GroupContact,
  type GroupCost,
  type GroupLocation,
  type GroupOnline,
  type GroupOrganisation,
} from './types.js';
import { readSchedule } from './normalise-schedule.js';
import { Collected, frozenWords, noItems } from './normalise-lists.js';
import {
  choice,
  cleanText,
  day,
  describe,
  fieldsOf,
  flag,
  isBlank,
  isRecord,
  link,
  listItems,
  own,
  text,
  tokens,
  MAX_LIST,
  MULTILINE,
  type Raw,
} from './normalise-text.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

// The scope of whichever nested object (cost, location…) is being read: they are read one at a time.
const SPARE = Scope.spare();

/** Longest id or name a record may have; longer means the record is skipped. */
export const MAX_NAME = 200;

/** The id of a record as text, or `undefined` when it has none usable. */
export function recordId(raw: unknown): string | undefined {
  if (!isRecord(raw)) return undefined;
  const id = own(raw, 'id');
  if (typeof id === 'number' && Number.isFinite(id)) return String(id);
  if (typeof id !== 'string') return undefined;
  const text = id.trim();
  return text === '' || text.length > MAX_NAME ? undefined : text;
}

/** Normalises one group; reports through `scope` (whose id is already set when the record has one). */
export function readGroup(record: unknown, scope: Scope): Group | undefined {
  if (!isRecord(record)) {
    scope.skipped(`A group should be a group of fields but is ${describe(record)}, so it was left out.`);
    return undefined;
  }
  // Fields are read by name where they are used (raw.summary, not a shared
  // helper given 'summary'), which keeps each read fast.
  const raw = fieldsOf(record);
  const id = requiredId(raw.id, scope);
  const name = requiredName(raw.name, scope);
  const attendance = requiredAttendance(raw.attendance, scope);
  if (id === undefined || name === undefined || attendance === undefined) return undefined;

  const group: Mutable<Group> = {
    id,
    name,
    topics: tokens(raw.topics, 'topics', scope),
    audiences: tokens(raw.audiences, 'audiences', scope),
    attendance,
    schedule: readSchedule(raw.schedule, scope),
    languages: readLanguages(raw.languages, scope),
  };
  const summary = text(raw.summary, 'summary', scope, 500);
  if (summary) group.summary = summary;
  const description = text(raw.description, 'description', scope, 5000, MULTILINE);
  if (description) group.description = description;
  const facilitation = choice(raw.facilitation, 'facilitation', scope, FACILITATION);
  if (facilitation) group.facilitation = facilitation;
  const booking = choice(raw.booking, 'booking', scope, BOOKING);
  if (booking) group.booking = booking;
  const cost = readCost(raw.cost, scope);
  if (cost) group.cost = cost;
  const location = readLocation(raw.location, scope);
  if (location) group.location = location;
  const online = readOnline(raw.online, scope);
  if (online) group.online = online;
  const contact = readContact(raw.contact, scope);
  if (contact) group.contact = contact;
  const organisation = readOrganisation(raw.organisation, scope);
  if (organisation) group.organisation = organisation;
  const size = text(raw.size, 'size', scope, 100);
  if (size) group.size = size;
  const lastVerified = day(raw.lastVerified, 'lastVerified', scope);
  if (lastVerified) group.lastVerified = lastVerified;
  const inactive = flag(raw.inactive, 'inactive', scope);
  if (inactive !== undefined) group.inactive = inactive;

  if ((attendance === 'in-person' || attendance === 'hybrid') && !location?.postcode && location?.lat === undefined && !location?.address) {
    scope.warning('location', 'This group meets in person but has no address, postcode or map position, so nobody can find it by place.');
  }
  return Object.freeze(group);
}

function requiredId(value: unknown, scope: Scope): string | undefined {
  if (isBlank(value)) scope.skipped('This group has no id, so it was left out. Every group needs an id that stays the same.');
  else if (typeof value !== 'string' && !(typeof value === 'number' && Number.isFinite(value))) {
    scope.skipped(`The id is ${describe(value)}; it should be text or a number, so this group was left out.`);
  } else if (String(value).trim().length > MAX_NAME) {
    scope.skipped(`The id is longer than ${MAX_NAME} characters, so this group was left out.`);
  } else return String(value).trim();
  return undefined;
}

function requiredName(value: unknown, scope: Scope): string | undefined {
  if (isBlank(value)) scope.skipped('This group has no name, so it was left out.');
  else if (typeof value !== 'string') scope.skipped(`The name is ${describe(value)}; it should be text, so this group was left out.`);
  else {
    // Only the start of an absurdly long value is cleaned: it is too long either way.
    const name = cleanText(value.length > 4 * MAX_NAME ? value.slice(0, 4 * MAX_NAME + 1) : value, false);
    if (name && name.length <= MAX_NAME) return name;
    scope.skipped(name ? `The name is longer than ${MAX_NAME} characters, so this group was left out.` : 'This group has no name, so it was left out.');
  }
  return undefined;
}

function requiredAttendance(value: unknown, scope: Scope): Attendance | undefined {
  if ((ATTENDANCE as readonly unknown[]).includes(value)) return value as Attendance;
  const word = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
  if (word && (ATTENDANCE as readonly string[]).includes(word)) return word as Attendance;
  scope.skipped(
    isBlank(value)
      ? 'This group does not say how people attend (attendance), so it was left out.'
      : `attendance is ${describe(value)}; it should be one of ${ATTENDANCE.join(', ')}, so this group was left out.`,
  );
  return undefined;
}

/** A nested object field (to read directly), or `undefined` (reported when present but not an object). */
function nested(value: unknown, key: string, scope: Scope): Raw | undefined {
  if (isBlank(value)) return undefined;
  if (isRecord(value)) return fieldsOf(value);
  scope.dropped(key, `${key} should be a group of fields but is ${describe(value)}, so it was left out.`);
  return undefined;
}

/** Freezes an object that has at least one field (`any`); `undefined` otherwise. */
function someFields<T extends object>(value: T, any: unknown): T | undefined {
  return any ? Object.freeze(value) : undefined;
}

function readCost(value: unknown, scope: Scope): GroupCost | undefined {
  const cost = nested(value, 'cost', scope);
  if (!cost) return undefined;
  const inner = scope.reuse('cost', SPARE);
  const free = cost.free;
  if (typeof free !== 'boolean') {
    inner.dropped('free', `cost.free should be true or false but is ${describe(free)}, so the cost was left out.`);
    return undefined;
  }
  const details = text(cost.details, 'details', inner, 300);
  if (details) return Object.freeze({ free, details });
  return free ? FREE : NOT_FREE;
}
// Most groups are simply free: they share one frozen cost.
const FREE: GroupCost = Object.freeze({ free: true });
const NOT_FREE: GroupCost = Object.freeze({ free: false });

const POSTCODE_UK = /^([A-Z]{1,2}\d[A-Z\d]?)\s*(\d[A-Z]{2})$/;
const POSTCODE_UK_SPELT = /^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/;

function readLocation(value: unknown, scope: Scope): GroupLocation | undefined {
  const location = nested(value, 'location', scope);
  if (!location) return undefined;
  const inner = scope.reuse('location', SPARE);
  const out: Mutable<GroupLocation> = { accessibility: tokens(location.accessibility, 'accessibility', inner) };
  const name = text(location.name, 'name', inner, 200);
  if (name) out.name = name;
  const address = text(location.address, 'address', inner, 300, MULTILINE);
  if (address) out.address = address;
  const postcode = text(location.postcode, 'postcode', inner, 16);
  if (postcode) {
    // UK postcodes are matched by districts later, so give them one spelling
    // (which most already have).
    if (POSTCODE_UK_SPELT.test(postcode)) out.postcode = postcode;
    else {
      const match = POSTCODE_UK.exec(postcode.toUpperCase());
      out.postcode = match ? `${match[1]} ${match[2]}` : postcode;
    }
  }
  const region = text(location.region, 'region', inner, 100);
  if (region) out.region = region;
  const position = readPosition(location, inner, out);
  return out.name || out.address || out.postcode || out.region || position || out.accessibility.length > 0 ? Object.freeze(out) : undefined;
}

function coordinate(value: unknown): number | undefined {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
}

/** Latitude and longitude together (set on `out`), or neither: half a position is no position. */
function readPosition(location: Raw, scope: Scope, out: Mutable<GroupLocation>): boolean {
  const latValue = location.lat;
  const lngValue = location.lng;
  if (isBlank(latValue) && isBlank(lngValue)) return false;
  const lat = coordinate(latValue);
  const lng = coordinate(lngValue);
  let why: string | undefined;
  if (lat === undefined || lng === undefined) why = 'lat and lng should both be numbers';
  else if (lat < -90 || lat > 90 || lng < -180 || lng > 180) why = `${lat}, ${lng} is not a place on Earth (lat is -90 to 90, lng -180 to 180)`;
  else if (lat === 0 && lng === 0) why = '0, 0 is in the sea off West Africa and looks like a placeholder';
  if (why === undefined) {
    out.lat = lat as number;
    out.lng = lng as number;
    return true;
  }
  const latIsWrong = lat === undefined || lat < -90 || lat > 90 || (lat === 0 && lng === 0);
  scope.dropped(latIsWrong ? 'lat' : 'lng', `${why}, so the map position was left out.`);
  return false;
}

function readOnline(value: unknown, scope: Scope): GroupOnline | undefined {
  const online = nested(value, 'online', scope);
  if (!online) return undefined;
  const inner = scope.reuse('online', SPARE);
  const out: Mutable<GroupOnline> = {};
  const platform = text(online.platform, 'platform', inner, 100);
  if (platform) out.platform = platform;
  const url = link(online.url, 'url', inner, 'joining link');
  if (url) out.url = url;
  return someFields(out, platform || url);
}

const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:"]+$/;
const PHONE = /^\+?[\d\s().-]{3,40}$/;

function readContact(value: unknown, scope: Scope): GroupContact | undefined {
  const contact = nested(value, 'contact', scope);
  if (!contact) return undefined;
  const inner = scope.reuse('contact', SPARE);
  const out: Mutable<GroupContact> = {};
  const email = text(contact.email, 'email', inner, 254);
  if (email) {
    const address = email.length > 7 && (email.charCodeAt(0) | 32) === 109 ? email.replace(/^mailto:/i, '') : email;
    if (EMAIL.test(address)) out.email = address;
    else inner.dropped('email', `${describe(email)} is not an email address, so it was left out.`);
  }
  const phone = text(contact.phone, 'phone', inner, 40);
  if (phone) {
    if (PHONE.test(phone) && hasDigits(phone, 3)) out.phone = phone;
    else inner.dropped('phone', `${describe(phone)} is not a phone number (digits, spaces and a leading + only), so it was left out.`);
  }
  const url = link(contact.url, 'url', inner, 'contact link');
  if (url) out.url = url;
  return someFields(out, out.email || out.phone || url);
}

function hasDigits(text: string, wanted: number): boolean {
  let count = 0;
  for (let i = 0; i < text.length && count < wanted; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) count++;
  }
  return count >= wanted;
}

function readOrganisation(value: unknown, scope: Scope): GroupOrganisation | undefined {
  const organisation = nested(value, 'organisation', scope);
  if (!organisation) return undefined;
  const inner = scope.reuse('organisation', SPARE);
  const name = text(organisation.name, 'name', inner, 200);
  const url = link(organisation.url, 'url', inner, 'organisation link');
  const charityNumber = text(organisation.charityNumber, 'charityNumber', inner, 40);
  if (!name && !url && !charityNumber) return undefined;
  const known = organisations.get(name ?? '');
  if (known && known.url === url && known.charityNumber === charityNumber) return known;
  const out: Mutable<GroupOrganisation> = {};
  if (name) out.name = name;
  if (url) out.url = url;
  if (charityNumber) out.charityNumber = charityNumber;
  if (organisations.size >= 200) organisations.clear();
  organisations.set(name ?? '', Object.freeze(out));
  return out;
}

// One charity often runs every group in its feed: groups naming the same
// organisation share one frozen object. Bounded, and keyed by name then
// checked field by field, so a group never gets another's details.
const organisations = new Map<string, GroupOrganisation>();

const languageTags = new Map<string, string | null>();
const LANGUAGES = new Collected<string>();

/** Language tags in canonical form (`en`, `cy`, `pt-BR`); unknown ones are reported. */
function readLanguages(value: unknown, scope: Scope): readonly string[] {
  if (isBlank(value)) return noItems();
  const items = listItems(value);
  if (!items) {
    scope.dropped('languages', `languages should be a list such as ["en", "cy"] but is ${describe(value)}, so it was left out.`);
    return noItems();
  }
  const out = LANGUAGES;
  out.clear();
  for (let i = 0; i < Math.min(items.length, MAX_LIST); i++) {
    const item = items[i];
    if (isBlank(item)) continue;
    const tag = typeof item === 'string' ? canonicalLanguage(item.trim()) : undefined;
    if (tag) out.add(tag);
    else scope.dropped(Array.isArray(value) ? `languages[${i}]` : 'languages', `${describe(item)} is not a language code such as en or cy, so it was left out.`);
  }
  return frozenWords(out);
}

function canonicalLanguage(tag: string): string | undefined {
  let known = languageTags.get(tag);
  if (known === undefined) {
    try {
      known = tag.length <= 35 && /^[a-z]{2,3}(-|$)/i.test(tag) ? (Intl.getCanonicalLocales(tag)[0] ?? null) : null;
    } catch {
      known = null;
    }
    if (languageTags.size > 500) languageTags.clear();
    languageTags.set(tag, known);
  }
  return known ?? undefined;
}
