import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import * as React from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import {
  SgBenefits,
  SgFeed,
  SgGroupFinder,
  SgSignpost,
  SgWhatToExpect,
  type DismissDetail,
  type FeedProblemsDetail,
  type GroupDetail,
  type HelplineContactDetail,
  type ResultsDetail,
  type StepChangeDetail,
} from '../../src/react/index.js';
import type { SgSignpost as SgSignpostElement } from '../../src/components/signpost/signpost.component.js';
import type { SgGroupFinder as SgGroupFinderElement } from '../../src/components/group-finder/group-finder.component.js';
import type { SgWhatToExpect as SgWhatToExpectElement } from '../../src/components/what-to-expect/what-to-expect.component.js';
import type { SgBenefits as SgBenefitsElement } from '../../src/components/benefits/benefits.component.js';
import type { SignpostContact } from '../../src/feed/types.js';
import { clearFeedStore } from '../../src/feed/store.js';

// The React wrappers (support-group-widgets/react) in React 19, rendered with
// react-dom/client as an app does. React itself reaches the browser through
// test/server/react.middleware.mjs.
const FEED = '/test/finder/fixtures/groups.json';
const h = React.createElement;

let container: HTMLDivElement;
let root: Root;

function render(element: React.ReactElement): void {
  flushSync(() => root.render(element));
}

function find<T extends Element>(selector: string): T {
  const el = container.querySelector<T>(selector);
  if (!el) throw new Error(`nothing rendered for ${selector}`);
  return el;
}

const shadowText = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

/** A made-up local line (020 7946 0xxx is set aside for fiction). */
const LOCAL_LINE: SignpostContact = {
  id: 'example-mind-line',
  name: 'Example Mind listening line',
  channel: 'call',
  value: '020 7946 0123',
  href: 'tel:02079460123',
  regions: ['england'],
};

