import { expect } from '@open-wc/testing';
import { distanceKm, formatDistance, kmToMiles, milesToKm } from '../../src/geo/distance.js';
import { parsePostcode } from '../../src/geo/postcode.js';

describe('UK postcodes', () => {
  it('writes a full postcode the standard way, whatever the case and spacing', () => {
    expect(parsePostcode('sw1a1aa')).to.deep.equal({ full: 'SW1A 1AA', outward: 'SW1A' });
    expect(parsePostcode('  Cf10   1ep ')).to.deep.equal({ full: 'CF10 1EP', outward: 'CF10' });
    expect(parsePostcode('m11ae')).to.deep.equal({ full: 'M1 1AE', outward: 'M1' });
    expect(parsePostcode('ec1a 1bb')).to.deep.equal({ full: 'EC1A 1BB', outward: 'EC1A' });
    expect(parsePostcode('gir0aa')).to.deep.equal({ full: 'GIR 0AA', outward: 'GIR' });
  });

  it('accepts the first half on its own', () => {
    expect(parsePostcode('M1')).to.deep.equal({ outward: 'M1' });
    expect(parsePostcode('cf10')).to.deep.equal({ outward: 'CF10' });
    expect(parsePostcode('w1a')).to.deep.equal({ outward: 'W1A' });
  });

  it('says no to town names and to letters a postcode cannot have', () => {
    for (const text of ['Leeds', 'Ely', '', '12', 'QA1 1AA', 'CF10 1CI', 'SW1A 1A', 'SW1A 1AAA', 'CF10 1', 'AB1-2CD']) {
      expect(parsePostcode(text), text).to.equal(undefined);
    }
  });
});

describe('distance', () => {
  it('measures Cardiff to Bristol as about 41 km across the Severn', () => {
    const km = distanceKm({ lat: 51.4816, lng: -3.1791 }, { lat: 51.4545, lng: -2.5879 });
    expect(km).to.be.within(40.5, 41.5);
  });

  it('measures London to Edinburgh as about 534 km and a place to itself as 0', () => {
    expect(distanceKm({ lat: 51.5074, lng: -0.1278 }, { lat: 55.9533, lng: -3.1883 })).to.be.within(528, 540);
    expect(distanceKm({ lat: 53.8, lng: -1.55 }, { lat: 53.8, lng: -1.55 })).to.equal(0);
  });

  it('converts between miles and kilometres', () => {
    expect(kmToMiles(1.609344)).to.be.closeTo(1, 1e-9);
    expect(milesToKm(10)).to.be.closeTo(16.09344, 1e-9);
  });

  it('shows miles to British and Welsh readers, kilometres to others', () => {
    expect(formatDistance(0.64, 'en-GB')).to.equal('0.4 miles');
    expect(formatDistance(19.3, 'en-GB')).to.equal('12 miles');
    expect(formatDistance(1.609344, 'en')).to.equal('1 mile');
    expect(formatDistance(19.3, 'cy')).to.not.match(/km/);
    expect(formatDistance(19.3, 'cy')).to.match(/^12\b/);
    expect(formatDistance(19.3, 'fr')).to.match(/^19\s?km$/);
    expect(formatDistance(2.54, 'de')).to.match(/^2,5\s?km$/);
  });

  it('never says a group is 0 miles away', () => {
    expect(formatDistance(0.01, 'en-GB')).to.equal('0.1 miles');
  });

  it('falls back to English when the page gives a locale tag that is not one', () => {
    expect(formatDistance(19.3, 'not a locale!')).to.match(/^19\s?km$/);
  });
});
