/**
 * Open Referral UK (ORUK v1) and HSDS 3 services → canonical feed.
 *
 * Accepts a single service, a list of services, or one page from a
 * `/services` endpoint (`content` in ORUK, `contents` in HSDS 3, with their
 * paging fields). A service offered at several places becomes one group per
 * place, because a visitor chooses where to go.
 */
import type { AdapterResult, RawGroup, RawSchedule } from './types.js';
import { adaptHsdsSchedule } from './hsds-schedule.js';
import {
  IdMaker,
  Problems,
  compact,
  languageCode,
  token,
  coordinates,
  costFromText,
  findPostcode,
  isObject,
  isoDate,
  joinLink,
  saysOnlyFree,
  num,
  objects,
  slugify,
  text,
  unique,
  type Obj,
} from './shared.js';

type Record_ = { index: number; id?: string };

/** Maps an Open Referral UK / HSDS 3 service, list of services or API page into the canonical feed. */
export function adaptOpenReferral(input: unknown): AdapterResult {
  const problems = new Problems();
  const { services, prefix } = servicesOf(input, problems);
  const ids = new IdMaker();
  for (const s of services) {
    const id = text(s.value.id);
    if (id) ids.reserve(id);
  }
  const groups: RawGroup[] = [];
  const sources: string[] = [];
  for (const { value, index } of services) {
    const path = prefix === null ? '' : `${prefix}[${index}]`;
    for (const group of adaptService(value, index, path, ids, problems)) {
      groups.push(group);
      sources.push(path || 'service');
    }
  }
  return { feed: { version: 1, groups }, problems: problems.list, sources };
}

/** The services in the input and the path prefix to report them under (`null` for a single service). */
function servicesOf(input: unknown, problems: Problems): { services: { value: Obj; index: number }[]; prefix: string | null } {
  const listed = (list: unknown[], prefix: string) => {
    const services: { value: Obj; index: number }[] = [];
    list.forEach((value, index) => {
      if (isObject(value)) services.push({ value, index });
      else problems.add('skipped', `${prefix}[${index}]`, `Service ${index + 1} is not an object, so it was left out.`, { index });
    });
    return { services, prefix };
  };
  if (Array.isArray(input)) return listed(input, '');
  if (!isObject(input)) {
    problems.add('skipped', '', 'This is not an Open Referral service or list of services.');
    return { services: [], prefix: '' };
  }
  const key = Array.isArray(input.contents) ? 'contents' : Array.isArray(input.content) ? 'content' : undefined;
  if (key) {
    reportPaging(input, problems);
    return listed(input[key] as unknown[], key);
  }
  return { services: [{ value: input, index: 0 }], prefix: null };
}

// A page from a paged API holds only part of the directory; say so rather
// than let an editor think the rest vanished.
function reportPaging(page: Obj, problems: Problems): void {
  const last = page.last ?? page.last_page;
  const totalPages = num(page.totalPages ?? page.total_pages);
  const totalItems = num(page.totalElements ?? page.total_items);
  const number = num(page.number ?? page.page_number);
  if (last === false || (totalPages !== undefined && totalPages > 1)) {
    const which = number !== undefined && totalPages !== undefined ? `page ${number} of ${totalPages}` : 'one page of several';
    const total = totalItems !== undefined ? ` of the ${totalItems} services` : '';
    problems.add('warning', '', `This is ${which} from the API, so only the services on this page${total} were read. Point the feed at a URL that returns them all.`);
  }
}

