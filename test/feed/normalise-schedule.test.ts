import { expect } from '@open-wc/testing';
import { normalise } from '../../src/feed/normalise.js';

const withSchedule = (schedule: unknown) => normalise([{ id: 'g1', name: 'Group', attendance: 'online', schedule }]);

describe('normalise: schedules', () => {
  it('reads a weekly meeting with defaults filled in', () => {
    const d = withSchedule([{ freq: 'weekly', byday: ['TU'], start: '18:30', end: '20:00' }]);
    expect(d.problems).to.deep.equal([]);
    expect(d.groups[0].schedule).to.deep.equal([
      { freq: 'weekly', interval: 1, byday: [{ day: 'TU', ordinal: 0 }], start: '18:30', end: '20:00', timezone: 'Europe/London', except: [] },
    ]);
  });

  it('accepts days as a comma-separated string and times without a leading zero', () => {
    const [entry] = withSchedule([{ freq: 'weekly', byday: 'tu, TH', start: '9:30' }]).groups[0].schedule;
    expect(entry.byday.map((d) => d.day)).to.deep.equal(['TU', 'TH']);
    expect(entry.start).to.equal('09:30');
  });

  it('reads fortnightly and monthly patterns: second Tuesday, last Friday, day of the month', () => {
    const d = withSchedule([
      { freq: 'weekly', interval: 2, byday: ['WE'], start: '10:00', from: '2025-01-08' },
      { freq: 'monthly', byday: ['2TU'], start: '19:00' },
      { freq: 'monthly', byday: ['-1FR'], start: '12:00', until: '2026-12-31' },
      { freq: 'monthly', bymonthday: 15, start: '11:00' },
    ]);
    expect(d.problems).to.deep.equal([]);
    const s = d.groups[0].schedule;
    expect([s[0].interval, s[0].from]).to.deep.equal([2, '2025-01-08']);
    expect(s[1].byday).to.deep.equal([{ day: 'TU', ordinal: 2 }]);
    expect(s[2].byday).to.deep.equal([{ day: 'FR', ordinal: -1 }]);
    expect(s[3].bymonthday).to.equal(15);
  });

  it('reads a one-off meeting with its date', () => {
    const [entry] = withSchedule([{ freq: 'once', date: '2025-06-14', start: '14:00' }]).groups[0].schedule;
    expect(entry).to.include({ freq: 'once', date: '2025-06-14' });
  });

  it('accepts a single entry written without a list', () => {
    expect(withSchedule({ freq: 'weekly', byday: ['MO'], start: '10:00' }).groups[0].schedule).to.have.length(1);
  });

  it('uses the canonical name of a valid time zone and leaves out an unknown one', () => {
    const d = withSchedule([
      { freq: 'weekly', byday: ['MO'], start: '10:00', timezone: 'Europe/Dublin' },
      { freq: 'weekly', byday: ['MO'], start: '10:00', timezone: 'Mars/Olympus_Mons' },
    ]);
    expect(d.groups[0].schedule.map((e) => e.timezone)).to.deep.equal(['Europe/Dublin']);
    expect(d.problems[0]).to.include({ path: 'groups[0].schedule[1]', action: 'dropped', id: 'g1', index: 0 });
    expect(d.problems[0].message).to.contain('Mars/Olympus_Mons');
  });

  const bad: [string, unknown, string][] = [
    ['an unknown frequency', { freq: 'fortnightly', byday: ['MO'], start: '10:00' }, 'weekly, monthly or once'],
    ['a time with a dot', { freq: 'weekly', byday: ['MO'], start: '18.30' }, '18:30'],
    ['an impossible time', { freq: 'weekly', byday: ['MO'], start: '25:00' }, '18:30'],
    ['a missing start', { freq: 'weekly', byday: ['MO'] }, 'start'],
    ['an unknown day', { freq: 'weekly', byday: ['XX'], start: '10:00' }, 'MO, TU'],
    ['a weekly meeting with no day', { freq: 'weekly', start: '10:00' }, 'needs byday'],
    ['a week of the month on a weekly meeting', { freq: 'weekly', byday: ['2TU'], start: '10:00' }, 'monthly'],
    ['a monthly meeting with no week of the month', { freq: 'monthly', byday: ['TU'], start: '10:00' }, '2TU'],
    ['an ordinal out of range', { freq: 'monthly', byday: ['6TU'], start: '10:00' }, 'byday'],
    ['an interval of 0', { freq: 'weekly', interval: 0, byday: ['MO'], start: '10:00' }, '1 to 52'],
    ['an interval of 1.5', { freq: 'weekly', interval: 1.5, byday: ['MO'], start: '10:00' }, '1 to 52'],
    ['an interval of 53', { freq: 'weekly', interval: 53, byday: ['MO'], start: '10:00' }, '1 to 52'],
    ['a one-off with no date', { freq: 'once', start: '10:00' }, 'needs a date'],
    ['an impossible date', { freq: 'once', date: '2025-02-29', start: '10:00' }, '2025-03-18'],
    ['until before from', { freq: 'weekly', byday: ['MO'], start: '10:00', from: '2025-05-01', until: '2025-04-01' }, 'before'],
    ['a day of the month of 32', { freq: 'monthly', bymonthday: 32, start: '10:00' }, '1 to 31'],
    ['an entry that is not an object', 'Tuesdays at 6', 'group of fields'],
  ];
  for (const [what, entry, hint] of bad) {
    it(`leaves out a meeting time with ${what} and keeps the group`, () => {
      const d = withSchedule([entry, { freq: 'weekly', byday: ['FR'], start: '10:00' }]);
      expect(d.groups).to.have.length(1);
      expect(d.groups[0].schedule.map((e) => e.byday[0]?.day)).to.deep.equal(['FR']);
      expect(d.problems).to.have.length(1);
      expect(d.problems[0]).to.include({ path: 'groups[0].schedule[0]', action: 'dropped' });
      expect(d.problems[0].message).to.contain(hint);
    });
  }

  it('drops only a bad end time or a bad cancelled date, keeping the meeting', () => {
    const d = withSchedule([{ freq: 'weekly', byday: ['MO'], start: '10:00', end: 'late', except: ['2025-12-22', 'Christmas', '2025-12-29'] }]);
    const [entry] = d.groups[0].schedule;
    expect(entry).not.to.have.property('end');
    expect(entry.except).to.deep.equal(['2025-12-22', '2025-12-29']);
    expect(d.problems.map((p) => p.path)).to.deep.equal(['groups[0].schedule[0].except[1]', 'groups[0].schedule[0].end']);
  });

  it('reports a schedule that is not a list', () => {
    const d = withSchedule('every Tuesday');
    expect(d.groups[0].schedule).to.deep.equal([]);
    expect(d.problems[0].path).to.equal('groups[0].schedule');
  });
});
