import { expect } from '@open-wc/testing';
import { adaptMeetingGuide } from '../../../src/feed/adapters/meeting-guide.js';
import type { AdapterResult, RawGroup } from '../../../src/feed/adapters/types.js';
import { fixtureJson } from './fixtures.js';

describe('Meeting Guide adapter', () => {
  let result: AdapterResult;
  const group = (id: string): RawGroup => {
    const found = result.feed.groups.find((g) => g.id === id);
    if (!found) throw new Error(`no group ${id}`);
    return found;
  };
  const problemsAt = (prefix: string) => result.problems.filter((p) => p.path.startsWith(prefix));

  before(async () => {
    result = adaptMeetingGuide(await fixtureJson('meeting-guide/meetings.json'));
  });

  it('turns each meeting into one group, keeping same-named meetings at one place apart', () => {
    expect(result.feed.version).to.equal(1);
    const ids = result.feed.groups.map((g) => g.id);
    expect(ids).to.include.members(['tuesday-evening-calm', 'tuesday-evening-calm-2']);
    expect(ids).to.have.length(9);
    expect(result.sources[0]).to.equal('[0]');
    expect(result.sources).to.have.length(ids.length);
  });

  it('maps the day, start and end time and time zone of an in-person meeting', () => {
    const calm = group('tuesday-evening-calm');
    expect(calm.attendance).to.equal('in-person');
    expect(calm.schedule).to.deep.equal([
      { freq: 'weekly', interval: 1, byday: ['TU'], start: '18:30', end: '20:00', timezone: 'Europe/London' },
    ]);
  });

  it('maps place, map position, postcode, region and access needs from the types', () => {
    const calm = group('tuesday-evening-calm');
    expect(calm.location).to.deep.equal({
      name: "St Aidan's Community Hall",
      address: '12 Example Street, Leeds LS1 4AP, UK',
      postcode: 'LS1 4AP',
      lat: 53.7997,
      lng: -1.5492,
      region: 'Leeds',
      accessibility: ['step-free', 'accessible-toilet'],
    });
    expect(calm.audiences).to.deep.equal(['women']);
    expect(calm.languages).to.deep.equal(['en']);
  });

  it('keeps notes, contact details, the listing link, the organisation and the last update', () => {
    const calm = group('tuesday-evening-calm');
    expect(calm.description).to.equal('Ring the bell at the side door. Tea from 18:15.\n\nStep-free entrance on Vale Road.');
    expect(calm.contact).to.deep.equal({
      email: 'calm@example.org',
      phone: '0113 496 0123',
      url: 'https://meetings.example.org/meetings/tuesday-evening-calm',
    });
    expect(calm.organisation).to.deep.equal({ name: 'Example Peer Support Network', url: 'https://example.org' });
    expect(calm.lastVerified).to.equal('2025-09-14');
    expect(calm.facilitation).to.equal('peer');
    expect(calm.booking).to.equal('drop-in');
  });

  it('gives a meeting on several days one weekly schedule per day, Sunday as SU', () => {
    const walk = group('weekend-walk-and-talk');
    expect(walk.schedule?.map((s) => s.byday)).to.deep.equal([['SA'], ['SU']]);
    expect(walk.location?.address).to.equal('1 Park Lane, Leeds, LS8 2ER');
    expect(walk.location?.postcode).to.equal('LS8 2ER');
    expect(walk.audiences).to.deep.equal(['young-people']);
  });

  it('calls an in-person meeting with a join link hybrid and names the platform', () => {
    const hybrid = group('417');
    expect(hybrid.attendance).to.equal('hybrid');
    expect(hybrid.online).to.deep.equal({ platform: 'Zoom', url: 'https://zoom.us/j/5550001111' });
    expect(hybrid.description).to.contain('Passcode: circle');
    expect(hybrid.audiences).to.deep.equal(['lgbtq', 'newcomers']);
  });

  it('lists an online meeting without its approximate address', () => {
    const online = group('online-morning-check-in');
    expect(online.attendance).to.equal('online');
    expect(online.online?.platform).to.equal('Google Meet');
    expect(online.location).to.deep.equal({ region: 'Online' });
    expect(online.topics).to.deep.equal(['meditation']);
    expect(online.schedule).to.have.length(3);
  });

  it('keeps temporarily closed meetings out of results and says so, for TC and for inactive', () => {
    const tc = group('friday-friends');
    const inactive = group('sunday-reflections');
    expect(tc.inactive).to.equal(true);
    expect(inactive.inactive).to.equal(true);
    expect(tc.attendance).to.equal('in-person');
    expect(group('tuesday-evening-calm').inactive).to.equal(undefined);
    const warnings = result.problems.filter((p) => p.action === 'warning' && /temporarily closed/.test(p.message));
    expect(warnings.map((p) => p.id)).to.deep.equal(['friday-friends', 'sunday-reflections']);
    expect(warnings[0]!.path).to.equal('[4].types');
    expect(warnings[1]!.path).to.equal('[5].attendance_option');
  });

  it('lists a dial-in only meeting as by phone, with the number to call', () => {
    const phone = group('late-night-phone');
    expect(phone.attendance).to.equal('phone');
    expect(phone.contact?.phone).to.equal('020 7946 0555');
    expect(phone.description).to.contain('Meeting code 1234#');
  });

  it('drops a 0,0 map position and reports it', () => {
    expect(group('tuesday-evening-calm-2').location?.lat).to.equal(undefined);
    const [problem] = problemsAt('[7].latitude');
    expect(problem?.action).to.equal('dropped');
    expect(problem?.message).to.match(/0, 0/);
  });

  it('makes an id from the name when the slug is missing, and reports a bad day number', () => {
    const made = group('unnumbered-gathering');
    expect(made.schedule).to.equal(undefined);
    expect(problemsAt('[8].slug')[0]?.action).to.equal('warning');
    expect(problemsAt('[8].day')[0]?.message).to.match(/0 \(Sunday\) to 6/);
  });

  it('skips a meeting without a name and anything that is not a meeting', () => {
    expect(problemsAt('[9].name')[0]).to.include({ action: 'skipped', index: 9 });
    expect(problemsAt('[10]')[0]).to.include({ action: 'skipped' });
  });

  it('names the single service entity as the publisher and the newest update as the feed date', () => {
    expect(result.feed.publisher).to.deep.equal({ name: 'Example Peer Support Network', url: 'https://example.org' });
    expect(result.feed.updated).to.equal('2025-10-01T08:00:00Z');
  });

  it('reports a feed that is not a list instead of throwing', () => {
    const odd = adaptMeetingGuide({ meetings: [] });
    expect(odd.feed.groups).to.deep.equal([]);
    expect(odd.problems[0]?.action).to.equal('skipped');
  });
});