describe('support-group-widgets/react', () => {
  beforeEach(() => {
    clearFeedStore();
    sessionStorage.clear();
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });

  afterEach(() => {
    flushSync(() => root.unmount());
    container.remove();
  });

  it('renders the registered element for each wrapper', async () => {
    render(
      h(React.Fragment, null, h(SgSignpost), h(SgBenefits, { show: 'limits' }), h(SgWhatToExpect), h(SgFeed, { src: FEED }, h(SgGroupFinder, { cache: 'off', geocoder: 'off' }))),
    );
    for (const tag of ['sg-signpost', 'sg-benefits', 'sg-what-to-expect', 'sg-feed', 'sg-group-finder']) {
      const el = find(tag);
      expect(customElements.get(tag), tag).to.be.a('function');
      expect(el, tag).to.be.instanceOf(customElements.get(tag)!);
    }
    const signpost = find<SgSignpostElement>('sg-signpost');
    await signpost.updateComplete;
    expect(signpost.shadowRoot!.querySelector('a[href="tel:116123"]')!.textContent).to.contain('116 123');
    // The finder inside <SgFeed> gets its groups from the feed element.
    const finder = find<SgGroupFinderElement>('sg-group-finder');
    await waitUntil(() => finder.shadowRoot?.querySelector('[part="count"]'), 'finder did not load', { timeout: 5000 });
    expect(finder.shadowRoot!.querySelector('[part="count"]')!.textContent!.trim()).to.equal('6 groups found');
  });

  it('sets an array prop as a property (the same array), and updates the element on re-render', async () => {
    const contacts = [LOCAL_LINE];
    render(h(SgSignpost, { region: 'england', contacts, contactsMode: 'replace' }));
    const el = find<SgSignpostElement>('sg-signpost');
    await el.updateComplete;
    expect(el.contacts).to.equal(contacts);
    expect(el.hasAttribute('contacts')).to.equal(false);
    expect(el.shadowRoot!.querySelector('a[href="tel:02079460123"]')!.textContent).to.contain('020 7946 0123');
    expect(el.shadowRoot!.querySelector('a[href="tel:116123"]')).to.equal(null);

    // New props: Scotland's contacts (the local line serves England only), added to the built-in ones.
    render(h(SgSignpost, { region: 'scotland', contacts, contactsMode: 'add' }));
    expect(find('sg-signpost')).to.equal(el);
    await el.updateComplete;
    expect(el.region).to.equal('scotland');
    expect(el.shadowRoot!.querySelector('a[href="tel:0800838587"]'), 'Breathing Space').to.exist;
    expect(el.shadowRoot!.querySelector('a[href="tel:02079460123"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('passes the signpost events to the React handlers with their detail', async () => {
    const seen: string[] = [];
    const contact: HelplineContactDetail[] = [];
    const onSgDismiss = (e: CustomEvent<DismissDetail>) => seen.push(`dismiss ${e.detail.dismissed}`);
    const onSgRestore = (e: CustomEvent<DismissDetail>) => seen.push(`restore ${e.detail.dismissed}`);
    const onSgContact = (e: CustomEvent<HelplineContactDetail>) => contact.push(e.detail);
    render(h(SgSignpost, { dismissible: true, onSgDismiss, onSgRestore, onSgContact }));
    const el = find<SgSignpostElement>('sg-signpost');
    await el.updateComplete;
    // Stay on the page when the tel: link is followed.
    el.addEventListener('click', (e) => e.preventDefault());
    el.shadowRoot!.querySelector<HTMLAnchorElement>('a[href="tel:116123"]')!.click();
    expect(contact).to.have.length(1);
    expect(contact[0]!.channel).to.equal('call');
    expect(contact[0]!.id).to.be.a('string').and.not.equal('');

    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="dismiss-button"]')!.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="restore-button"]')!.click();
    await el.updateComplete;
    expect(seen).to.deep.equal(['dismiss true', 'restore false']);
  });

  it('reports search results to onSgResults as the visitor types, and a new handler replaces the old one', async () => {
    const first: ResultsDetail[] = [];
    const second: ResultsDetail[] = [];
    render(h(SgGroupFinder, { feed: FEED, cache: 'off', geocoder: 'off', onSgResults: (e) => first.push(e.detail) }));
    const el = find<SgGroupFinderElement>('sg-group-finder');
    await waitUntil(() => el.shadowRoot?.querySelector('[part="count"]'), 'finder did not load', { timeout: 5000 });
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part="search-input"]')!;
    input.focus();
    await sendKeys({ type: 'cafe' });
    await waitUntil(() => first.length > 0, 'no sg-results after typing', { timeout: 3000 });
    expect(first.at(-1)).to.deep.equal({ total: 1, query: 'cafe' });

    render(h(SgGroupFinder, { feed: FEED, cache: 'off', geocoder: 'off', onSgResults: (e) => second.push(e.detail) }));
    const before = first.length;
    input.select();
    await sendKeys({ type: 'anxiety' });
    await waitUntil(() => second.length > 0, 'the new handler got no sg-results', { timeout: 3000 });
    expect(second.at(-1)).to.deep.equal({ total: 3, query: 'anxiety' });
    expect(first.length, 'the old handler was called').to.equal(before);
  });

  it('sets number props as properties and re-renders the step, with onSgStepChange from the buttons', async () => {
    const steps: StepChangeDetail[] = [];
    const onSgStepChange = (e: CustomEvent<StepChangeDetail>) => steps.push(e.detail);
    render(h(SgWhatToExpect, { step: 1, onSgStepChange }));
    const el = find<SgWhatToExpectElement>('sg-what-to-expect');
    await el.updateComplete;
    const shown = () => el.shadowRoot!.querySelector('[part="step"]:not([hidden]) [part="step-count"]')!.textContent!.trim();
    expect(shown()).to.match(/^Step 1 of \d+$/);

    render(h(SgWhatToExpect, { step: 3, onSgStepChange }));
    await el.updateComplete;
    expect(el.step).to.equal(3);
    expect(shown()).to.match(/^Step 3 of \d+$/);

    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="next-button"]')!.click();
    await el.updateComplete;
    expect(steps).to.have.length(1);
    expect(steps[0]).to.include({ index: 3, step: 4 });
    expect(shown()).to.match(/^Step 4 of \d+$/);
  });

  it('sets an object prop (content) as a property, and switching lang re-renders in Welsh', async () => {
    const content = {
      benefits: [{ title: 'You are not the only one', text: 'Other people at Example Mind have felt this way too.' }],
    };
    render(h(SgBenefits, { show: 'benefits', content }));
    const el = find<SgBenefitsElement>('sg-benefits');
    await el.updateComplete;
    expect(el.content).to.equal(content);
    expect(shadowText(el)).to.contain('Other people at Example Mind have felt this way too.');

    render(h(SgBenefits, { show: 'limits', lang: 'cy' }));
    await waitUntil(() => el.shadowRoot!.querySelector('[part="base"]')?.getAttribute('lang') === 'cy', 'did not switch to Welsh');
    expect(el.content).to.equal(undefined);
    expect(shadowText(el)).not.to.contain('Other people at Example Mind');
    expect(el.shadowRoot!.querySelector('[part="works-list"]'), 'the limits section').to.exist;
  });

  it('reports a group opened in the finder to onSgGroupOpen, and feed problems to onSgFeedProblems', async () => {
    const opened: GroupDetail[] = [];
    const problems: FeedProblemsDetail[] = [];
    render(
      h(
        SgFeed,
        { src: '/demo/data/groups-with-problems.json', cache: 'off', onSgFeedProblems: (e) => problems.push(e.detail) },
        h(SgGroupFinder, { cache: 'off', geocoder: 'off', onSgGroupOpen: (e) => opened.push(e.detail) }),
      ),
    );
    const finder = find<SgGroupFinderElement>('sg-group-finder');
    await waitUntil(() => finder.shadowRoot?.querySelector('[part="result-name"]'), 'no groups listed', { timeout: 5000 });
    await waitUntil(() => problems.length > 0, 'no sg-feed-problems', { timeout: 3000 });
    expect(problems[0]!.url).to.contain('/demo/data/groups-with-problems.json');
    expect(problems[0]!.problems.length).to.be.greaterThan(0);

    const result = finder.shadowRoot!.querySelector<HTMLElement>('[part="result"]')!;
    result.querySelector<HTMLButtonElement>('[part="result-name"]')!.click();
    expect(opened).to.deep.equal([{ id: result.dataset['id'] }]);
  });
});
