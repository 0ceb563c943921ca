import { expect } from '@open-wc/testing';
import { parseFeed, parseFeedText, readFeed } from '../../../src/feed/read.js';
import { readFeedSync } from '../../../src/feed/adapters/sync.js';
import { fixtureJson, fixtureText, loadPapaScript } from './fixtures.js';

describe('readFeed', () => {
  before(loadPapaScript);

  it('reads a Meeting Guide feed into a Directory, keeping closed meetings flagged and problems pointed at meetings', async () => {
    const directory = await readFeed(await fixtureText('meeting-guide/meetings.json'));
    expect(directory.format).to.equal('meeting-guide');
    expect(directory.groups.length).to.be.greaterThan(5);
    const calm = directory.groups.find((g) => g.id === 'tuesday-evening-calm');
    expect(calm?.schedule[0]?.byday).to.deep.equal([{ day: 'TU', ordinal: 0 }]);
    expect(calm?.location?.accessibility).to.include('step-free');
    expect(directory.groups.find((g) => g.id === 'friday-friends')?.inactive).to.equal(true);
    expect(directory.problems.some((p) => p.path === '[9].name' && p.action === 'skipped')).to.equal(true);
    expect(Object.isFrozen(directory)).to.equal(true);
  });

  it('counts records the adapter skipped in the stats', async () => {
    const directory = await readFeed(await fixtureJson('meeting-guide/meetings.json'));
    expect(directory.stats.skipped).to.be.at.least(2);
    expect(directory.stats.records).to.equal(directory.stats.groups + directory.stats.skipped);
  });

  it('reads Open Referral pages with HSDS times in London clock time', async () => {
    const directory = await readFeed(await fixtureText('open-referral/hsds3-page.json'));
    expect(directory.format).to.equal('open-referral');
    const circle = directory.groups.find((g) => g.id === '0e3b7d1a-9a55-4c9e-b2f0-2c7e5f4a1b01');
    expect(circle?.schedule[0]).to.include({ start: '19:30', timezone: 'Europe/London' });
    expect(circle?.languages).to.deep.equal(['cy', 'en']);
  });

  it('reads a CSV sheet, loading the CSV reader on demand, and names rows in problems', async () => {
    const directory = await readFeed(await fixtureText('csv/groups.csv'));
    expect(directory.format).to.equal('csv');
    expect(directory.groups.map((g) => g.id)).to.include.members(['tues-calm', 'carers-circle']);
    expect(directory.problems.some((p) => p.path.startsWith('row 7'))).to.equal(true);
    expect(directory.problems.every((p) => !p.path.startsWith('groups['))).to.equal(true);
  });

  it('points normalise’s own complaints about a CSV row at the row and column', async () => {
    const bad = await readFeed('name,attendance\nTest Group,underwater\n');
    expect(bad.problems[0]).to.include({ path: 'row 2', action: 'skipped' });
    expect(bad.problems[0]?.message).to.contain('underwater');
    const directory = await readFeed('name,attendance,website\nTest Group,online,javascript:alert(1)\n');
    expect(directory.groups[0]?.contact?.url).to.equal(undefined);
    expect(directory.problems.find((p) => p.path === 'row 2, website')?.action).to.equal('dropped');
  });

  it('honours a forced format over detection', async () => {
    const text = 'name,attendance,day,start\nA,online,MO,10:00\n';
    expect((await readFeed(text, { format: 'csv' })).groups).to.have.length(1);
    const asNative = await readFeed('[{"id":"x","name":"X","day":1,"time":"10:00"}]', { format: 'native' });
    expect(asNative.format).to.equal('native');
  });

  it('turns text that is neither JSON nor CSV into an empty Directory with one problem', async () => {
    const directory = await readFeed('{"groups": [');
    expect(directory.groups).to.have.length(0);
    expect(directory.problems).to.have.length(1);
    expect(directory.problems[0]).to.include({ action: 'skipped' });
    expect(directory.problems[0]?.message).to.contain('not valid JSON');
  });
});

describe('readFeedSync, parseFeedText and parseFeed', () => {
  it('reads already-parsed Meeting Guide and native values without waiting', async () => {
    const directory = readFeedSync(await fixtureJson('meeting-guide/meetings.json'));
    expect(directory.format).to.equal('meeting-guide');
    const native = readFeedSync({ version: 1, groups: [{ id: 'a', name: 'A', attendance: 'online', schedule: [] }] });
    expect(native.format).to.equal('native');
    expect(native.groups.map((g) => g.id)).to.deep.equal(['a']);
  });

  it('says CSV needs the async reader rather than failing silently', () => {
    const directory = readFeedSync('name,day\nA,MO\n');
    expect(directory.groups).to.have.length(0);
    expect(directory.problems[0]?.message).to.contain('readFeed');
  });

  it('returns the parsed value, CSV text as is, or an error', () => {
    expect(parseFeedText('\uFEFF{"version":1,"groups":[]}')).to.deep.equal({ value: { version: 1, groups: [] } });
    expect(parseFeedText('name,day\nA,MO')).to.deep.equal({ value: 'name,day\nA,MO' });
    expect('error' in parseFeedText('')).to.equal(true);
    expect(parseFeedText('a,b', { contentType: 'text/csv; charset=utf-8' })).to.deep.equal({ value: 'a,b' });
  });

  it('rejects unreadable text with a SyntaxError for the loader to report', async () => {
    let thrown: unknown;
    try {
      await parseFeed('<html>oops</html>', 'text/html');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).to.be.instanceOf(SyntaxError);
    const ok = await parseFeed('[]', 'application/json');
    expect(ok.groups).to.have.length(0);
  });
});
