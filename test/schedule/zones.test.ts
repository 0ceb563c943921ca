import { expect } from '@open-wc/testing';
import { isValidTimeZone, offsetAt, utcToZoned, zoneCity, zonedTimeToUtc } from '../../src/schedule/zones.js';

const clock = (d: Date | number, zone: string): string => {
  const z = utcToZoned(d, zone);
  return `${z.year}-${String(z.month).padStart(2, '0')}-${String(z.day).padStart(2, '0')} ${String(z.hour).padStart(2, '0')}:${String(z.minute).padStart(2, '0')}`;
};

describe('time zones with Intl only', () => {
  it('London clocks jump from 00:59 GMT to 02:00 BST at 01:00Z on 29 March 2026, to the minute', () => {
    expect(clock(Date.parse('2026-03-29T00:59:00Z'), 'Europe/London')).to.equal('2026-03-29 00:59');
    expect(clock(Date.parse('2026-03-29T01:00:00Z'), 'Europe/London')).to.equal('2026-03-29 02:00');
  });

  it('reads offsets that are not whole hours', () => {
    expect(offsetAt(Date.parse('2026-06-01T00:00:00Z'), 'Asia/Kathmandu')).to.equal((5 * 60 + 45) * 60_000);
    expect(offsetAt(Date.parse('2026-01-15T00:00:00Z'), 'America/St_Johns')).to.equal(-(3 * 60 + 30) * 60_000);
    expect(offsetAt(Date.parse('2026-01-15T00:00:00Z'), 'UTC')).to.equal(0);
  });

  it('turns wall-clock times into instants and back', () => {
    const start = zonedTimeToUtc(2026, 7, 1, 18, 30, 'America/New_York');
    expect(start.toISOString()).to.equal('2026-07-01T22:30:00.000Z');
    expect(clock(start, 'America/New_York')).to.equal('2026-07-01 18:30');
    expect(clock(start, 'Asia/Singapore')).to.equal('2026-07-02 06:30');
  });

  it('knows real zones from made-up ones, and names a zone by its city', () => {
    expect(isValidTimeZone('Europe/London')).to.equal(true);
    expect(isValidTimeZone('Europe/Atlantis')).to.equal(false);
    expect(zoneCity('America/Argentina/Buenos_Aires')).to.equal('Buenos Aires');
  });
});
