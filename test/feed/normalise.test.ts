import { expect } from '@open-wc/testing';
import { normalise } from '../../src/feed/normalise.js';
import type { Directory, Problem } from '../../src/feed/types.js';

const base = { id: 'g1', name: 'Tuesday evening anxiety group', attendance: 'online' };
const feed = (...groups: unknown[]) => ({ version: 1, groups });
const about = (d: Directory, path: string): Problem[] => d.problems.filter((p) => p.path === path);

describe('normalise: the feed as a whole', () => {
  it('reads a tidy feed with no problems', () => {
    const d = normalise({
      version: 1,
      publisher: { name: 'Example Mind', url: 'https://example.org/' },
      updated: '2025-03-18T09:00:00Z',
      groups: [base],
    });
    expect(d.problems).to.deep.equal([]);
    expect(d.groups.map((g) => g.name)).to.deep.equal(['Tuesday evening anxiety group']);
    expect(d.publisher).to.deep.equal({ name: 'Example Mind', url: 'https://example.org/' });
    expect(d.updated).to.equal('2025-03-18T09:00:00Z');
    expect(d.format).to.equal('native');
    expect(d.stats).to.deep.equal({ records: 1, groups: 1, skipped: 0, dropped: 0 });
  });

  it('accepts a bare list of groups', () => {
    const d = normalise([base, { ...base, id: 'g2' }]);
    expect(d.groups.map((g) => g.id)).to.deep.equal(['g1', 'g2']);
    expect(d.problems).to.deep.equal([]);
  });

  it('names the format the caller read the feed as', () => {
    expect(normalise([base], { format: 'csv' }).format).to.equal('csv');
  });

  it('warns but still reads a feed of another version', () => {
    const d = normalise({ version: 2, groups: [base] });
    expect(d.groups).to.have.length(1);
    expect(about(d, 'version')[0]).to.include({ action: 'warning' });
    expect(about(d, 'version')[0].message).to.contain('version 2');
  });

  it('warns when the feed does not say its version', () => {
    const d = normalise({ groups: [base] });
    expect(d.groups).to.have.length(1);
    expect(about(d, 'version')[0].action).to.equal('warning');
  });

  for (const input of [null, undefined, 42, 'groups', true]) {
    it(`explains, rather than throws, when the feed is ${JSON.stringify(input)}`, () => {
      const d = normalise(input);
      expect(d.groups).to.deep.equal([]);
      expect(d.problems).to.have.length(1);
      expect(d.problems[0].action).to.equal('skipped');
      expect(d.problems[0].message).to.contain('should be a JSON object');
    });
  }

  it('reports a groups field that is not a list', () => {
    const d = normalise({ version: 1, groups: { a: base } });
    expect(d.groups).to.deep.equal([]);
    expect(about(d, 'groups')[0].action).to.equal('dropped');
  });

  it('ignores fields it does not know, so newer feeds keep working', () => {
    const d = normalise(feed({ ...base, mood: 'sunny', location: { floor: 2, postcode: 'LS1 4AP' } }));
    expect(d.problems).to.deep.equal([]);
    expect(d.groups[0]).not.to.have.property('mood');
    expect(d.groups[0].location).to.deep.equal({ postcode: 'LS1 4AP', accessibility: [] });
  });

  it('returns a directory frozen all the way down', () => {
    const d = normalise(
      feed({
        ...base,
        topics: ['anxiety'],
        schedule: [{ freq: 'weekly', byday: ['TU'], start: '18:30', except: ['2025-12-23'] }],
        location: { postcode: 'LS1 4AP', accessibility: ['step-free'] },
        contact: { email: 'hello@example.org' },
        cost: { free: true },
      }),
    );
    const walk = (value: unknown, path: string): void => {
      if (typeof value !== 'object' || value === null) return;
      expect(Object.isFrozen(value), path).to.equal(true);
      for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
    };
    walk(d, 'directory');
    expect(() => (d.groups as Group[]).push(d.groups[0])).to.throw();
  });

  it('counts records, kept groups, skipped records and dropped fields', () => {
    const d = normalise(feed(base, { id: 'g2' }, { ...base, id: 'g3', contact: { url: 'ftp://example.org' } }));
    expect(d.stats).to.deep.equal({ records: 3, groups: 2, skipped: 1, dropped: 1 });
  });

  it('reads only maxGroups groups and says how many were left', () => {
    const groups = Array.from({ length: 5 }, (_, i) => ({ ...base, id: `g${i}` }));
    const d = normalise(feed(...groups), { maxGroups: 3 });
    expect(d.groups).to.have.length(3);
    expect(d.stats.skipped).to.equal(2);
    expect(d.problems.at(-1)?.message).to.contain('only the first 3');
  });

  it('lists at most maxProblems problems and counts the rest in one line', () => {
    const groups = Array.from({ length: 30 }, () => ({ name: 'no id', attendance: 'online' }));
    const d = normalise(feed(...groups), { maxProblems: 10 });
    expect(d.problems).to.have.length(11);
    expect(d.problems[10].message).to.match(/^20 more problems/);
    expect(d.stats.skipped).to.equal(30);
  });
});

