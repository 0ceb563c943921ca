import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/group-finder/group-finder.js';
import type { SgGroupFinder } from '../../src/components/group-finder/group-finder.component.js';
import { clearFeedStore } from '../../src/feed/store.js';
import { jsonLdText, zonedIso } from '../../src/components/group-finder/structured-data.js';

const FEED = '/test/finder/fixtures/groups.json';

describe('<sg-group-finder structured-data>', () => {
  beforeEach(() => clearFeedStore());

  const ld = (el: SgGroupFinder) => el.querySelector<HTMLScriptElement>('script[type="application/ld+json"]');

  it('adds valid schema.org Event JSON-LD for the groups listed, in the page (not the shadow root)', async () => {
    const el = await fixture<SgGroupFinder>(html`<sg-group-finder feed=${FEED} cache="off" geocoder="off" structured-data></sg-group-finder>`);
    await waitUntil(() => ld(el), 'no JSON-LD');
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON-LD is free-form; the assertions check its shape.
    const events = JSON.parse(ld(el)!.textContent!) as Record<string, any>[];
    expect(events).to.have.length(6);
    for (const event of events) {
      expect(event['@context']).to.equal('https://schema.org');
      expect(event['@type']).to.equal('Event');
      expect(event.startDate).to.match(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00[+-]\d{2}:\d{2}$/);
      expect(event.eventStatus).to.equal('https://schema.org/EventScheduled');
    }
    const leeds = events.find((e) => e.name === 'Leeds Anxiety Circle')!;
    expect(leeds.eventAttendanceMode).to.equal('https://schema.org/OfflineEventAttendanceMode');
    expect(leeds.location).to.deep.include({ '@type': 'Place', name: 'Holbeck Community Rooms' });
    expect(leeds.location.address.postalCode).to.equal('LS11 9AA');
    expect(leeds.organizer).to.deep.equal({ '@type': 'Organization', name: 'Example Mind Leeds', url: 'https://example.org/leeds' });
    expect(leeds.isAccessibleForFree).to.equal(true);
    const hybrid = events.find((e) => e.name === 'Carers Together Leeds')!;
    expect(hybrid.eventAttendanceMode).to.equal('https://schema.org/MixedEventAttendanceMode');
    expect(hybrid.location.map((l: { '@type': string }) => l['@type'])).to.deep.equal(['Place', 'VirtualLocation']);
    const online = events.find((e) => e.name === 'Evening Depression Support Online')!;
    expect(online.location).to.deep.equal({ '@type': 'VirtualLocation', url: 'https://example.org/join/depression' });
  });

  it('follows the search, and adds nothing without the attribute', async () => {
    const plain = await fixture<SgGroupFinder>(html`<sg-group-finder feed=${FEED} cache="off" geocoder="off"></sg-group-finder>`);
    await waitUntil(() => plain.shadowRoot!.querySelector('[part="count"]'));
    expect(ld(plain)).to.equal(null);
    const el = await fixture<SgGroupFinder>(html`<sg-group-finder feed=${FEED} cache="off" geocoder="off" structured-data topics="carers"></sg-group-finder>`);
    await waitUntil(() => ld(el));
    expect(JSON.parse(ld(el)!.textContent!).name).to.equal('Carers Together Leeds');
  });

  it('writes times in the group\'s own zone with its offset', () => {
    expect(zonedIso(new Date(Date.UTC(2026, 6, 1, 17, 30)), 'Europe/London')).to.equal('2026-07-01T18:30:00+01:00');
    expect(zonedIso(new Date(Date.UTC(2026, 0, 15, 12, 0)), 'America/St_Johns')).to.equal('2026-01-15T08:30:00-03:30');
  });

  it('can never be ended early by feed text', () => {
    const text = jsonLdText([{ name: '</script><script>alert(1)</script>' }]);
    expect(text).not.to.contain('<');
    expect(JSON.parse(text).name).to.equal('</script><script>alert(1)</script>');
  });
});
