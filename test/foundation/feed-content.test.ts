import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { mountRoot } from '../helpers/mount.js';
import '../../src/components/feed/feed.js';
import '../../src/components/benefits/benefits.js';
import '../../src/components/what-to-expect/what-to-expect.js';
import '../../src/components/signpost/signpost.js';
import { clearFeedStore } from '../../src/feed/store.js';

const FEED = '/test/fixtures/content-feed.json';
const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

describe('content from a feed', () => {
  beforeEach(() => clearFeedStore());

  it('<sg-feed> gives every element inside it the feed\'s words and contacts, from one request', async () => {
    let requests = 0;
    const observer = new PerformanceObserver((list) => {
      requests += list.getEntries().filter((e) => e.name.includes('content-feed.json')).length;
    });
    observer.observe({ type: 'resource', buffered: false });
    const wrapper = await mountRoot<HTMLElement>(html`<sg-feed src=${FEED} cache="off">
      <sg-benefits show="benefits"></sg-benefits>
      <sg-what-to-expect mode="list"></sg-what-to-expect>
      <sg-signpost></sg-signpost>
    </sg-feed>`);
    const [benefits, expectEl, signpost] = ['sg-benefits', 'sg-what-to-expect', 'sg-signpost'].map((t) => wrapper.querySelector(t)!);
    await waitUntil(() => text(benefits!).includes('Tea is always on'), 'benefits did not use the feed');
    await waitUntil(() => text(expectEl!).includes('Say hello at the door'), 'steps did not use the feed');
    expect(text(expectEl!)).to.contain('Is there parking?');
    await waitUntil(() => text(signpost!).includes('Example Mind helpline'), 'signpost did not add the feed contact');
    expect(text(signpost!)).to.contain('116 123');
    await new Promise((r) => setTimeout(r, 50));
    observer.disconnect();
    expect(requests).to.equal(1);
  });

  it('shows a comparison the feed writes as { caption, columns, rows }', async () => {
    const el = await fixture<HTMLElement>(html`<sg-benefits show="compare" feed=${FEED} cache="off"></sg-benefits>`);
    await waitUntil(() => text(el).includes('Free, with tea'), 'the feed\'s comparison was not shown', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('caption')!.textContent).to.contain('Our groups and other help');
    expect(text(el)).to.contain('Our groups');
  });

  it('keeps the built-in words and contacts when the feed fails', async () => {
    const benefits = await fixture<HTMLElement>(html`<sg-benefits show="benefits" feed="/__finder/feed-404.json" cache="off"></sg-benefits>`);
    const signpost = await fixture<HTMLElement>(html`<sg-signpost feed="/__finder/feed-404.json" cache="off"></sg-signpost>`);
    // Check after the failure has arrived, not before the feed has answered.
    const address = new URL('/__finder/feed-404.json', location.href).href;
    await waitUntil(() => performance.getEntriesByName(address).length > 0, 'the feed was never asked for', { timeout: 5000 });
    await new Promise((r) => setTimeout(r, 50));
    for (const el of [benefits, signpost]) await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(text(benefits)).to.contain('You are not alone');
    expect(signpost.shadowRoot!.querySelector('a[href="tel:116123"]')).to.exist;
  });
});
