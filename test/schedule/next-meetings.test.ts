import { expect } from '@open-wc/testing';
import { nextMeetings, isHappeningNow } from '../../src/schedule/recurrence.js';
import { days, entry, iso } from './helpers.js';

const at = (text: string): Date => new Date(text);

describe('nextMeetings: weekly meetings keep their wall-clock time across the clocks changing', () => {
  it('a Tuesday 18:30 London group is 18:30Z before the clocks go forward in March 2026 and 17:30Z after', () => {
    const meetings = nextMeetings(entry(), { from: at('2026-03-20T12:00:00Z'), count: 3 });
    expect(meetings.map((m) => iso(m.start))).to.deep.equal([
      '2026-03-24T18:30:00Z',
      '2026-03-31T17:30:00Z',
      '2026-04-07T17:30:00Z',
    ]);
    expect(meetings.every((m) => m.localStart === '18:30')).to.equal(true);
    expect(meetings.map((m) => m.localDate)).to.deep.equal(['2026-03-24', '2026-03-31', '2026-04-07']);
    expect(iso(meetings[1]!.end!)).to.equal('2026-03-31T19:00:00Z');
  });

  it('goes back to 18:30Z after the clocks go back on 25 October 2026', () => {
    const meetings = nextMeetings(entry(), { from: at('2026-10-19T00:00:00Z'), count: 2 });
    expect(meetings.map((m) => iso(m.start))).to.deep.equal(['2026-10-20T17:30:00Z', '2026-10-27T18:30:00Z']);
  });

  it('handles the 2027 changes (28 March and 31 October)', () => {
    const sunday = entry({ byday: days('SU'), start: '10:00', end: '11:00' });
    const spring = nextMeetings(sunday, { from: at('2027-03-20T00:00:00Z'), count: 2 });
    expect(spring.map((m) => iso(m.start))).to.deep.equal(['2027-03-21T10:00:00Z', '2027-03-28T09:00:00Z']);
    const autumn = nextMeetings(sunday, { from: at('2027-10-30T00:00:00Z'), count: 2 });
    expect(autumn.map((m) => iso(m.start))).to.deep.equal(['2027-10-31T10:00:00Z', '2027-11-07T10:00:00Z']);
  });

  it('moves a 01:30 meeting on the spring-forward night to 02:30 local, because 01:30 does not exist', () => {
    const late = entry({ byday: days('SU'), start: '01:30', end: '02:30' });
    const [meeting] = nextMeetings(late, { from: at('2026-03-28T12:00:00Z'), count: 1 });
    expect(iso(meeting!.start)).to.equal('2026-03-29T01:30:00Z');
    expect(meeting!.localStart).to.equal('02:30');
    expect(meeting!.localDate).to.equal('2026-03-29');
  });

  it('uses the first 01:30 on the night the clocks go back', () => {
    const late = entry({ byday: days('SU'), start: '01:30', end: '03:00' });
    const [meeting] = nextMeetings(late, { from: at('2026-10-24T12:00:00Z'), count: 1 });
    expect(iso(meeting!.start)).to.equal('2026-10-25T00:30:00Z');
    expect(meeting!.localStart).to.equal('01:30');
    // Ends at 03:00 GMT: two and a half hours of real time.
    expect(iso(meeting!.end!)).to.equal('2026-10-25T03:00:00Z');
  });

  it('meets on every day listed', () => {
    const twice = entry({ byday: days('TU', 'TH') });
    const meetings = nextMeetings(twice, { from: at('2026-01-05T00:00:00Z'), count: 4 });
    expect(meetings.map((m) => m.localDate)).to.deep.equal(['2026-01-06', '2026-01-08', '2026-01-13', '2026-01-15']);
  });
});