function adaptService(s: Obj, index: number, path: string, ids: IdMaker, problems: Problems): RawGroup[] {
  const at = (field: string) => (path ? `${path}.${field}` : field);
  const name = text(s.name);
  const record: Record_ = { index };
  let id = text(s.id);
  if (id) record.id = id;
  if (!name) {
    problems.add('skipped', at('name'), 'This service has no name, so it was left out.', record);
    return [];
  }
  const status = text(s.status)?.toLowerCase();
  if (status === 'defunct') {
    problems.add('skipped', at('status'), 'This service is marked as defunct (closed for good), so it was left out.', record);
    return [];
  }
  if (!id) {
    id = ids.make(slugify(name));
    record.id = id;
    problems.add('warning', at('id'), `This service has no id, so it was given the id "${id}".`, record);
  }
  // Placeholders like "N/A" are reported once per field, then treated as blank.
  const field = (value: unknown, name: string) =>
    text(value, (message) => problems.add('dropped', at(name), message, record));

  const inactive = status === 'inactive' || status === 'temporarily closed';
  if (inactive) {
    problems.add('warning', at('status'), `This service is marked "${status}", so it is kept out of search results until it is active again.`, record);
  }

  const base: RawGroup = {
    id,
    name,
    summary: field(s.short_description ?? s.alternate_name, s.short_description ? 'short_description' : 'alternate_name'),
    description: field(s.description, 'description'),
    topics: topicsOf(s),
    audiences: audiencesOf(s),
    cost: costOf(s, at, record, problems),
    languages: languagesOf(s, at, record, problems),
    lastVerified: isoDate(s.assured_date) ?? isoDate(s.last_verified_on),
    contact: contactOf(s, field),
    organisation: organisationOf(s.organization),
  };
  if (inactive) base.inactive = true;

  const serviceSchedules = schedulesOf(s, at, problems, record);
  const places = objects(s.service_at_locations);
  const physical: { sal: Obj; location: Obj; i: number }[] = [];
  let virtualUrl: string | undefined;
  places.forEach((sal, i) => {
    const location = isObject(sal.location) ? sal.location : sal;
    const type = text(location.location_type)?.toLowerCase();
    if (type === 'virtual') virtualUrl ??= text(location.url);
    else if (type === 'postal') return;
    // Older feeds list an "Online" place with no address instead of a virtual location.
    else if (!type && isNowhere(location)) virtualUrl ??= text(location.url) ?? '';
    else physical.push({ sal, location, i });
  });

  const attendingType = (text(s.attending_type) ?? '').toLowerCase();
  const online = virtualUrl !== undefined || /online|virtual|remote|video/.test(attendingType);
  const phoneOnly = /phone|telephone/.test(attendingType) && !/in.?person|face/.test(attendingType);
  const joinUrl = virtualUrl || undefined;
  const onlinePart = joinUrl ? joinLink(joinUrl) : undefined;

  if (physical.length === 0) {
    let attendance: string | undefined;
    if (online) attendance = 'online';
    else if (phoneOnly) attendance = 'phone';
    else problems.add('dropped', at('service_at_locations'), 'This service has no place, join link or attending type, so there is no way to say how to attend.', record);
    return [compact({ ...base, attendance, online: onlinePart, schedule: serviceSchedules })];
  }

  return physical.map(({ sal, location, i }) => {
    const salPath = at(`service_at_locations[${i}]`);
    const placeSchedules = [
      ...schedulesOf(sal, (f) => `${salPath}.${f}`, problems, record),
      ...(location === sal ? [] : schedulesOf(location, (f) => `${salPath}.location.${f}`, problems, record)),
    ];
    const placeId = physical.length > 1 ? ids.make(`${id}-${slugify(text(location.name) ?? text(location.id) ?? String(i + 1))}`) : id;
    return compact({
      ...base,
      id: placeId,
      attendance: online ? 'hybrid' : 'in-person',
      online: onlinePart,
      schedule: [...serviceSchedules, ...placeSchedules],
      location: locationOf(location, `${salPath}.location`, problems, { ...record, id: placeId }),
    });
  });
}

/** Schedules held by a service, place or location: `regular_schedules` (ORUK v1) and `schedules` (HSDS 3). */
function schedulesOf(holder: Obj, at: (f: string) => string, problems: Problems, record: Record_): RawSchedule[] {
  const out: RawSchedule[] = [];
  for (const key of ['regular_schedules', 'schedules']) {
    objects(holder[key]).forEach((s, i) => {
      out.push(...adaptHsdsSchedule(s, (action, f, message) => problems.add(action, at(`${key}[${i}].${f}`), message, record)));
    });
  }
  return out;
}

function locationOf(location: Obj, path: string, problems: Problems, record: Record_): RawGroup['location'] {
  const drop = (f: string) => (message: string) => problems.add('dropped', `${path}.${f}`, message, record);
  const addresses = [...objects(location.physical_addresses), ...objects(location.addresses)].filter(
    (a) => (text(a.address_type)?.toLowerCase() ?? 'physical') === 'physical',
  );
  const a = addresses[0];
  const parts = a
    ? [a.address_1, a.address_2, a.city, a.state_province ?? a.region].map((p, i) => text(p, drop(`addresses[0].${['address_1', 'address_2', 'city', 'state_province'][i]}`)))
    : [];
  const postcode = a ? text(a.postal_code, drop('addresses[0].postal_code')) : undefined;
  const address = unique([...parts, postcode]).join(', ') || undefined;
  const point = coordinates(location.latitude, location.longitude, (action, message) => problems.add(action, `${path}.latitude`, message, record), true);
  const accessibility = unique(
    [...objects(location.accessibility_for_disabilities), ...objects(location.accessibility)].map((x) => token(text(x.accessibility) ?? text(x.description))),
  );
  return compact({
    name: text(location.name, drop('name')),
    address,
    postcode: postcode ?? (address ? findPostcode(address) : undefined),
    lat: point?.lat,
    lng: point?.lng,
    region: a ? text(a.region ?? a.city) : undefined,
    accessibility,
  });
}

function topicsOf(s: Obj): string[] {
  // ORUK v1 links taxonomy terms through service_taxonomys; HSDS 3 through attributes.
  const v1 = objects(s.service_taxonomys).map((t) => (isObject(t.taxonomy) ? text(t.taxonomy.name) : undefined));
  const v3 = objects(s.attributes).map((a) => (isObject(a.taxonomy_term) ? text(a.taxonomy_term.name) : undefined));
  return unique([...v1, ...v3].map(token));
}