describe('normalise: required fields', () => {
  it('skips a group with no id, naming its place in the list', () => {
    const d = normalise(feed(base, { name: 'Nameless', attendance: 'online' }));
    expect(d.groups).to.have.length(1);
    expect(d.problems).to.have.length(1);
    expect(d.problems[0]).to.include({ index: 1, path: 'groups[1]', action: 'skipped' });
    expect(d.problems[0].message).to.contain('no id');
  });

  it('keeps numeric ids as text', () => {
    expect(normalise(feed({ ...base, id: 42 })).groups[0].id).to.equal('42');
  });

  it('skips a group with no name, a name that is not text, or a name over 200 characters', () => {
    const d = normalise(feed({ ...base, name: '' }, { ...base, id: 'g2', name: ['x'] }, { ...base, id: 'g3', name: 'x'.repeat(201) }, { ...base, id: 'g4', name: 'y'.repeat(200) }));
    expect(d.groups.map((g) => g.id)).to.deep.equal(['g4']);
    expect(d.problems.map((p) => [p.id, p.action])).to.deep.equal([
      ['g1', 'skipped'],
      ['g2', 'skipped'],
      ['g3', 'skipped'],
    ]);
    expect(d.problems[2].message).to.contain('longer than 200');
  });

  it('skips an id over 200 characters', () => {
    const d = normalise(feed({ ...base, id: 'i'.repeat(201) }));
    expect(d.groups).to.deep.equal([]);
    expect(d.problems[0].message).to.contain('longer than 200');
  });

  it('skips a group whose attendance is missing or unknown, and accepts any letter case', () => {
    const d = normalise(feed({ ...base, attendance: 'sometimes' }, { ...base, id: 'g2', attendance: undefined }, { ...base, id: 'g3', attendance: ' Hybrid ' }));
    expect(d.groups.map((g) => [g.id, g.attendance])).to.deep.equal([['g3', 'hybrid']]);
    expect(d.problems[0].message).to.contain('in-person, online, hybrid, phone');
  });

  it('keeps the first of two groups with the same id and says which came first', () => {
    const d = normalise(feed(base, { ...base, name: 'Copy' }));
    expect(d.groups.map((g) => g.name)).to.deep.equal([base.name]);
    expect(d.problems[0]).to.include({ index: 1, id: 'g1', action: 'skipped' });
    expect(d.problems[0].message).to.contain('number 1');
  });

  it('skips records that are not objects', () => {
    const d = normalise(feed('a group', 7, null, [base]));
    expect(d.groups).to.deep.equal([]);
    expect(d.problems.map((p) => p.path)).to.deep.equal(['groups[0]', 'groups[1]', 'groups[2]', 'groups[3]']);
  });
});

