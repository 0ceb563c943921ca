/**
 * A charity's own crisis and support contacts (`signposting`). These sit
 * beside the built-in helplines, so each one must be dialable or clickable
 * exactly as shown: an unusable contact is left out, never guessed at.
 */
import { Scope } from './problems.js';
import type { ContactChannel, SignpostContact, Signposting } from './types.js';
import { describe, isBlank, isRecord, own, readChoice, readDate, readText, readTokens, readUrl } from './normalise-text.js';
import { safeUrl } from './url.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export const CHANNELS: readonly ContactChannel[] = ['call', 'text', 'email', 'web', 'textphone'];
export const REGIONS: ReadonlySet<string> = new Set(['uk', 'england', 'scotland', 'wales', 'northern-ireland', 'ireland', 'usa']);
const MAX_CONTACTS = 50;

/**
 * The link a contact opens when the feed gives none: the digits of a number
 * (national format kept, so `116 123` → `tel:116123`), a text with its
 * keyword as the message, an email address or a web address.
 */
export function contactHref(channel: ContactChannel, value: string, keyword?: string): string | undefined {
  if (channel === 'email') return safeUrl(`mailto:${value}`);
  if (channel === 'web') return safeUrl(value);
  const digits = value.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  if (!/\d/.test(digits)) return undefined;
  if (channel === 'text') return keyword ? `sms:${digits}?body=${encodeURIComponent(keyword)}` : `sms:${digits}`;
  return `tel:${digits}`;
}

/** `signposting` from the feed, or `undefined` when it has none. */
export function readSignposting(value: unknown, scope: Scope): Signposting | undefined {
  if (isBlank(value)) return undefined;
  if (!isRecord(value)) {
    scope.report(scope.path,  `signposting should be a group of fields but is ${describe(value)}, so it was left out.`, 'dropped');
    return undefined;
  }
  const mode = readChoice(value, 'mode', scope, ['add', 'replace'] as const) ?? 'add';
  const list = own(value, 'contacts');
  const contacts: SignpostContact[] = [];
  if (Array.isArray(list)) {
    const seen = new Set<string>();
    for (let i = 0; i < Math.min(list.length, MAX_CONTACTS); i++) {
      const contact = readContact(list[i], scope, i);
      if (!contact) continue;
      if (seen.has(contact.id)) {
        scope.log.add({ index: i, id: contact.id, path: `signposting.contacts[${i}]`, message: `Another contact already has the id "${contact.id}", so this one was left out.`, action: 'skipped' });
        continue;
      }
      seen.add(contact.id);
      contacts.push(contact);
    }
    if (list.length > MAX_CONTACTS) scope.warning('contacts', `Only the first ${MAX_CONTACTS} contacts were read.`);
  } else if (!isBlank(list)) {
    scope.dropped('contacts', `contacts should be a list but is ${describe(list)}, so it was left out.`);
  }
  if (mode === 'replace' && contacts.length === 0) {
    // Replacing the built-in helplines with nothing would leave a visitor in crisis with no number.
    scope.warning('mode', 'mode is "replace" but there are no usable contacts, so the built-in helplines are kept.');
    return Object.freeze({ mode: 'add', contacts: Object.freeze(contacts) });
  }
  return Object.freeze({ mode, contacts: Object.freeze(contacts) });
}

function readContact(raw: unknown, parent: Scope, index: number): SignpostContact | undefined {
  const item = Scope.item(parent.log, parent.at('contacts'), index);
  if (!isRecord(raw)) {
    item.skipped(`A contact should be a group of fields but is ${describe(raw)}, so it was left out.`);
    return undefined;
  }
  const id = readText(raw, 'id', item, 200);
  if (id) item.id = id;
  const name = readText(raw, 'name', item, 200);
  const channel = typeof own(raw, 'channel') === 'string' ? (String(own(raw, 'channel')).trim().toLowerCase() as ContactChannel) : undefined;
  const value = readText(raw, 'value', item, 200);
  const missing: string[] = [];
  if (!id) missing.push('an id');
  if (!name) missing.push('a name');
  if (!channel || !CHANNELS.includes(channel)) missing.push(`a channel (${CHANNELS.join(', ')})`);
  if (!value) missing.push('a value (the number or address people use)');
  if (missing.length > 0) {
    item.skipped(`This contact needs ${missing.join(', ')}, so it was left out.`);
    return undefined;
  }
  const keyword = readText(raw, 'keyword', item, 40);
  let href = isBlank(own(raw, 'href')) ? undefined : readUrl(raw, 'href', item, 'link');
  href ??= contactHref(channel as ContactChannel, value as string, keyword);
  if (!href) {
    item.skipped(`${describe(value)} cannot be turned into a link people can use to ${channel}, so this contact was left out.`);
    return undefined;
  }
  const contact: Mutable<SignpostContact> = {
    id: id as string,
    name: name as string,
    channel: channel as ContactChannel,
    value: value as string,
    href,
    regions: Object.freeze(readTokens(raw, 'regions', item, REGIONS)),
  };
  if (keyword) contact.keyword = keyword;
  for (const key of ['hours', 'audience'] as const) {
    const text = readText(raw, key, item, 300);
    if (text) contact[key] = text;
  }
  const source = readUrl(raw, 'source', item, 'source link');
  if (source) contact.source = source;
  const checked = readDate(raw, 'checked', item);
  if (checked) contact.checked = checked;
  return Object.freeze(contact);
}