describe('nextMeetings: fortnightly and other intervals', () => {
  it('counts fortnights from the entry’s from date', () => {
    const fortnightly = entry({ interval: 2, from: '2026-01-06' });
    const meetings = nextMeetings(fortnightly, { from: at('2026-01-01T00:00:00Z'), count: 3 });
    expect(meetings.map((m) => m.localDate)).to.deep.equal(['2026-01-06', '2026-01-20', '2026-02-03']);
    // Asked from inside an "off" week, the next one is still on the same rhythm.
    const later = nextMeetings(fortnightly, { from: at('2026-01-12T00:00:00Z'), count: 1 });
    expect(later[0]!.localDate).to.equal('2026-01-20');
  });

  it('without a from date keeps one fixed rhythm whatever day you ask from', () => {
    const fortnightly = entry({ interval: 2 });
    const a = nextMeetings(fortnightly, { from: at('2026-05-01T00:00:00Z'), count: 4 });
    const b = nextMeetings(fortnightly, { from: at('2026-05-08T00:00:00Z'), count: 3 });
    const gaps = a.slice(1).map((m, i) => (m.start.getTime() - a[i]!.start.getTime()) / 86_400_000);
    expect(gaps).to.deep.equal([14, 14, 14]);
    // The week beginning Monday 29 December 1969 is "on"; Monday 4 May 2026 is 2940 weeks later.
    expect(a[0]!.localDate).to.equal('2026-05-05');
    expect(b.map((m) => m.localDate)).to.deep.equal(a.slice(1).map((m) => m.localDate));
  });

  it('every 3 months on the first Monday, counted from the from month', () => {
    const quarterly = entry({ freq: 'monthly', interval: 3, byday: days('1MO'), from: '2026-01-01' });
    const meetings = nextMeetings(quarterly, { from: at('2026-01-01T00:00:00Z'), count: 3 });
    expect(meetings.map((m) => m.localDate)).to.deep.equal(['2026-01-05', '2026-04-06', '2026-07-06']);
  });
});

describe('nextMeetings: monthly patterns', () => {
  const from = at('2026-01-01T00:00:00Z');

  it('second Tuesday of the month', () => {
    const meetings = nextMeetings(entry({ freq: 'monthly', byday: days('2TU') }), { from, count: 3 });
    expect(meetings.map((m) => m.localDate)).to.deep.equal(['2026-01-13', '2026-02-10', '2026-03-10']);
  });

  it('last Friday of the month', () => {
    const meetings = nextMeetings(entry({ freq: 'monthly', byday: days('-1FR') }), { from, count: 3 });
    expect(meetings.map((m) => m.localDate)).to.deep.equal(['2026-01-30', '2026-02-27', '2026-03-27']);
  });

  it('fifth Monday skips the months that have only four', () => {
    const meetings = nextMeetings(entry({ freq: 'monthly', byday: days('5MO') }), { from, count: 3 });
    expect(meetings.map((m) => m.localDate)).to.deep.equal(['2026-03-30', '2026-06-29', '2026-08-31']);
  });

  it('on the 31st skips short months', () => {
    const meetings = nextMeetings(entry({ freq: 'monthly', byday: [], bymonthday: 31 }), { from, count: 4 });
    expect(meetings.map((m) => m.localDate)).to.deep.equal(['2026-01-31', '2026-03-31', '2026-05-31', '2026-07-31']);
  });

  it('on the last day of the month (-1), including February', () => {
    const meetings = nextMeetings(entry({ freq: 'monthly', byday: [], bymonthday: -1 }), { from, count: 3 });
    expect(meetings.map((m) => m.localDate)).to.deep.equal(['2026-01-31', '2026-02-28', '2026-03-31']);
  });

  it('on the 3rd of every month', () => {
    const meetings = nextMeetings(entry({ freq: 'monthly', byday: [], bymonthday: 3 }), { from, count: 2 });
    expect(meetings.map((m) => m.localDate)).to.deep.equal(['2026-01-03', '2026-02-03']);
  });
});

