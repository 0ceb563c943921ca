import { expect } from '@open-wc/testing';
import { LONDON_RULE_YEARS, isValidTimeZone, offsetAt, offsetFromIntl, utcToZoned, zonedTimeToUtc } from '../../src/schedule/zones.js';

// Europe/London is worked out by its published rule rather than by asking Intl
// (whose first time-zone formatter is slow to make). The rule must agree with
// the browser's own zone data, minute for minute, for every year it covers.
const HOUR = 3_600_000;
const MINUTE = 60_000;

/** Instants where a wrong rule would show: each side of every change in the year, and mid-winter and mid-summer. */
function probesIn(year: number): number[] {
  const probes = [Date.UTC(year, 0, 15, 12), Date.UTC(year, 6, 15, 12)];
  for (const month of [2, 9]) {
    // Every hour of the last eight days of March and October, and a minute either side of 01:00 UTC.
    for (let day = 24; day <= 31; day++) {
      for (let hour = 0; hour < 24; hour++) probes.push(Date.UTC(year, month, day, hour));
      probes.push(Date.UTC(year, month, day, 1) - MINUTE, Date.UTC(year, month, day, 1) + MINUTE);
    }
  }
  return probes;
}

describe('Europe/London by rule', () => {
  it(`agrees with the browser's zone data in every year from ${LONDON_RULE_YEARS.from} to ${LONDON_RULE_YEARS.until}`, () => {
    const wrong: string[] = [];
    for (let year = LONDON_RULE_YEARS.from; year <= LONDON_RULE_YEARS.until; year++) {
      for (const instant of probesIn(year)) {
        const byRule = offsetAt(instant, 'Europe/London');
        const byIntl = offsetFromIntl(instant, 'Europe/London');
        if (byRule !== byIntl) wrong.push(`${new Date(instant).toISOString()}: rule ${byRule / HOUR} h, browser ${byIntl / HOUR} h`);
      }
    }
    expect(wrong.slice(0, 10), `${wrong.length} disagreements (has the law changed?)`).to.deep.equal([]);
  });

  it('changes the clocks at 01:00 UTC on the last Sundays of March and October', () => {
    // 2026: 29 March and 25 October.
    expect(offsetAt(Date.UTC(2026, 2, 29, 0, 59), 'Europe/London')).to.equal(0);
    expect(offsetAt(Date.UTC(2026, 2, 29, 1, 0), 'Europe/London')).to.equal(HOUR);
    expect(offsetAt(Date.UTC(2026, 9, 25, 0, 59), 'Europe/London')).to.equal(HOUR);
    expect(offsetAt(Date.UTC(2026, 9, 25, 1, 0), 'Europe/London')).to.equal(0);
    // 01:30 on 29 March 2026 does not exist in London: it is read as 02:30 BST (01:30 UTC).
    expect(zonedTimeToUtc(2026, 3, 29, 1, 30, 'Europe/London').toISOString()).to.equal('2026-03-29T01:30:00.000Z');
    expect(utcToZoned(Date.UTC(2026, 6, 1, 17, 30), 'Europe/London')).to.include({ hour: 18, minute: 30 });
  });

  it('leaves years outside the rule, and every other zone, to the browser', () => {
    for (const instant of [Date.UTC(1990, 6, 1), Date.UTC(2040, 6, 1), Date.UTC(2045, 0, 1)]) {
      expect(offsetAt(instant, 'Europe/London')).to.equal(offsetFromIntl(instant, 'Europe/London'));
    }
    expect(offsetAt(Date.UTC(2026, 6, 1), 'Europe/Dublin')).to.equal(HOUR);
    expect(isValidTimeZone('Europe/London')).to.equal(true);
    expect(isValidTimeZone('Europe/Londres')).to.equal(false);
  });
});
