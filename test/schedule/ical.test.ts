import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import type { Group, ScheduleEntry } from '../../src/feed/types.js';
import { toICalendar } from '../../src/schedule/ical.js';
import { foldLine } from '../../src/schedule/ical-text.js';
import { nextMeetings } from '../../src/schedule/recurrence.js';
import { days, entry, iso } from './helpers.js';

function group(schedule: ScheduleEntry[], extra: Partial<Group> = {}): Group {
  return {
    id: 'leeds-tuesday',
    name: 'Tuesday evening circle',
    topics: [],
    audiences: [],
    attendance: 'in-person',
    schedule,
    languages: [],
    location: { name: 'Community hall', address: '1 Example Street, Leeds', postcode: 'LS1 1AA', lat: 53.8, lng: -1.55, accessibility: [] },
    ...extra,
  };
}

const prodId = '-//Example Charity//Support groups//EN';

/** Occurrence starts that ical.js expands from the file, at or after `from`. */
function expand(text: string, from: Date, count: number, eventIndex = 0): string[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const event = new ICAL.Event(calendar.getAllSubcomponents('vevent')[eventIndex]!);
  const out: string[] = [];
  if (!event.isRecurring()) {
    const start = event.startDate.toJSDate();
    return start >= from ? [iso(start)] : [];
  }
  const iterator = event.iterator();
  for (let next = iterator.next(), guard = 0; next && out.length < count && guard < 1000; next = iterator.next(), guard++) {
    const start = next.toJSDate();
    if (start >= from) out.push(iso(start));
  }
  return out;
}

function expected(e: ScheduleEntry, from: Date, count: number): string[] {
  return nextMeetings(e, { from, count, horizonDays: 366 * 20 }).map((m) => iso(m.start));
}

describe('toICalendar: calendar apps see the same meetings as the finder', () => {
  const now = new Date('2026-03-01T09:00:00Z');
  const cases: [string, ScheduleEntry, Date][] = [
    ['weekly across the March and October 2026 clock changes', entry(), now],
    ['weekly on two days', entry({ byday: days('MO', 'TH'), start: '10:00', end: '11:00' }), now],
    ['fortnightly from a date', entry({ interval: 2, from: '2026-01-06' }), now],
    ['fortnightly with no from date', entry({ interval: 2, byday: days('WE', 'FR') }), now],
    ['second Tuesday of the month', entry({ freq: 'monthly', byday: days('2TU') }), now],
    ['last Friday of the month', entry({ freq: 'monthly', byday: days('-1FR') }), now],
    ['fifth Monday (only some months)', entry({ freq: 'monthly', byday: days('5MO') }), now],
    ['on the 31st', entry({ freq: 'monthly', byday: [], bymonthday: 31 }), now],
    ['on the last day', entry({ freq: 'monthly', byday: [], bymonthday: -1 }), now],
    ['every 3 months', entry({ freq: 'monthly', interval: 3, byday: days('1MO'), from: '2026-02-01' }), now],
    ['with cancellations and an end date', entry({ except: ['2026-03-31', '2026-04-14'], until: '2026-06-30' }), now],
    ['in New York, whose clocks change on other dates', entry({ byday: days('MO'), start: '19:00', timezone: 'America/New_York' }), now],
    ['in Sydney, in the southern hemisphere', entry({ byday: days('WE'), start: '18:00', timezone: 'Australia/Sydney' }), now],
    ['in Singapore, which never changes', entry({ byday: days('SA'), start: '09:00', timezone: 'Asia/Singapore' }), now],
  ];
  for (const [name, e, from] of cases) {
    it(name, () => {
      const text = toICalendar(group([e]), { now, prodId });
      const want = expected(e, from, 40);
      expect(want.length).to.be.greaterThan(3);
      expect(expand(text, from, 40)).to.deep.equal(want);
    });
  }

  it('a one-off meeting', () => {
    const once = entry({ freq: 'once', byday: [], date: '2026-07-04', start: '10:00', end: '12:00' });
    const text = toICalendar(group([once]), { now, prodId });
    expect(text.slice(text.indexOf('BEGIN:VEVENT'))).not.to.contain('RRULE');
    expect(expand(text, now, 5)).to.deep.equal(['2026-07-04T09:00:00Z']);
  });

  it('a Sunday 01:30 meeting matches every week except the two nights the clocks change', () => {
    // On those nights RFC 5545 §3.3.5 reads a skipped 01:30 with the offset before the change
    // (01:30Z) and a doubled 01:30 as the first one (00:30Z), as nextMeetings does; ical.js
    // reads both the other way, so those two dates are checked against the RFC instead.
    const e = entry({ byday: days('SU'), start: '01:30', end: '02:30' });
    const text = toICalendar(group([e]), { now, prodId });
    const changeNights = (list: string[]): string[] => list.filter((t) => !/^2026-(03-29|10-25)/.test(t));
    expect(changeNights(expand(text, now, 40))).to.deep.equal(changeNights(expected(e, now, 40)));
    expect(expected(e, now, 40)).to.include.members(['2026-03-29T01:30:00Z', '2026-10-25T00:30:00Z']);
    expect(text).to.contain('DTSTART;TZID=Europe/London:20260301T013000');
  });

  it('a meeting past midnight ends the next morning', () => {
    const late = entry({ byday: days('FR'), start: '22:00', end: '01:00' });
    const text = toICalendar(group([late]), { now, prodId });
    const calendar = new ICAL.Component(ICAL.parse(text));
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(iso(event.startDate.toJSDate())).to.equal('2026-03-06T22:00:00Z');
    expect(iso(event.endDate.toJSDate())).to.equal('2026-03-07T01:00:00Z');
  });
});

