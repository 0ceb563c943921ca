import { expect } from '@open-wc/testing';
import { normalise } from '../../src/feed/normalise.js';

// normalise() takes shortcuts for the common case (plain JSON records, tidy
// values, details many groups share). These check that a shortcut never
// changes what a visitor or an editor sees.

const group = (fields: Record<string, unknown>) => ({ id: 'g1', name: 'Tea and talk', attendance: 'online', ...fields });
const feed = (...groups: unknown[]) => JSON.parse(JSON.stringify({ version: 1, groups }));

describe('normalise: shortcuts change nothing', () => {
  it('ignores fields a polluted Object.prototype would supply to plain JSON records', () => {
    const input = feed({ id: 'a', name: 'Real', attendance: 'online' });
    const proto = Object.prototype as Record<string, unknown>;
    proto.summary = 'Planted by another script';
    proto.inactive = true;
    try {
      const d = normalise(input);
      expect(d.groups).to.have.length(1);
      expect(d.groups[0]).not.to.have.own.property('summary');
      expect(d.groups[0]).not.to.have.own.property('inactive');
    } finally {
      delete proto.summary;
      delete proto.inactive;
    }
    expect(normalise(feed(group({ summary: 'Own words' }))).groups[0].summary).to.equal('Own words');
  });

  it('reads records that have no prototype at all', () => {
    const record = Object.assign(Object.create(null), group({ summary: 'No prototype', contact: Object.assign(Object.create(null), { email: 'a@example.org' }) }));
    const d = normalise([record]);
    expect(d.problems).to.deep.equal([]);
    expect(d.groups[0].summary).to.equal('No prototype');
    expect(d.groups[0].contact).to.deep.equal({ email: 'a@example.org' });
  });

  it('gives each group its own organisation details even when the names match', () => {
    const d = normalise(
      feed(
        group({ id: 'a', organisation: { name: 'Example Mind', url: 'https://example.org/a', charityNumber: '1000000' } }),
        group({ id: 'b', organisation: { name: 'Example Mind', url: 'https://example.org/b', charityNumber: '1000000' } }),
        group({ id: 'c', organisation: { name: 'Example Mind', url: 'https://example.org/a' } }),
        group({ id: 'd', organisation: { name: 'Example Mind', url: 'https://example.org/a', charityNumber: '1000000' } }),
      ),
    );
    expect(d.groups.map((g) => g.organisation)).to.deep.equal([
      { name: 'Example Mind', url: 'https://example.org/a', charityNumber: '1000000' },
      { name: 'Example Mind', url: 'https://example.org/b', charityNumber: '1000000' },
      { name: 'Example Mind', url: 'https://example.org/a' },
      { name: 'Example Mind', url: 'https://example.org/a', charityNumber: '1000000' },
    ]);
    for (const g of d.groups) expect(Object.isFrozen(g.organisation)).to.equal(true);
  });

  it('keeps shared lists and costs frozen, so one group cannot change another', () => {
    const d = normalise(feed(group({ id: 'a', topics: ['anxiety'], languages: ['en'], cost: { free: true } }), group({ id: 'b', topics: ['anxiety'], languages: ['en'], cost: { free: true } })));
    const [a, b] = d.groups;
    expect(() => (a.topics as string[]).push('grief')).to.throw(TypeError);
    expect(() => ((a.cost as { free: boolean }).free = false)).to.throw(TypeError);
    expect(b.topics).to.deep.equal(['anxiety']);
    expect(b.cost).to.deep.equal({ free: true });
    expect(a.audiences).to.deep.equal([]);
    expect(Object.isFrozen(a.audiences) && Object.isFrozen(a.languages) && Object.isFrozen(a.schedule)).to.equal(true);
  });

  it('tidies untidy values exactly as before and leaves tidy ones as written', () => {
    const d = normalise(
      feed(
        group({
          name: 'Tea  and 🌿 chat',
          summary: 'Bell \u0007 rings',
          location: { postcode: 'ls1  4ap' },
          schedule: [
            { freq: 'weekly', byday: ['TU'], start: '9:05', from: ' 2025-01-07 ' },
            { freq: 'Weekly', byday: ['tu'], start: '18:30', from: '2025-01-07' },
          ],
          facilitation: ' Peer ',
          topics: ['Low Mood', 'anxiety'],
        }),
      ),
    );
    const g = d.groups[0];
    expect(g.name, 'paired surrogates and double spaces need no tidying').to.equal('Tea  and 🌿 chat');
    expect(g.summary).to.equal('Bell rings');
    expect(g.location?.postcode).to.equal('LS1 4AP');
    expect(g.schedule.map((e) => [e.freq, e.start, e.from, e.byday])).to.deep.equal([
      ['weekly', '09:05', '2025-01-07', [{ day: 'TU', ordinal: 0 }]],
      ['weekly', '18:30', '2025-01-07', [{ day: 'TU', ordinal: 0 }]],
    ]);
    expect(g.facilitation).to.equal('peer');
    expect(g.topics).to.deep.equal(['low-mood', 'anxiety']);
  });
});
