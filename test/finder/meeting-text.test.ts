import { expect } from '@open-wc/testing';
import type { LocalizeController } from '../../src/i18n/localize.js';
import { meetingText, directionsUrl } from '../../src/components/group-finder/meeting-text.js';
import { facetLabel } from '../../src/components/group-finder/labels.js';
import { nextMeetings } from '../../src/schedule/recurrence.js';
import type { Group, ScheduleEntry } from '../../src/feed/types.js';

const english = { lang: 'en-GB', locale: 'en-GB' } as LocalizeController;
const welsh = { lang: 'cy', locale: 'cy' } as LocalizeController;

function entry(over: Partial<ScheduleEntry>): ScheduleEntry {
  return { freq: 'weekly', interval: 1, byday: [{ day: 'TU', ordinal: 0 }], start: '18:30', timezone: 'Europe/London', except: [], ...over };
}

const LONDON = 'Europe/London';

describe('day filter labels', () => {
  it('names days in Welsh from our own words where the browser has no Welsh calendar', () => {
    expect(facetLabel(english, 'days', 'MO')).to.equal('Monday');
    expect(facetLabel(welsh, 'days', 'MO')).to.equal('Dydd Llun');
    expect(facetLabel(welsh, 'days', 'SU')).to.equal('Dydd Sul');
  });
});

describe('meeting words in the finder', () => {
  // Friday 27 November 2026, midday in London.
  const now = new Date(Date.UTC(2026, 10, 27, 12, 0));

  it('names the day and both times, in the group\'s own clock', () => {
    const [meeting] = nextMeetings(entry({ end: '20:00' }), { from: now, count: 1 });
    expect(meetingText(meeting!, english, now, LONDON)).to.equal('Tuesday 1 December, 6:30pm to 8pm');
  });

  it('lists a meeting just after midnight on the day it happens, and one running past midnight on the day it starts', () => {
    const [early] = nextMeetings(entry({ byday: [{ day: 'SA', ordinal: 0 }], start: '00:15', end: '01:00' }), { from: now, count: 1 });
    expect(meetingText(early!, english, now, LONDON)).to.match(/^Tomorrow, 12:15am to 1am$/);
    const [late] = nextMeetings(entry({ byday: [{ day: 'SU', ordinal: 0 }], start: '23:30', end: '00:30' }), { from: now, count: 1 });
    expect(late!.localDate).to.equal('2026-11-29');
    expect(meetingText(late!, english, now, LONDON)).to.match(/^Sunday 29 November, 11:30pm to 12:30am/);
  });

  it('says "Today" for a meeting later today, in Welsh too', () => {
    const [meeting] = nextMeetings(entry({ byday: [{ day: 'FR', ordinal: 0 }], start: '19:00' }), { from: now, count: 1 });
    expect(meetingText(meeting!, english, now, LONDON)).to.match(/^Today, 7pm/);
    expect(meetingText(meeting!, welsh, now, LONDON)).to.match(/^Heddiw, 19:00/);
  });

  it('gives a visitor in another time zone both times, naming the group\'s city', () => {
    const [meeting] = nextMeetings(entry({ end: '20:00' }), { from: now, count: 1 });
    expect(meetingText(meeting!, english, now, 'Asia/Singapore')).to.equal(
      'Tuesday 1 December, Wednesday 2:30am to 4am your time (Tuesday 6:30pm to 8pm in London)',
    );
  });

  it('links directions only for groups with a place on the map', () => {
    const base = { id: 'x', name: 'X', topics: [], audiences: [], schedule: [], languages: [] } as unknown as Group;
    expect(directionsUrl({ ...base, attendance: 'in-person', location: { lat: 53.8, lng: -1.55, accessibility: [] } })).to.match(
      /^https:\/\/www\.openstreetmap\.org\/directions\?route=%3B53\.80000%2C-1\.55000/,
    );
    expect(directionsUrl({ ...base, attendance: 'online', location: { lat: 53.8, lng: -1.55, accessibility: [] } })).to.equal(undefined);
    expect(directionsUrl({ ...base, attendance: 'in-person' })).to.equal(undefined);
  });
});
