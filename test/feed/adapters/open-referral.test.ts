import { expect } from '@open-wc/testing';
import { adaptOpenReferral } from '../../../src/feed/adapters/open-referral.js';
import type { AdapterResult, RawGroup } from '../../../src/feed/adapters/types.js';
import { fixtureJson } from './fixtures.js';

function finder(result: AdapterResult) {
  return (id: string): RawGroup => {
    const found = result.feed.groups.find((g) => g.id === id);
    if (!found) throw new Error(`no group ${id}; have ${result.feed.groups.map((g) => g.id).join(', ')}`);
    return found;
  };
}

describe('Open Referral UK (v1) adapter', () => {
  let result: AdapterResult;
  let group: (id: string) => RawGroup;
  const problem = (path: string) => result.problems.find((p) => p.path === path);

  before(async () => {
    result = adaptOpenReferral(await fixtureJson('open-referral/oruk-v1-page.json'));
    group = finder(result);
  });

  it('says a page from a paged API is only part of the directory', () => {
    const paging = problem('');
    expect(paging?.action).to.equal('warning');
    expect(paging?.message).to.contain('page 1 of 3');
    expect(paging?.message).to.contain('7 services');
  });

  it('maps name, description, contact, organisation, checked date, languages and topics', () => {
    const g = group('8b7c2f0e-1d2a-4c53-9e0b-6f3a1c2d4e51');
    expect(g.name).to.equal('Hearing Voices Peer Group');
    expect(g.description).to.contain('hearing voices');
    expect(g.contact).to.deep.equal({ email: 'voices@example.org', phone: '0113 496 0456', url: 'https://peers.example.org/hearing-voices' });
    expect(g.organisation).to.deep.equal({ name: 'Example Mind Leeds', url: 'https://mind-leeds.example.org' });
    expect(g.lastVerified).to.equal('2025-08-01');
    expect(g.languages).to.deep.equal(['en', 'ur']);
    expect(g.topics).to.deep.equal(['hearing-voices', 'peer-support']);
    expect(g.audiences).to.deep.equal(['adults', 'ages-18-plus']);
    expect(g.cost).to.deep.equal({ free: true, details: 'Free. Donations welcome.' });
  });

  it('maps the place with its address, postcode, map position and access notes', () => {
    const g = group('8b7c2f0e-1d2a-4c53-9e0b-6f3a1c2d4e51');
    expect(g.attendance).to.equal('in-person');
    expect(g.location).to.deep.equal({
      name: 'Example Wellbeing Hub',
      address: '1 Example Street, Leeds, West Yorkshire, ls1 4ap',
      postcode: 'ls1 4ap',
      lat: 53.7997,
      lng: -1.5492,
      region: 'Leeds',
      accessibility: ['step-free-access', 'hearing-loop'],
    });
  });

  it('reads a fortnightly schedule with its dates and reads Z times as London clock time, saying so', () => {
    const g = group('8b7c2f0e-1d2a-4c53-9e0b-6f3a1c2d4e51');
    expect(g.schedule).to.deep.equal([
      { freq: 'weekly', interval: 2, byday: ['TU'], start: '18:30', end: '20:00', timezone: 'Europe/London', from: '2025-01-01', until: '2026-12-31', note: 'Every other Tuesday' },
    ]);
    const note = problem('content[0].regular_schedules[0].opens_at');
    expect(note?.action).to.equal('warning');
    expect(note?.message).to.contain('London clock time (18:30)');
  });

  it('makes one group per place for a service offered in two places, with each place’s own times', () => {
    const ids = result.feed.groups.map((g) => g.id);
    expect(ids).to.deep.equal([
      '8b7c2f0e-1d2a-4c53-9e0b-6f3a1c2d4e51',
      '3f9e8d7c-6b5a-4f3e-8d2c-1b0a9f8e7d6c-riverside-library',
      '3f9e8d7c-6b5a-4f3e-8d2c-1b0a9f8e7d6c-northside-centre',
    ]);
    const river = group('3f9e8d7c-6b5a-4f3e-8d2c-1b0a9f8e7d6c-riverside-library');
    const north = group('3f9e8d7c-6b5a-4f3e-8d2c-1b0a9f8e7d6c-northside-centre');
    expect(river.schedule?.map((s) => s.byday)).to.deep.equal([['1WE', '3WE']]);
    expect(river.schedule?.[0]?.freq).to.equal('monthly');
    expect(north.schedule?.map((s) => s.byday)).to.deep.equal([['1WE', '3WE'], ['SA']]);
    expect(result.sources.slice(1)).to.deep.equal(['content[1]', 'content[1]']);
  });

  it('keeps a temporarily closed service out of results and reports it', () => {
    const river = group('3f9e8d7c-6b5a-4f3e-8d2c-1b0a9f8e7d6c-riverside-library');
    expect(river.inactive).to.equal(true);
    expect(problem('content[1].status')?.action).to.equal('warning');
  });

  it('reports placeholders instead of showing them: N/A description, TBC link, unknown time', () => {
    const river = group('3f9e8d7c-6b5a-4f3e-8d2c-1b0a9f8e7d6c-riverside-library');
    expect(river.description).to.equal(undefined);
    expect(river.contact).to.deep.equal({ email: 'carers@example.org' });
    expect(problem('content[1].description')?.message).to.contain('"N/A" is a placeholder');
    expect(problem('content[1].url')?.message).to.contain('"TBC" is a placeholder');
    expect(problem('content[1].regular_schedules[1].opens_at')?.action).to.equal('dropped');
  });

  it('reports a 0,0 position and a swapped position, keeping the rest of the place', () => {
    const river = group('3f9e8d7c-6b5a-4f3e-8d2c-1b0a9f8e7d6c-riverside-library');
    const north = group('3f9e8d7c-6b5a-4f3e-8d2c-1b0a9f8e7d6c-northside-centre');
    expect(river.location?.lat).to.equal(undefined);
    expect(river.location?.postcode).to.equal('BS1 5TR');
    expect(north.location?.lng).to.equal(undefined);
    expect(problem('content[1].service_at_locations[0].location.latitude')?.message).to.contain('0, 0');
    expect(problem('content[1].service_at_locations[1].location.latitude')?.message).to.contain('swapped');
  });

  it('prices a paid session and leaves out a defunct service', () => {
    expect(group('3f9e8d7c-6b5a-4f3e-8d2c-1b0a9f8e7d6c-northside-centre').cost).to.deep.equal({ free: false, details: '£3.00 Per session towards tea and biscuits' });
    expect(problem('content[2].status')).to.include({ action: 'skipped', id: 'old-service-1', index: 2 });
  });
});

