import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/group-finder/group-finder.js';
import type { SgGroupFinder } from '../../src/components/group-finder/group-finder.component.js';
import { clearFeedStore } from '../../src/feed/store.js';

// An editor's typo in an attribute is reported once and never costs the visitor their results.
const FEED = '/test/finder/fixtures/groups.json';

async function ready(el: SgGroupFinder): Promise<SgGroupFinder> {
  await waitUntil(() => el.shadowRoot!.querySelector('[part="count"], [part="error"]'), 'finder did not load', { timeout: 5000 });
  await el.updateComplete;
  return el;
}
const count = (el: SgGroupFinder) => el.shadowRoot!.querySelector('[part="count"]')?.textContent?.trim();

describe('<sg-group-finder> with a mistyped attribute', () => {
  const warnings: string[] = [];
  const warn = console.warn;
  beforeEach(() => {
    clearFeedStore();
    warnings.length = 0;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  });
  afterEach(() => {
    console.warn = warn;
  });

  it('lists every group when attendance names no way of joining, and says why in debug', async () => {
    const all = await ready(await fixture<SgGroupFinder>(html`<sg-group-finder feed=${FEED} cache="off" geocoder="off"></sg-group-finder>`));
    const el = await ready(
      await fixture<SgGroupFinder>(html`<sg-group-finder feed=${FEED} cache="off" geocoder="off" attendance="by-post" debug></sg-group-finder>`),
    );
    expect(count(el)).to.equal(count(all));
    expect(count(el)).not.to.match(/^No groups/);
    expect(el.shadowRoot!.querySelector('[part="filter-chip"], [part="chip"]'), 'no filter chip for a value that is not a filter').to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain('by-post');
    expect(warnings.filter((w) => w.includes('by-post'))).to.have.length(1);
  });

  it('keeps the good value of a list with one typo', async () => {
    const online = await ready(
      await fixture<SgGroupFinder>(html`<sg-group-finder feed=${FEED} cache="off" geocoder="off" attendance="online"></sg-group-finder>`),
    );
    const el = await ready(
      await fixture<SgGroupFinder>(html`<sg-group-finder feed=${FEED} cache="off" geocoder="off" attendance="Online, by-post"></sg-group-finder>`),
    );
    expect(count(el)).to.equal(count(online));
  });

  it('reads attendance as the check does: any case, commas or spaces', async () => {
    const make = (attendance: string) =>
      fixture<SgGroupFinder>(html`<sg-group-finder feed=${FEED} cache="off" geocoder="off" attendance=${attendance}></sg-group-finder>`).then(ready);
    const phone = await make('phone');
    const both = await make('phone,in-person');
    expect(count(both)).not.to.equal(count(phone));
    expect(count(await make('Phone'))).to.equal(count(phone));
    expect(count(await make('phone in-person'))).to.equal(count(both));
    expect(count(await make('IN-PERSON, Phone'))).to.equal(count(both));
    expect(warnings, 'no warning for values the finder understands').to.deep.equal([]);
  });

  it('warns once about a wrong region, and its crisis box shows the UK contacts without a second warning', async () => {
    const el = await ready(
      await fixture<SgGroupFinder>(html`<sg-group-finder feed="/__missing/feed.json" cache="off" geocoder="off" region="narnia"></sg-group-finder>`),
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part="error"]'), 'no error shown', { timeout: 8000 });
    const signpost = el.shadowRoot!.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('sg-signpost')!;
    await signpost.updateComplete;
    expect(signpost.getAttribute('region')).to.equal('uk');
    expect(signpost.shadowRoot!.querySelector('a[href^="tel:"]'), 'a number to call').to.exist;
    expect(warnings.filter((w) => w.includes('narnia'))).to.have.length(1);
  });
});
