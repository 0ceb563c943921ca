import { expect } from '@open-wc/testing';
import { adaptHsdsSchedule, parseHsdsTime } from '../../../src/feed/adapters/hsds-schedule.js';
import { clockTime, coordinates, languageCode, token, weekday } from '../../../src/feed/adapters/shared.js';

describe('reading times, days and places the way people write them', () => {
  it('reads spreadsheet times in 12- and 24-hour forms and refuses non-times', () => {
    expect(['18:30', '6.30pm', '6:30 PM', '6pm', '12am', '12pm', 'noon', '09:05:00'].map(clockTime)).to.deep.equal([
      '18:30', '18:30', '18:30', '18:00', '00:00', '12:00', '12:00', '09:05',
    ]);
    expect(['25:00', '13pm', 'evening', '18', ''].map(clockTime)).to.deep.equal([undefined, undefined, undefined, undefined, undefined]);
  });

  it('reads day names, short forms, codes and Welsh names', () => {
    expect(['Monday', 'tue', 'WE', 'Thurs.', 'dydd Gwener', 'Funday'].map(weekday)).to.deep.equal(['MO', 'TU', 'WE', 'TH', 'FR', undefined]);
  });

  it('turns labels into tokens and language names into codes', () => {
    expect(token('Step-free Access')).to.equal('step-free-access');
    expect(token('LGBTQ+')).to.equal('lgbtq-plus');
    expect(['Welsh', 'cy', 'en-gb', 'British Sign Language', 'Elvish'].map(languageCode)).to.deep.equal(['cy', 'cy', 'en-GB', 'bfi', undefined]);
  });

  it('keeps good coordinates and explains bad ones', () => {
    const said: string[] = [];
    const report = (_: string, message: string) => said.push(message);
    expect(coordinates('53.8', '-1.55', report, true)).to.deep.equal({ lat: 53.8, lng: -1.55 });
    expect(coordinates(95, 10, report)).to.equal(undefined);
    expect(coordinates('north', 1, report)).to.equal(undefined);
    expect(coordinates(40.7, -74, report, true)).to.deep.equal({ lat: 40.7, lng: -74 });
    expect(said[0]).to.contain('out of range');
    expect(said[1]).to.contain('not both numbers');
    expect(said[2]).to.contain('outside Britain and Ireland');
  });
});

describe('HSDS times and schedules', () => {
  it('reads HSDS time forms with and without offsets', () => {
    expect(parseHsdsTime('18:30')).to.deep.equal({ clock: '18:30' });
    expect(parseHsdsTime('18:30:00Z')).to.deep.equal({ clock: '18:30', offset: 0 });
    expect(parseHsdsTime('09:00-05:00')).to.deep.equal({ clock: '09:00', offset: -300 });
    expect(parseHsdsTime('19:30+0530')).to.deep.equal({ clock: '19:30', offset: 330 });
    expect(parseHsdsTime('24:00')).to.deep.equal({ clock: '00:00' });
    expect(parseHsdsTime('half six')).to.equal(undefined);
  });

  it('keeps a fixed offset zone for non-UK offsets and moves a closing time written at another offset', () => {
    const notes: string[] = [];
    const [entry] = adaptHsdsSchedule(
      { freq: 'WEEKLY', byday: 'MO', opens_at: '09:00+02:00', closes_at: '08:00Z' },
      (_, __, message) => notes.push(message),
    );
    expect(entry).to.include({ start: '09:00', end: '10:00', timezone: 'Etc/GMT-2' });
    expect(notes[0]).to.contain('Etc/GMT-2');
  });

  it('reads London time with a note for an offset that is not whole hours', () => {
    const notes: string[] = [];
    const [entry] = adaptHsdsSchedule({ byday: 'FR', opens_at: '19:30+05:30' }, (_, __, message) => notes.push(message));
    expect(entry).to.include({ freq: 'weekly', start: '19:30', timezone: 'Europe/London' });
    expect(notes[0]).to.contain('not whole hours');
  });

  it('splits several days of the month into one entry each, and refuses a bad day code', () => {
    const dropped: string[] = [];
    const entries = adaptHsdsSchedule({ freq: 'MONTHLY', bymonthday: '1,15', byday: 'XX', opens_at: '10:00' }, (_, field) => dropped.push(field));
    expect(entries.map((e) => e.bymonthday)).to.deep.equal([1, 15]);
    expect(dropped).to.deep.equal(['byday']);
  });
});