describe('normalise: optional fields', () => {
  it('keeps every well-formed optional field', () => {
    const d = normalise(
      feed({
        ...base,
        attendance: 'hybrid',
        summary: 'A friendly space.',
        description: 'First line.\n\nSecond paragraph.',
        topics: ['Anxiety', 'eating disorders'],
        audiences: ['young-people'],
        facilitation: 'peer',
        booking: 'drop-in',
        cost: { free: false, details: '£2 towards tea' },
        location: { name: 'Library', address: '1 High Street', postcode: 'ls14ap', lat: 53.8, lng: -1.55, region: 'Yorkshire', accessibility: ['step-free', 'hearing loop'] },
        online: { platform: 'Zoom', url: 'https://example.org/join' },
        contact: { email: 'hello@example.org', phone: '0113 496 0123', url: 'https://example.org/contact' },
        organisation: { name: 'Example Mind', url: 'https://example.org', charityNumber: 1234567 },
        languages: ['en', 'CY'],
        size: 12,
        lastVerified: '2025-02-28',
        inactive: false,
      }),
    );
    expect(d.problems).to.deep.equal([]);
    const g = d.groups[0];
    expect(g.description).to.equal('First line.\n\nSecond paragraph.');
    expect(g.topics).to.deep.equal(['anxiety', 'eating-disorders']);
    expect(g.cost).to.deep.equal({ free: false, details: '£2 towards tea' });
    expect(g.location).to.deep.equal({
      name: 'Library',
      address: '1 High Street',
      postcode: 'LS1 4AP',
      lat: 53.8,
      lng: -1.55,
      region: 'Yorkshire',
      accessibility: ['step-free', 'hearing-loop'],
    });
    expect(g.organisation).to.deep.equal({ name: 'Example Mind', url: 'https://example.org/', charityNumber: '1234567' });
    expect(g.languages).to.deep.equal(['en', 'cy']);
    expect(g.size).to.equal('12');
    expect(g.inactive).to.equal(false);
  });

  it('drops an unknown facilitation or booking but keeps the group', () => {
    const d = normalise(feed({ ...base, facilitation: 'robot', booking: 'maybe' }));
    expect(d.groups[0]).not.to.have.property('facilitation');
    expect(d.groups[0]).not.to.have.property('booking');
    expect(d.problems.map((p) => [p.path, p.action])).to.deep.equal([
      ['groups[0].facilitation', 'dropped'],
      ['groups[0].booking', 'dropped'],
    ]);
  });

  it('drops coordinates that are off the planet, half given or 0,0', () => {
    const pos = (location: object) => normalise(feed({ ...base, location: { postcode: 'LS1 4AP', ...location } }));
    for (const bad of [{ lat: 91, lng: 0.1 }, { lat: 53.8 }, { lat: 'north', lng: -1.5 }, { lat: 0, lng: 0 }]) {
      const d = pos(bad);
      expect(d.groups[0].location?.lat, JSON.stringify(bad)).to.equal(undefined);
      expect(d.groups[0].location?.postcode).to.equal('LS1 4AP');
      expect(d.problems[0].action).to.equal('dropped');
    }
    expect(pos({ lat: '53.8', lng: '-1.55' }).groups[0].location).to.include({ lat: 53.8, lng: -1.55 });
  });

  it('drops an email or phone that is not one', () => {
    const d = normalise(feed({ ...base, contact: { email: 'call us', phone: 'ring the office', url: 'https://example.org/' } }));
    expect(d.groups[0].contact).to.deep.equal({ url: 'https://example.org/' });
    expect(d.problems.map((p) => p.path)).to.deep.equal(['groups[0].contact.email', 'groups[0].contact.phone']);
  });

  it('drops a cost without a true/false free', () => {
    const d = normalise(feed({ ...base, cost: { details: 'ask' } }));
    expect(d.groups[0]).not.to.have.property('cost');
    expect(d.problems[0].path).to.equal('groups[0].cost.free');
  });

  it('drops list items that are not keywords or language codes', () => {
    const d = normalise(feed({ ...base, topics: ['anxiety', 7, '<b>'], languages: ['en', 'Welsh'] }));
    expect(d.groups[0].topics).to.deep.equal(['anxiety']);
    expect(d.groups[0].languages).to.deep.equal(['en']);
    expect(d.problems.map((p) => p.path)).to.deep.equal(['groups[0].topics[1]', 'groups[0].topics[2]', 'groups[0].languages[1]']);
  });

  it('drops a lastVerified date that is not a real date', () => {
    const d = normalise(feed({ ...base, lastVerified: '2025-02-30' }));
    expect(d.groups[0]).not.to.have.property('lastVerified');
    expect(d.problems[0].message).to.contain('2025-03-18');
  });

  it('warns when a group meets in person but gives no place', () => {
    const d = normalise(feed({ ...base, attendance: 'in-person' }));
    expect(d.groups).to.have.length(1);
    expect(d.problems[0]).to.include({ path: 'groups[0].location', action: 'warning' });
  });

  it('shortens over-long text at a word and warns', () => {
    const d = normalise(feed({ ...base, summary: 'word '.repeat(200) }));
    const summary = d.groups[0].summary as string;
    expect(summary.length).to.be.at.most(500);
    expect(summary.endsWith('word…')).to.equal(true);
    expect(d.problems[0]).to.include({ path: 'groups[0].summary', action: 'warning' });
  });

  it('treats null and blank values as absent, without complaint', () => {
    const d = normalise(feed({ ...base, summary: '   ', location: null, cost: null, topics: '' }));
    expect(d.problems).to.deep.equal([]);
    expect(d.groups[0]).not.to.have.property('summary');
  });
});

type Group = Directory['groups'][number];
