import { expect } from '@open-wc/testing';
import type { ByDay, Group, ScheduleEntry, Weekday } from '../../src/feed/types.js';
import { nextStarts } from '../../src/schedule/next-start.js';
import { nextMeetings } from '../../src/schedule/recurrence.js';
import { days, entry } from './helpers.js';
import { random } from '../helpers/random.mjs';

const at = (text: string): Date => new Date(text);
const DAY = 86_400_000;

function group(id: string, schedule: readonly ScheduleEntry[]): Group {
  return { id, name: id, topics: [], audiences: [], attendance: 'in-person', languages: ['en'], schedule };
}

/** What the soonest-meeting sort would show for each group, as ISO text ('none' for NaN). */
function starts(schedules: readonly (readonly ScheduleEntry[])[], now: Date, horizonDays?: number): string[] {
  const groups = schedules.map((s, i) => group(`g${i}`, s));
  return [...nextStarts(groups, now, horizonDays === undefined ? {} : { horizonDays })].map((t) =>
    Number.isNaN(t) ? 'none' : new Date(t).toISOString().replace('.000', ''),
  );
}

describe('nextStarts: the next meeting of every group for the soonest-first sort', () => {
  it('gives one start per group, in the order given, and none for a group with no meetings', () => {
    const result = starts([[entry({ byday: days('TH') })], [], [entry({ byday: days('MO'), start: '10:00' })]], at('2026-01-06T00:00:00Z'));
    expect(result).to.deep.equal(['2026-01-08T18:30:00Z', 'none', '2026-01-12T10:00:00Z']);
  });

  it('picks the soonest of a group’s several meeting times', () => {
    const twoTimes = [entry({ byday: days('TH') }), entry({ byday: days('WE'), start: '09:00' })];
    expect(starts([twoTimes], at('2026-01-06T00:00:00Z'))).to.deep.equal(['2026-01-07T09:00:00Z']);
  });

  it('keeps a meeting that is under way at its start time, and moves on once it has ended', () => {
    const tuesday = [entry()]; // Tuesday 18:30–20:00 London
    expect(starts([tuesday], at('2026-01-06T19:59:00Z'))).to.deep.equal(['2026-01-06T18:30:00Z']);
    expect(starts([tuesday], at('2026-01-06T20:00:00Z'))).to.deep.equal(['2026-01-13T18:30:00Z']);
  });

  it('counts a meeting with no end time as under way for an hour', () => {
    const noEnd = [entry({ end: undefined })];
    expect(starts([noEnd], at('2026-01-06T19:29:00Z'))).to.deep.equal(['2026-01-06T18:30:00Z']);
    expect(starts([noEnd], at('2026-01-06T19:30:00Z'))).to.deep.equal(['2026-01-13T18:30:00Z']);
  });

  it('still shows Friday night’s 22:00–01:00 meeting at 00:30 on Saturday', () => {
    const late = [entry({ byday: days('FR'), start: '22:00', end: '01:00' })];
    expect(starts([late], at('2026-01-03T00:30:00Z'))).to.deep.equal(['2026-01-02T22:00:00Z']);
  });

  it('moves a 01:30 meeting on the night the clocks go forward to 02:30 BST, and takes the first 01:30 when they go back', () => {
    const sundayNight = [entry({ byday: days('SU'), start: '01:30', end: '02:30' })];
    expect(starts([sundayNight], at('2026-03-28T12:00:00Z'))).to.deep.equal(['2026-03-29T01:30:00Z']);
    expect(starts([sundayNight], at('2026-10-24T12:00:00Z'))).to.deep.equal(['2026-10-25T00:30:00Z']);
  });

  it('follows each group’s own clocks: New York changes on 8 March 2026, three weeks before London', () => {
    const ny = [entry({ byday: days('MO'), start: '19:00', end: '20:00', timezone: 'America/New_York' })];
    const london = [entry({ byday: days('MO'), start: '19:00', end: '20:00' })];
    expect(starts([ny, london], at('2026-03-09T12:00:00Z'))).to.deep.equal(['2026-03-09T23:00:00Z', '2026-03-09T19:00:00Z']);
  });

  it('skips months without a fifth Monday or a 31st, and finds the last day of February', () => {
    const from = at('2026-04-01T00:00:00Z');
    const monthly = { freq: 'monthly' as const, byday: [] as ByDay[] };
    expect(
      starts([[entry({ ...monthly, byday: days('5MO') })], [entry({ ...monthly, bymonthday: 31 })]], from),
    ).to.deep.equal(['2026-06-29T17:30:00Z', '2026-05-31T17:30:00Z']);
    expect(starts([[entry({ ...monthly, bymonthday: -1 })]], at('2026-02-01T00:00:00Z'))).to.deep.equal(['2026-02-28T18:30:00Z']);
  });

  it('skips cancelled dates and keeps a fortnightly rhythm from its from date', () => {
    const fortnightly = [entry({ interval: 2, from: '2026-01-06', except: ['2026-01-20'] })];
    expect(starts([fortnightly], at('2026-01-07T00:00:00Z'))).to.deep.equal(['2026-02-03T18:30:00Z']);
  });

  it('has nothing for a finished one-off, an ended pattern, an unknown zone, or a meeting past the horizon', () => {
    const now = at('2026-06-01T00:00:00Z');
    const result = starts(
      [
        [entry({ freq: 'once', byday: [], date: '2026-05-31' })],
        [entry({ until: '2026-05-01' })],
        [entry({ timezone: 'Mars/Olympus_Mons' })],
        [entry({ freq: 'once', byday: [], date: '2026-08-01' })],
      ],
      now,
      30,
    );
    expect(result).to.deep.equal(['none', 'none', 'none', 'none']);
  });

  it('answers afresh when asked again about the same directory at a later time', () => {
    const groups = Object.freeze([group('a', Object.freeze([entry()]))]);
    expect(nextStarts(groups, at('2026-01-06T00:00:00Z'))[0]).to.equal(Date.parse('2026-01-06T18:30:00Z'));
    expect(nextStarts(groups, at('2026-01-07T00:00:00Z'))[0]).to.equal(Date.parse('2026-01-13T18:30:00Z'));
  });

  it('sees a change to a list that is not frozen (nothing stale is kept for it)', () => {
    const groups = [group('a', [entry()])];
    const now = at('2026-01-06T00:00:00Z');
    expect(nextStarts(groups, now)[0]).to.equal(Date.parse('2026-01-06T18:30:00Z'));
    groups[0] = group('a', [entry({ byday: days('WE') })]);
    expect(nextStarts(groups, now)[0]).to.equal(Date.parse('2026-01-07T18:30:00Z'));
  });
});