describe('HSDS 3 adapter', () => {
  let result: AdapterResult;
  let group: (id: string) => RawGroup;
  const problem = (path: string) => result.problems.find((p) => p.path === path);

  before(async () => {
    result = adaptOpenReferral(await fixtureJson('open-referral/hsds3-page.json'));
    group = finder(result);
  });

  it('reads the contents of a complete page without a paging warning', () => {
    expect(problem('')).to.equal(undefined);
    expect(result.sources[0]).to.equal('contents[0]');
  });

  it('lists a service with only a virtual location as online, with its link, codes and charity number', () => {
    const g = group('0e3b7d1a-9a55-4c9e-b2f0-2c7e5f4a1b01');
    expect(g.attendance).to.equal('online');
    expect(g.online).to.deep.equal({ platform: 'Google Meet', url: 'https://meet.google.com/xyz-abcd-efg' });
    expect(g.location).to.equal(undefined);
    expect(g.languages).to.deep.equal(['cy', 'en']);
    expect(g.topics).to.deep.equal(['anxiety']);
    expect(g.organisation).to.deep.equal({ name: 'Example Anxiety Network', url: 'https://anxiety.example.org', charityNumber: '1234567' });
    expect(g.contact).to.deep.equal({ email: 'circle@example.org', phone: '020 7946 0321' });
  });

  it('converts offsets: +01:00 and timezone 0 stay London clock time, -05:00 keeps its own zone', () => {
    const [weekly, monthly, foreign] = group('0e3b7d1a-9a55-4c9e-b2f0-2c7e5f4a1b01').schedule ?? [];
    expect(weekly).to.include({ freq: 'weekly', start: '19:30', end: '20:30', timezone: 'Europe/London' });
    expect(weekly?.byday).to.deep.equal(['MO', 'TH']);
    expect(monthly).to.include({ freq: 'monthly', start: '12:00', end: '13:00', timezone: 'Europe/London' });
    expect(monthly?.byday).to.deep.equal(['-1FR']);
    expect(foreign).to.include({ start: '09:00', end: '10:00', timezone: 'Etc/GMT+5' });
    expect(problem('contents[0].schedules[1].opens_at')?.message).to.contain('timezone 0');
    expect(problem('contents[0].schedules[2].opens_at')?.message).to.contain('not UK time');
  });

  it('calls a place with a video link hybrid and uses the physical, not the postal, address', () => {
    const g = group('2c4d6e8f-0a1b-4c3d-9e5f-7a8b9c0d1e2f');
    expect(g.attendance).to.equal('hybrid');
    expect(g.online?.platform).to.equal('Zoom');
    expect(g.location).to.deep.equal({
      name: 'Bay Family Centre',
      address: '4 Example Bay, Cardiff, CF10 5AL',
      postcode: 'CF10 5AL',
      lat: 51.4816,
      lng: -3.1791,
      region: 'Cardiff',
      accessibility: ['lift-to-first-floor'],
    });
    expect(g.schedule).to.deep.equal([{ freq: 'weekly', interval: 1, byday: ['TH'], start: '10:00', end: '11:30', timezone: 'Europe/London', from: '2025-02-01' }]);
    expect(g.audiences).to.deep.equal(['ages-16-plus']);
  });

  it('reports an amount that is a placeholder and still marks the service free', () => {
    const g = group('2c4d6e8f-0a1b-4c3d-9e5f-7a8b9c0d1e2f');
    expect(g.cost).to.deep.equal({ free: true });
    expect(problem('contents[1].cost_options[0].amount')?.action).to.equal('dropped');
  });

  it('reports a schedule it cannot read and a service with no way to attend', () => {
    expect(problem('contents[2].schedules[0].freq')?.message).to.contain('"DAILY"');
    expect(problem('contents[2].service_at_locations')?.action).to.equal('dropped');
    expect(group('svc-no-place').attendance).to.equal(undefined);
  });

  it('reads a single service on its own', async () => {
    const single = adaptOpenReferral(await fixtureJson('open-referral/hsds3-service.json'));
    expect(single.feed.groups).to.have.length(1);
    const [g] = single.feed.groups;
    expect(g).to.include({ name: "Men's Shed Talk", attendance: 'in-person' });
    expect(g?.location?.postcode).to.equal('EH1 1YZ');
    expect(g?.contact?.url).to.equal('https://shed.example.org');
    expect(single.sources).to.deep.equal(['service']);
  });

  it('reports input that is not a service at all instead of throwing', () => {
    const odd = adaptOpenReferral('hello');
    expect(odd.feed.groups).to.deep.equal([]);
    expect(odd.problems[0]?.action).to.equal('skipped');
    expect(adaptOpenReferral([{ name: 'No id' }]).feed.groups[0]?.id).to.equal('no-id');
  });
});
