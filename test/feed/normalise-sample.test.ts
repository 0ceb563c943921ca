import { expect } from '@open-wc/testing';
import { normalise } from '../../src/feed/normalise.js';

async function load(path: string): Promise<unknown> {
  const response = await fetch(path);
  expect(response.ok, path).to.equal(true);
  return response.json();
}

describe('the sample feeds in demo/data', () => {
  it('groups.json reads with no problems at all', async () => {
    const d = normalise(await load('/demo/data/groups.json'));
    expect(d.problems).to.deep.equal([]);
    expect(d.groups.length).to.be.within(55, 70);
    expect(d.stats).to.include({ skipped: 0, dropped: 0 });
  });

  it('groups.json covers every way of attending and every kind of schedule', async () => {
    const d = normalise(await load('/demo/data/groups.json'));
    expect(new Set(d.groups.map((g) => g.attendance))).to.deep.equal(new Set(['in-person', 'online', 'hybrid', 'phone']));
    const entries = d.groups.flatMap((g) => g.schedule);
    expect(entries.some((e) => e.freq === 'weekly' && e.interval === 1)).to.equal(true);
    expect(entries.some((e) => e.freq === 'weekly' && e.interval === 2)).to.equal(true);
    expect(entries.some((e) => e.byday.some((b) => b.ordinal === 2))).to.equal(true);
    expect(entries.some((e) => e.byday.some((b) => b.ordinal === -1))).to.equal(true);
    expect(entries.some((e) => e.freq === 'once')).to.equal(true);
    expect(entries.some((e) => e.start < '12:00') && entries.some((e) => e.start >= '18:00')).to.equal(true);
  });

  it('groups.json has groups in all four nations, Welsh-language groups in Wales, and invented contact details', async () => {
    const d = normalise(await load('/demo/data/groups.json'));
    for (const [lat, lng, nation] of [[50, -6, 'England'], [55, -8, 'Northern Ireland'], [51.3, -5.3, 'Wales'], [54.9, -7.7, 'Scotland']] as const) {
      expect(d.groups.some((g) => (g.location?.lat ?? 0) > lat && (g.location?.lng ?? 0) > lng), nation).to.equal(true);
    }
    expect(d.groups.filter((g) => g.languages.includes('cy')).length).to.be.at.least(3);
    const drama = /^(020 7946 0\d{3}|0113 496 0\d{3}|0117 496 0\d{3}|029 2018 0\d{3}|0131 496 0\d{3}|028 9649 6\d{3}|07700 900\d{3})$/;
    for (const g of d.groups) {
      if (g.contact?.phone) expect(g.contact.phone, g.id).to.match(drama);
      for (const url of [g.contact?.url, g.online?.url, g.organisation?.url]) if (url) expect(new URL(url).hostname, g.id).to.equal('example.org');
      if (g.contact?.email) expect(g.contact.email, g.id).to.match(/@example\.org$/);
    }
  });

  it('groups-with-problems.json gives exactly the problems it was written to show', async () => {
    const d = normalise(await load('/demo/data/groups-with-problems.json'));
    expect(d.problems.map((p) => [p.index, p.id, p.path, p.action])).to.deep.equal([
      [1, undefined, 'groups[1]', 'skipped'],
      [2, 'fine-group', 'groups[2]', 'skipped'],
      [3, 'unclear-attendance', 'groups[3]', 'skipped'],
      [4, 'unsafe-link', 'groups[4].online.url', 'dropped'],
      [5, 'dotted-time', 'groups[5].schedule[0]', 'dropped'],
      [5, 'dotted-time', 'groups[5].schedule[1]', 'dropped'],
      [6, 'null-island', 'groups[6].location.lat', 'dropped'],
      [8, 'nowhere', 'groups[8].location', 'warning'],
      [9, 'odd-topics', 'groups[9].topics[1]', 'dropped'],
      [9, 'odd-topics', 'groups[9].topics[2]', 'dropped'],
      [9, 'odd-topics', 'groups[9].languages[1]', 'dropped'],
    ]);
    expect(d.stats).to.deep.equal({ records: 10, groups: 7, skipped: 3, dropped: 7 });
    expect(d.groups.find((g) => g.id === 'markup-in-name')?.name).to.equal('<b>Bold</b> group <script>alert(1)</script>');
    expect(d.groups.find((g) => g.id === 'null-island')?.location?.postcode).to.equal('BS1 5TR');
  });
});