// ---- Agreement with nextMeetings over random schedules ----


const WEEKDAY_CODES: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** Random groups of 0–3 entries of every kind, dates within about a year of `around`, times crowded into the night hours when clocks change. */
function randomGroups(rand: () => number, around: number, zones: readonly string[], count: number): Group[] {
  const int = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
  const clock = (): string => `${String(rand() < 0.4 ? int(0, 3) : int(0, 23)).padStart(2, '0')}:${pick(['00', '01', '15', '30', '45', '59'])}`;
  const randomEntry = (): ScheduleEntry => {
    const r = rand();
    const freq = r < 0.5 ? 'weekly' : r < 0.9 ? 'monthly' : 'once';
    const byday: ByDay[] = Array.from({ length: rand() < 0.15 ? 0 : int(1, 3) }, () => ({
      day: pick(WEEKDAY_CODES),
      ordinal: freq === 'monthly' && rand() < 0.8 ? pick([0, 1, 2, 3, 4, 5, -1, -1]) : 0,
    }));
    const start = clock();
    return {
      freq,
      interval: rand() < 0.6 ? 1 : int(2, rand() < 0.8 ? 4 : 13),
      byday,
      start,
      timezone: pick(zones),
      except: rand() < 0.3 ? Array.from({ length: int(1, 6) }, () => isoDay(around + int(-3, 60) * DAY)) : [],
      ...(rand() < 0.75 ? { end: rand() < 0.1 ? start : clock() } : {}),
      ...(freq === 'monthly' && rand() < 0.3 ? { bymonthday: pick([1, 3, 15, 28, 29, 30, 31, -1, -1]) } : {}),
      ...(freq === 'once' ? { date: isoDay(around + int(-3, 400) * DAY) } : {}),
      ...(rand() < 0.4 ? { from: isoDay(around + int(-400, 400) * DAY) } : {}),
      ...(rand() < 0.25 ? { until: isoDay(around + int(-400, 400) * DAY) } : {}),
    };
  };
  return Array.from({ length: count }, (_, i) =>
    group(`r${i}`, Array.from({ length: rand() < 0.1 ? 0 : int(1, 3) }, randomEntry)),
  );
}

