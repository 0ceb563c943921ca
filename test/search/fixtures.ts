// Small hand-written groups for the search tests. Every group is fictional.
import type { ByDay, Group, ScheduleEntry, Weekday } from '../../src/feed/types.js';
import type { SearchQuery } from '../../src/search/index.js';

type GroupInput = Partial<Omit<Group, 'schedule'>> & { id: string; name: string; meets?: string[] };

/**
 * One schedule entry per `meets` item: "TU 19:00" weekly, "2TU 10:30" monthly
 * with an ordinal, "2026-12-03 14:00" once.
 */
function entry(text: string): ScheduleEntry {
  const [when, start] = text.split(' ');
  const base = { interval: 1, start, timezone: 'Europe/London', except: [] as string[] };
  if (/^\d{4}-/.test(when)) return { ...base, freq: 'once', byday: [], date: when };
  const match = /^(-?\d)?([A-Z]{2})$/.exec(when)!;
  const byday: ByDay = { day: match[2] as Weekday, ordinal: match[1] ? Number(match[1]) : 0 };
  return { ...base, freq: match[1] ? 'monthly' : 'weekly', byday: [byday] };
}

export function group({ meets = [], ...rest }: GroupInput): Group {
  return {
    topics: [],
    audiences: [],
    attendance: 'in-person',
    languages: ['en'],
    ...rest,
    schedule: meets.map(entry),
  };
}

export function query(over: Partial<SearchQuery> = {}): SearchQuery {
  return { text: '', filters: {}, includeOnline: 'with', sort: 'az', ...over };
}

export const names = (items: readonly { group: Group }[]): string[] => items.map((i) => i.group.name);

/** Central Cardiff, Bristol and Leeds, for distance tests. */
export const CARDIFF = { lat: 51.4816, lng: -3.1791 };
export const BRISTOL = { lat: 51.4545, lng: -2.5879 };
export const LEEDS = { lat: 53.8008, lng: -1.5491 };

export const GROUPS: readonly Group[] = [
  group({
    id: 'anx-cardiff',
    name: 'Anxiety Café Cardiff',
    summary: 'A relaxed morning for people living with worry.',
    topics: ['anxiety'],
    audiences: ['adults'],
    facilitation: 'peer',
    booking: 'drop-in',
    cost: { free: true },
    location: { name: 'Canton Library', postcode: 'CF11 9AA', region: 'wales', lat: 51.4812, lng: -3.2026, accessibility: ['step-free', 'hearing-loop'] },
    languages: ['en', 'cy'],
    meets: ['MO 10:30'],
  }),
  group({
    id: 'low-mood-bristol',
    name: 'Low Mood Walk',
    summary: 'Walking and talking for anyone feeling low.',
    description: 'We meet at the cafe and walk for an hour. Anxiety is welcome too.',
    topics: ['depression'],
    audiences: ['adults'],
    facilitation: 'co-facilitated',
    booking: 'drop-in',
    cost: { free: true },
    location: { name: 'Harbourside', postcode: 'BS1 5DB', region: 'england', lat: 51.4505, lng: -2.5982, accessibility: [] },
    meets: ['2TU 14:00'],
  }),
  group({
    id: 'carers-leeds',
    name: 'Carers Evening',
    summary: 'For people caring for someone with a mental illness.',
    topics: ['carers'],
    audiences: ['carers'],
    attendance: 'hybrid',
    facilitation: 'professional',
    booking: 'register',
    cost: { free: false, details: '£2 for tea' },
    location: { name: 'Chapel Allerton Hall', region: 'england', lat: 53.8286, lng: -1.5373, accessibility: ['step-free'] },
    online: { platform: 'Zoom', url: 'https://example.org/join' },
    meets: ['WE 19:00'],
  }),
  group({
    id: 'online-anx',
    name: 'Online Anxiety Circle',
    summary: 'Evening video call.',
    topics: ['anxiety', 'panic'],
    audiences: ['young-people'],
    attendance: 'online',
    facilitation: 'peer',
    booking: 'drop-in',
    cost: { free: true },
    meets: ['TH 18:30', 'SA 09:00'],
  }),
  group({
    id: 'phone-line',
    name: 'Phone Friends',
    summary: 'A weekly phone call with people who understand anxiety.',
    topics: ['loneliness'],
    attendance: 'phone',
    booking: 'register',
    cost: { free: true },
    meets: ['FR 12:00'],
  }),
  group({
    id: 'no-coords',
    name: 'Bereavement Circle',
    summary: 'Meets in a church hall in Bristol.',
    topics: ['bereavement'],
    location: { name: 'St Mary’s Hall', address: '1 Example Street, Bristol', region: 'england', accessibility: [] },
    organisation: { name: 'Example Trust' },
    meets: ['-1FR 17:00'],
  }),
];
