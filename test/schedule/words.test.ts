import { expect } from '@open-wc/testing';
import { describeSchedule, formatMeetingTime } from '../../src/schedule/describe.js';
import { nextMeetings } from '../../src/schedule/recurrence.js';
import { cy, en } from '../../src/schedule/strings.js';
import { days, entry } from './helpers.js';

describe('describeSchedule in English', () => {
  it('weekly, in the times British charities write', () => {
    expect(describeSchedule(entry({ end: '20:00' }), 'en', en)).to.equal('Every Tuesday, 6:30pm to 8pm');
    expect(describeSchedule(entry({ start: '12:00', end: '13:15' }), 'en-GB')).to.equal('Every Tuesday, midday to 1:15pm');
    expect(describeSchedule(entry({ byday: days('MO', 'WE', 'FR'), start: '10:00', end: undefined }), 'en')).to.equal(
      'Every Monday, Wednesday and Friday, at 10am',
    );
  });

  it('fortnightly', () => {
    expect(describeSchedule(entry({ interval: 2 }), 'en')).to.equal('Every 2 weeks on Tuesday, 6:30pm to 8pm');
  });

  it('monthly by weekday', () => {
    expect(describeSchedule(entry({ freq: 'monthly', byday: days('2TU') }), 'en')).to.equal(
      'Every second Tuesday of the month, 6:30pm to 8pm',
    );
    expect(describeSchedule(entry({ freq: 'monthly', byday: days('-1FR'), start: '19:00', end: '21:00' }), 'en')).to.equal(
      'Last Friday of the month, 7pm to 9pm',
    );
    expect(describeSchedule(entry({ freq: 'monthly', byday: days('1TU', '3TU') }), 'en')).to.equal(
      'Every first Tuesday of the month and every third Tuesday of the month, 6:30pm to 8pm',
    );
  });

  it('monthly by date', () => {
    expect(describeSchedule(entry({ freq: 'monthly', byday: [], bymonthday: 3, start: '14:00', end: '15:30' }), 'en')).to.equal(
      'On the 3rd of every month, 2pm to 3:30pm',
    );
    expect(describeSchedule(entry({ freq: 'monthly', byday: [], bymonthday: 31 }), 'en')).to.contain('31st of every month that has one');
    expect(describeSchedule(entry({ freq: 'monthly', byday: [], bymonthday: -1 }), 'en')).to.contain('On the last day of every month');
  });

  it('once, with the day of the week', () => {
    const once = entry({ freq: 'once', byday: [], date: '2026-12-12', start: '10:30', end: '12:00' });
    expect(describeSchedule(once, 'en')).to.equal('Once, on Saturday 12 December, 10:30am to midday');
  });

  it('past midnight, and with an end date', () => {
    const late = entry({ byday: days('FR'), start: '22:00', end: '01:00', until: '2027-03-26' });
    expect(describeSchedule(late, 'en')).to.equal('Every Friday, 10pm to 1am the next day, until 26 March 2027');
  });

  it('mentions a start date only while it is still to come', () => {
    const later = entry({ from: '2027-01-05' });
    expect(describeSchedule(later, 'en', en, { now: new Date('2026-12-01T00:00:00Z') })).to.equal(
      'Every Tuesday, 6:30pm to 8pm, starting 5 January 2027',
    );
    expect(describeSchedule(later, 'en', en, { now: new Date('2027-02-01T00:00:00Z') })).to.equal('Every Tuesday, 6:30pm to 8pm');
  });
});

describe('describeSchedule in Welsh', () => {
  it('weekly, with 24-hour times', () => {
    expect(describeSchedule(entry(), 'cy', cy)).to.equal('Bob dydd Mawrth, 18:30 i 20:00');
  });

  it('mutates the day after "ar" and "ail"', () => {
    expect(describeSchedule(entry({ interval: 2 }), 'cy')).to.equal('Bob 2 wythnos ar ddydd Mawrth, 18:30 i 20:00');
    expect(describeSchedule(entry({ freq: 'monthly', byday: days('2TU') }), 'cy')).to.equal(
      'Yr ail ddydd Mawrth o bob mis, 18:30 i 20:00',
    );
    expect(describeSchedule(entry({ freq: 'monthly', byday: days('-1FR') }), 'cy')).to.equal(
      'Y dydd Gwener olaf o bob mis, 18:30 i 20:00',
    );
  });

  it('once', () => {
    const once = entry({ freq: 'once', byday: [], date: '2026-12-12', start: '10:30', end: '12:00' });
    expect(describeSchedule(once, 'cy')).to.equal('Unwaith, ar ddydd Sadwrn 12 Rhagfyr, 10:30 i 12:00');
  });

  it('has every key the English table has', () => {
    expect(Object.keys(cy).sort()).to.deep.equal(Object.keys(en).sort());
  });
});

describe('formatMeetingTime for visitors in other zones', () => {
  const [winter] = nextMeetings(entry(), { from: new Date('2026-01-01T00:00:00Z'), count: 1 });
  const [summer] = nextMeetings(entry(), { from: new Date('2026-07-01T00:00:00Z'), count: 1 });

  it('shows one time when the visitor is in the group’s zone (or one with the same clock)', () => {
    expect(formatMeetingTime(winter!, 'Europe/London', 'en')).to.equal('6:30pm to 8pm');
    expect(formatMeetingTime(winter!, 'Europe/Dublin', 'en')).to.equal('6:30pm to 8pm');
  });

  it('a visitor in Paris sees their time and London’s', () => {
    expect(formatMeetingTime(summer!, 'Europe/Paris', 'en')).to.equal('7:30pm to 9pm your time (6:30pm to 8pm in London)');
  });

  it('a visitor in New York sees the gap change as the two countries change clocks on different dates', () => {
    // 10 March 2026: New York has gone forward, London has not, so 4 hours apart instead of 5.
    const [march] = nextMeetings(entry(), { from: new Date('2026-03-10T00:00:00Z'), count: 1 });
    expect(formatMeetingTime(march!, 'America/New_York', 'en')).to.equal('2:30pm to 4pm your time (6:30pm to 8pm in London)');
    expect(formatMeetingTime(winter!, 'America/New_York', 'en')).to.equal('1:30pm to 3pm your time (6:30pm to 8pm in London)');
  });

  it('a visitor in Singapore sees the day change, named on both sides', () => {
    expect(formatMeetingTime(winter!, 'Asia/Singapore', 'en')).to.equal(
      'Wednesday 2:30am to 4am your time (Tuesday 6:30pm to 8pm in London)',
    );
  });

  it('names a group’s zone by its city', () => {
    const ny = entry({ byday: days('MO'), start: '19:00', end: '20:00', timezone: 'America/New_York' });
    const [meeting] = nextMeetings(ny, { from: new Date('2026-07-01T00:00:00Z'), count: 1 });
    expect(formatMeetingTime(meeting!, 'Europe/London', 'en')).to.equal(
      'Tuesday midnight to 1am your time (Monday 7pm to 8pm in New York)',
    );
  });

  it('in Welsh', () => {
    expect(formatMeetingTime(summer!, 'Europe/Paris', 'cy')).to.equal('19:30 i 21:00 eich amser chi (18:30 i 20:00 yn London)');
  });
});