/**
 * Compares nextStarts with nextMeetings for `rounds` instants near each of
 * `around`, each against fresh random groups; returns how many groups were
 * compared, how many had a meeting under way, and the first disagreements.
 */
function compare(seed: number, around: readonly string[], zones: readonly string[], rounds: number) {
  const rand = random(seed);
  const mismatches: string[] = [];
  let compared = 0;
  let underWay = 0;
  for (let round = 0; round < rounds; round++) {
    const base = Date.parse(around[round % around.length]!);
    // Within two days either side, often on a quarter hour so that `now` lands exactly on starts and ends.
    const step = rand() < 0.5 ? 15 : 1;
    const now = base + Math.round(((rand() - 0.5) * 4 * DAY) / (step * 60_000)) * step * 60_000;
    const groups = randomGroups(rand, now, zones, 40);
    const got = nextStarts(groups, new Date(now));
    groups.forEach((g, i) => {
      const want = nextMeetings(g.schedule, { from: new Date(now), count: 1 })[0]?.start.getTime() ?? NaN;
      compared++;
      if (want < now) underWay++;
      if (!Object.is(want, got[i]) && mismatches.length < 3) {
        mismatches.push(`now ${new Date(now).toISOString()} ${JSON.stringify(g.schedule)}: want ${want}, got ${got[i]}`);
      }
    });
  }
  return { compared, underWay, mismatches };
}

describe('nextStarts agrees with nextMeetings on thousands of random schedules', function () {
  this.timeout(60_000);
  const LONDON = ['Europe/London', 'Europe/London', '', 'Mars/Olympus_Mons'];

  it('around the last Sundays of March and October in London (2026 and 2027)', () => {
    const result = compare(
      1,
      ['2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z', '2027-03-28T01:00:00Z', '2027-10-31T01:00:00Z'],
      LONDON,
      60,
    );
    expect(result.mismatches).to.deep.equal([]);
    expect(result.compared).to.equal(2400);
    // The comparison must include meetings under way at `now`, not only future ones.
    expect(result.underWay).to.be.greaterThan(20);
  });

  it('around New York’s and Sydney’s clock changes, and in Singapore which has none', () => {
    const zones = ['America/New_York', 'Australia/Sydney', 'Asia/Singapore', 'Europe/London'];
    const result = compare(
      2,
      ['2026-03-08T07:00:00Z', '2026-11-01T06:00:00Z', '2026-04-04T16:00:00Z', '2026-10-03T16:00:00Z'],
      zones,
      60,
    );
    expect(result.mismatches).to.deep.equal([]);
    expect(result.underWay).to.be.greaterThan(20);
  });

  it('at random moments over two years, in every zone', () => {
    const rand = random(3);
    const moments = Array.from({ length: 40 }, () => new Date(Date.parse('2025-06-01T00:00:00Z') + Math.floor(rand() * 730) * DAY).toISOString());
    const zones = [...LONDON, 'America/New_York', 'Australia/Sydney', 'Asia/Singapore'];
    const result = compare(4, moments, zones, 80);
    expect(result.mismatches).to.deep.equal([]);
    expect(result.compared).to.equal(3200);
  });
});