describe('toICalendar: the file itself', () => {
  const now = new Date('2026-11-27T12:00:00Z');
  const g = group([entry(), entry({ freq: 'monthly', byday: days('-1FR'), timezone: 'America/New_York' })], {
    name: 'Carers; partners, and friends \\ Leeds',
    summary: 'A friendly group.\nTea and biscuits provided. Croeso i bawb — pawb yn gynnes iawn 🙂 '.repeat(3),
    contact: { url: 'https://groups.example.org/leeds' },
  });
  const text = toICalendar(g, { now, prodId });

  it('has the calendar properties and one event per schedule entry', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).to.equal(true);
    expect(text).to.contain(`PRODID:${prodId}\r\n`);
    expect(text).to.contain('CALSCALE:GREGORIAN\r\n');
    expect(text.match(/BEGIN:VEVENT/g)).to.have.length(2);
    expect(text).to.contain('DTSTAMP:20261127T120000Z');
    expect(text).to.contain('URL:https://groups.example.org/leeds');
    expect(text).to.contain('GEO:53.800000;-1.550000');
  });

  it('writes its own few words in the visitor\'s language: where an online or phone group meets, and how to join', () => {
    const welsh = { online: 'Ar-lein', phone: 'Dros y ffôn', join: 'Ymuno ar-lein' };
    const online = group([entry()], { attendance: 'online', location: undefined, online: { platform: 'Zoom', url: 'https://example.org/join' } });
    const parsed = (file: string) => new ICAL.Component(ICAL.parse(file)).getFirstSubcomponent('vevent')!;
    const english = parsed(toICalendar(online, { now, prodId }));
    expect(english.getFirstPropertyValue('location')).to.equal('Online (Zoom)');
    expect(String(english.getFirstPropertyValue('description'))).to.contain('Join online: https://example.org/join');
    const cymraeg = parsed(toICalendar(online, { now, prodId, words: welsh }));
    expect(cymraeg.getFirstPropertyValue('location')).to.equal('Ar-lein (Zoom)');
    expect(String(cymraeg.getFirstPropertyValue('description'))).to.contain('Ymuno ar-lein: https://example.org/join');
    const phone = parsed(toICalendar(group([entry()], { attendance: 'phone', location: undefined }), { now, prodId, words: welsh }));
    expect(phone.getFirstPropertyValue('location')).to.equal('Dros y ffôn');
  });

  it('uses CRLF line endings and no line longer than 75 octets', () => {
    expect(text.endsWith('\r\n')).to.equal(true);
    expect(text.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    const encoder = new TextEncoder();
    for (const line of text.split('\r\n')) expect(encoder.encode(line).length).to.be.at.most(75);
  });

  it('round-trips escaped text through a real parser', () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    const event = calendar.getFirstSubcomponent('vevent')!;
    expect(event.getFirstPropertyValue('summary')).to.equal(g.name);
    expect(event.getFirstPropertyValue('description')).to.equal(g.summary);
    expect(event.getFirstPropertyValue('location')).to.equal('Community hall, 1 Example Street, Leeds, LS1 1AA');
  });

  it('gives each event a UID that stays the same on every export', () => {
    const again = toICalendar(g, { now: new Date('2027-01-01T00:00:00Z'), prodId });
    const uids = (s: string): string[] => s.match(/^UID:.*$/gm)!;
    expect(uids(text)).to.deep.equal(['UID:leeds-tuesday-0@groups.example.org', 'UID:leeds-tuesday-1@groups.example.org']);
    expect(uids(again)).to.deep.equal(uids(text));
  });

  it('describes London with its real rules and each other zone once', () => {
    expect(text.match(/BEGIN:VTIMEZONE/g)).to.have.length(2);
    expect(text).to.contain('TZID:Europe/London\r\nBEGIN:DAYLIGHT');
    expect(text).to.contain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    expect(text).to.contain('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
    expect(text).to.contain('TZID:America/New_York');
    expect(text).to.contain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU');
    expect(text).to.contain('RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU');
  });

  it('writes cancellations as EXDATE in the group’s zone and UNTIL in UTC', () => {
    const bounded = toICalendar(group([entry({ except: ['2026-12-22'], until: '2027-06-29' })]), { now, prodId });
    expect(bounded).to.contain('EXDATE;TZID=Europe/London:20261222T183000');
    expect(bounded).to.match(/RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20270629T225900Z/);
  });
});

describe('line folding', () => {
  it('never splits a multi-byte character and reassembles exactly', () => {
    const line = 'DESCRIPTION:' + 'Grŵp cymorth — ☕ 🙂 '.repeat(12);
    const folded = foldLine(line);
    const encoder = new TextEncoder();
    for (const part of folded.split('\r\n')) {
      expect(encoder.encode(part).length).to.be.at.most(75);
      expect(part).not.to.match(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    }
    expect(folded.replace(/\r\n /g, '')).to.equal(line);
  });

  it('leaves a short line alone', () => {
    expect(foldLine('SUMMARY:Short')).to.equal('SUMMARY:Short');
  });
});