describe('nextMeetings: bounds, cancellations and one-off meetings', () => {
  it('leaves out cancelled dates, in the group’s own calendar', () => {
    const meetings = nextMeetings(entry({ except: ['2026-12-22', '2026-12-29'] }), {
      from: at('2026-12-14T00:00:00Z'),
      count: 2,
    });
    expect(meetings.map((m) => m.localDate)).to.deep.equal(['2026-12-15', '2027-01-05']);
  });

  it('stops after the until date and starts on the from date', () => {
    const bounded = entry({ from: '2026-02-10', until: '2026-02-24' });
    const meetings = nextMeetings(bounded, { from: at('2026-01-01T00:00:00Z'), count: 10 });
    expect(meetings.map((m) => m.localDate)).to.deep.equal(['2026-02-10', '2026-02-17', '2026-02-24']);
  });

  it('a one-off meeting appears once, and not at all once it is over', () => {
    const once = entry({ freq: 'once', byday: [], date: '2026-12-12', start: '10:00', end: '12:00' });
    const before = nextMeetings(once, { from: at('2026-12-01T00:00:00Z'), count: 5 });
    expect(before.map((m) => iso(m.start))).to.deep.equal(['2026-12-12T10:00:00Z']);
    expect(nextMeetings(once, { from: at('2026-12-12T12:00:00Z'), count: 5 })).to.deep.equal([]);
  });

  it('returns nothing past the horizon', () => {
    const once = entry({ freq: 'once', byday: [], date: '2027-06-01' });
    expect(nextMeetings(once, { from: at('2026-01-01T00:00:00Z'), count: 1, horizonDays: 30 })).to.deep.equal([]);
  });

  it('leaves out an entry whose time zone is unknown rather than guessing a time', () => {
    const meetings = nextMeetings([entry({ timezone: 'Mars/Olympus_Mons' }), entry({ byday: days('WE') })], {
      from: at('2026-01-01T00:00:00Z'),
      count: 1,
    });
    expect(meetings.map((m) => m.localDate)).to.deep.equal(['2026-01-07']);
  });

  it('merges several entries soonest first', () => {
    const meetings = nextMeetings([entry({ byday: days('TH') }), entry({ byday: days('MO'), start: '10:00' })], {
      from: at('2026-01-06T00:00:00Z'),
      count: 3,
    });
    expect(meetings.map((m) => `${m.localDate} ${m.localStart}`)).to.deep.equal([
      '2026-01-08 18:30',
      '2026-01-12 10:00',
      '2026-01-15 18:30',
    ]);
  });
});

describe('meetings that run past midnight and meetings happening now', () => {
  const late = entry({ byday: days('FR'), start: '22:00', end: '01:00' });

  it('ends on the next day when the end time is earlier than the start', () => {
    const [meeting] = nextMeetings(late, { from: at('2026-01-01T00:00:00Z'), count: 1 });
    expect(iso(meeting!.start)).to.equal('2026-01-02T22:00:00Z');
    expect(iso(meeting!.end!)).to.equal('2026-01-03T01:00:00Z');
  });

  it('is still listed, and happening now, at 00:30 on Saturday', () => {
    const now = at('2026-01-03T00:30:00Z');
    const [first] = nextMeetings(late, { from: now, count: 1 });
    expect(first!.localDate).to.equal('2026-01-02');
    expect(isHappeningNow([late], now)?.localDate).to.equal('2026-01-02');
  });

  it('is not happening once it has ended, or before it starts', () => {
    expect(isHappeningNow([late], at('2026-01-03T01:00:00Z'))).to.equal(undefined);
    expect(isHappeningNow([late], at('2026-01-02T21:59:00Z'))).to.equal(undefined);
  });

  it('finds the one entry of several that is on now, in summer time', () => {
    const entries = [entry({ byday: days('MO') }), entry({ byday: days('WE'), start: '11:00', end: '12:30' })];
    // 11:15 BST on Wednesday 1 July 2026 is 10:15Z.
    expect(isHappeningNow(entries, at('2026-07-01T10:15:00Z'))?.localStart).to.equal('11:00');
    expect(isHappeningNow(entries, at('2026-07-01T11:45:00Z'))).to.equal(undefined);
  });
});

describe('nextMeetings in other time zones', () => {
  it('a New York Monday 19:00 group follows US clocks (which change on 8 March 2026, not with the UK)', () => {
    const ny = entry({ byday: days('MO'), start: '19:00', end: '20:00', timezone: 'America/New_York' });
    const meetings = nextMeetings(ny, { from: at('2026-03-01T00:00:00Z'), count: 2 });
    expect(meetings.map((m) => iso(m.start))).to.deep.equal(['2026-03-03T00:00:00Z', '2026-03-09T23:00:00Z']);
    expect(meetings[0]!.localDate).to.equal('2026-03-02');
  });

  it('a Singapore group is always 8 hours ahead of UTC', () => {
    const sg = entry({ byday: days('SA'), start: '09:00', end: '10:30', timezone: 'Asia/Singapore' });
    const meetings = nextMeetings(sg, { from: at('2026-03-25T00:00:00Z'), count: 2 });
    expect(meetings.map((m) => iso(m.start))).to.deep.equal(['2026-03-28T01:00:00Z', '2026-04-04T01:00:00Z']);
  });
});
