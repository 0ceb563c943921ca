import { expect } from '@open-wc/testing';
import { adaptCsv } from '../../../src/feed/adapters/csv.js';
import { loadCsvParser, type ParseCsv } from '../../../src/feed/adapters/csv-parser.js';
import type { AdapterResult, RawGroup } from '../../../src/feed/adapters/types.js';
import { fixtureText, loadPapaScript } from './fixtures.js';

describe('CSV adapter', () => {
  let parse: ParseCsv;
  let result: AdapterResult;
  const group = (id: string): RawGroup => {
    const found = result.feed.groups.find((g) => g.id === id);
    if (!found) throw new Error(`no group ${id}; have ${result.feed.groups.map((g) => g.id).join(', ')}`);
    return found;
  };
  const problem = (path: string) => result.problems.find((p) => p.path === path);

  before(async () => {
    await loadPapaScript();
    parse = await loadCsvParser();
    result = adaptCsv(await fixtureText('csv/groups.csv'), parse);
  });

  it('reads one group per row, skipping blank rows, despite the byte-order mark and Windows line ends', () => {
    expect(result.feed.groups.map((g) => g.id)).to.deep.equal(['tues-calm', 'carers-circle', 'carers-circle-2', 'walk', 'monthly-no-week']);
    expect(result.sources).to.deep.equal(['row 2', 'row 3', 'row 4', 'row 7', 'row 8']);
  });

  it('matches headers whatever their case and spacing, and reports an unknown column once', () => {
    const g = group('tues-calm');
    expect(g.summary).to.equal('Relaxed peer group, all welcome');
    const unknown = result.problems.filter((p) => p.message.includes('Favourite colour'));
    expect(unknown).to.have.length(1);
    expect(unknown[0]).to.include({ path: 'row 1, Favourite colour', action: 'dropped' });
  });

  it('keeps commas and line breaks inside quoted cells', () => {
    const g = group('tues-calm');
    expect(g.description).to.equal('Tea, biscuits and a chat.\nNo need to book.');
    expect(g.location?.address).to.equal('12 Example Street, Leeds');
  });

  it('splits semicolon lists and maps every column of a full row', () => {
    expect(group('tues-calm')).to.deep.equal({
      id: 'tues-calm',
      name: 'Tuesday Calm',
      summary: 'Relaxed peer group, all welcome',
      description: 'Tea, biscuits and a chat.\nNo need to book.',
      topics: ['anxiety', 'depression'],
      audiences: ['adults'],
      attendance: 'in-person',
      facilitation: 'peer',
      booking: 'drop-in',
      cost: { free: true },
      schedule: [{ freq: 'weekly', interval: 1, byday: ['TU'], start: '18:30', end: '20:00' }],
      location: {
        name: "St Aidan's Hall",
        address: '12 Example Street, Leeds',
        postcode: 'LS1 4AP',
        lat: 53.7997,
        lng: -1.5492,
        region: 'Leeds',
        accessibility: ['step-free', 'hearing-loop'],
      },
      contact: { email: 'calm@example.org', phone: '0113 496 0123', url: 'https://example.org/calm' },
      organisation: { name: 'Example Peer Network', charityNumber: '1234567' },
      languages: ['en', 'cy'],
      lastVerified: '2025-09-14',
    });
  });

  it('makes ids from names when the id column is blank, never repeating one', () => {
    expect(group('carers-circle').name).to.equal('Carers Circle');
    expect(group('carers-circle-2').name).to.equal('Carers Circle');
  });

  it('reads monthly rows with week_of_month, and fortnightly rows as every two weeks', () => {
    expect(group('carers-circle').schedule).to.deep.equal([{ freq: 'monthly', interval: 1, byday: ['1WE', '-1WE'], start: '10:00', end: '12:00' }]);
    expect(group('carers-circle-2').schedule).to.deep.equal([{ freq: 'weekly', interval: 2, byday: ['MO', 'TH'], start: '19:00' }]);
  });

  it('reads cost, a 0,0 position and a blank free column with a warning, naming the row', () => {
    expect(group('carers-circle').cost).to.deep.equal({ free: false, details: '£3 per session' });
    expect(group('carers-circle').location?.lat).to.equal(undefined);
    expect(problem('row 3, lat')?.message).to.contain('0, 0');
    expect(group('carers-circle-2').cost).to.deep.equal({ free: true, details: 'Free' });
    expect(problem('row 4, free')?.action).to.equal('warning');
  });

  it('reports each bad cell with the row number an editor sees', () => {
    expect(problem('row 5, name')).to.include({ action: 'skipped' });
    expect(problem('row 7, free')?.message).to.contain('"maybe" should be yes or no');
    expect(problem('row 7, day')?.message).to.contain('"Funday"');
    expect(problem('row 7, lat')?.message).to.contain('swapped');
    expect(problem('row 7, languages')?.message).to.contain('"Klingon"');
    expect(problem('row 7, last_verified')?.action).to.equal('dropped');
    expect(problem('row 8, week_of_month')?.message).to.contain('monthly group needs week_of_month');
    expect(group('walk').schedule).to.equal(undefined);
  });

  it('reads a semicolon-delimited sheet, as European Excel saves it', async () => {
    const semi = adaptCsv(await fixtureText('csv/semicolon-delimited.csv'), parse);
    expect(semi.feed.groups.map((g) => g.name)).to.deep.equal(['Semi, Colon Group', 'Second']);
    expect(semi.feed.groups[1]?.schedule?.[0]?.byday).to.deep.equal(['TU']);
  });

  it('explains a sheet without a name column instead of guessing', () => {
    const none = adaptCsv('title,day\nA,Monday\n', parse);
    expect(none.feed.groups).to.deep.equal([]);
    expect(none.problems.find((p) => p.action === 'skipped')).to.include({ path: 'row 1' });
    expect(none.problems.find((p) => p.path === 'row 1, title')?.action).to.equal('dropped');
  });
});

describe('CSV separator', () => {
  it('follows the header row, even when a quoted cell holds the other separator', async () => {
    const { guessDelimiter } = await import('../../../src/feed/adapters/csv-parser.js');
    expect(guessDelimiter('a;b\n"x, y";2\n')).to.equal(';');
    expect(guessDelimiter('name,"day; or days",start\n')).to.equal(',');
    expect(guessDelimiter('name\tday\n')).to.equal('\t');
    expect(guessDelimiter('name\n')).to.equal(',');
  });
});