function languagesOf(s: Obj, at: (f: string) => string, record: Record_, problems: Problems): string[] {
  return unique(
    objects(s.languages).map((l, i) => {
      const written = text(l.code) ?? text(l.language) ?? text(l.name);
      const code = languageCode(text(l.code)) ?? languageCode(text(l.language) ?? text(l.name));
      if (written && !code) problems.add('dropped', at(`languages[${i}]`), `"${written}" is not a language we recognise; use a code such as en or cy.`, record);
      return code;
    }),
  );
}

function audiencesOf(s: Obj): string[] {
  const words = objects(s.eligibilitys).map((e) => token(text(e.eligibility)));
  const min = num(s.minimum_age) ?? objects(s.eligibilitys).map((e) => num(e.minimum_age)).find((n) => n !== undefined);
  const max = num(s.maximum_age) ?? objects(s.eligibilitys).map((e) => num(e.maximum_age)).find((n) => n !== undefined);
  let ages: string | undefined;
  if (min !== undefined && max !== undefined && max > 0 && max < 120) ages = `ages-${min}-${max}`;
  else if (min !== undefined && min > 0) ages = `ages-${min}-plus`;
  return unique([...words, ages]);
}

/**
 * Cost options (amounts in any currency) first, then the fees text, both by
 * the adapters' one rule (`costFromText`): zero or "free" is free, any amount
 * above zero is not. Fees that say neither are read as not free and reported.
 * An option's words are kept as details unless they say only "free" or "£0".
 */
function costOf(s: Obj, at: (f: string) => string, record: Record_, problems: Problems): RawGroup['cost'] {
  const options = objects(s.cost_options);
  const feesField = text(s.fees_description) ? 'fees_description' : 'fees';
  const fees = text(s[feesField]);
  const details: string[] = [];
  let free: boolean | undefined;
  options.forEach((o, i) => {
    const amount = num(o.amount);
    const option = text(o.option);
    const describe = text(o.amount_description);
    if (amount === undefined && o.amount !== undefined && o.amount !== null && o.amount !== '') {
      problems.add('dropped', at(`cost_options[${i}].amount`), `"${String(o.amount)}" is not an amount of money, so it was left out.`, record);
    }
    const words = [option, describe].filter(Boolean).join(': ');
    const currency = text(o.currency)?.toUpperCase();
    const price = (n: number) => (currency && currency !== 'GBP' ? `${n.toFixed(2)} ${currency}` : `£${n.toFixed(2)}`);
    // With no amount, the option's own words decide, when they say plainly.
    const said = amount === undefined && words ? costFromText(words) : undefined;
    if (amount === 0 || (said?.sure && said.free)) {
      free ??= true;
      // "Free for under 18s" or "Donations welcome" say more than free: keep them (but not
      // a bare "Free" or "No charge" beside them). When only the amount said free, the
      // price goes first, as for paid options, with no words of ours ("£0.00 Under 18s").
      const saysMore = [option, describe].some((part) => part && !saysOnlyFree(part));
      if (saysMore) details.push(costFromText(words).free ? words : `${price(0)} ${words}`);
    } else if (amount !== undefined && amount > 0) {
      free = false;
      details.push([price(amount), option, describe].filter(Boolean).join(' '));
    } else if (words) {
      if (said?.sure) free = false;
      details.push(words);
    }
  });
  if (fees) details.push(fees);
  if (free === undefined && fees) {
    const said = costFromText(fees);
    free = said.free;
    if (!said.sure) {
      problems.add('warning', at(feesField), `"${fees}" does not say whether it is free, so it was read as not free. Say "free" or give an amount.`, record);
    }
  }
  if (free === undefined) return undefined;
  return compact({ free, details: unique(details).join('. ') || undefined });
}

function contactOf(s: Obj, field: (value: unknown, name: string) => string | undefined): RawGroup['contact'] {
  const contacts = objects(s.contacts);
  const phones = [
    ...objects(s.phones),
    ...contacts.flatMap((c) => objects(c.phones)),
  ];
  const phone = phones.map((p, i) => field(p.number, `phones[${i}].number`)).find(Boolean);
  return compact({
    email: field(s.email, 'email') ?? contacts.map((c) => text(c.email)).find(Boolean),
    phone,
    url: field(s.url, 'url'),
  });
}

function organisationOf(value: unknown): RawGroup['organisation'] {
  if (!isObject(value)) return undefined;
  // HSDS 3 lists registrations as identifiers; these schemes are UK charity registers.
  const charity = objects(value.organization_identifiers).find((x) => /^GB-(CHC|SC|NIC)$/i.test(text(x.identifier_scheme) ?? ''));
  return compact({
    name: text(value.name),
    url: text(value.url) ?? text(value.website),
    charityNumber: text(value.charity_number) ?? (charity ? text(charity.identifier) : undefined),
  });
}

function isNowhere(location: Obj): boolean {
  const hasAddress = objects(location.physical_addresses).length + objects(location.addresses).length > 0;
  const hasPoint = num(location.latitude) !== undefined && num(location.longitude) !== undefined;
  return !hasAddress && !hasPoint && /online|virtual|remote/i.test(text(location.name) ?? '');
}
