import { expect } from '@open-wc/testing';
import { axeViolations, finderCount, openExample, resultNames, shadow, textOf, typeInto, type ExampleFrame } from './frame.js';
import { waitFor } from '../helpers/wait-for.js';

// examples/react: a React 19 app using support-group-widgets/react, with
// properties and events from JSX. The test server compiles main.tsx through
// test/server/react.middleware.mjs (vite does it for `npm start`).
const testId = (page: ExampleFrame, id: string) => page.doc.querySelector(`[data-testid="${id}"]`)?.textContent?.trim() ?? '';

async function openApp(): Promise<ExampleFrame> {
  const page = await openExample('/examples/react/index.html');
  const finder = await waitFor(() => page.doc.querySelector('sg-group-finder'), 'the React app did not render');
  await waitFor(() => /^\d+ groups found$/.test(finderCount(finder)), 'the finder did not load the feed');
  return page;
}

describe('examples/react', () => {
  before(async function () {
    // The first request compiles the app and React (a second or two); do it once, up front.
    this.timeout(30000);
    const response = await fetch('/examples/react/main.tsx');
    if (!response.ok) throw new Error(`examples/react/main.tsx did not compile: ${await response.text()}`);
  });

  it('renders every element, with the crisis numbers, the array and object props, and axe finds nothing', async function () {
    // axe over four elements on a shared two-core machine can take several seconds.
    this.timeout(30000);
    const page = await openApp();
    const signpost = page.doc.querySelector('sg-signpost')!;
    const samaritans = await waitFor(() => shadow(signpost)?.querySelector<HTMLAnchorElement>('a[href="tel:116123"]'), 'no Samaritans link');
    expect(samaritans.textContent).to.contain('116 123');
    expect(textOf(signpost)).to.contain('999');
    // `contacts={OUR_LINES}`: an array set as a property, shown after the built-in lines.
    expect(shadow(signpost)!.querySelector('a[href="tel:02079460123"]')!.textContent).to.contain('020 7946 0123');
    // `content={OUR_WORDS}`: an object property replacing the worries.
    const steps = page.doc.querySelector('sg-what-to-expect')!;
    await waitFor(() => textOf(steps).includes('Can I bring someone with me?'), 'the content prop did not reach <sg-what-to-expect>');
    const benefits = page.doc.querySelector('sg-benefits')!;
    await waitFor(() => shadow(benefits)?.querySelector('[part="section"]'), 'benefits did not render');
    const finder = page.doc.querySelector('sg-group-finder')!;
    expect(testId(page, 'counter')).to.equal('Search to see how many groups match.');
    expect(await axeViolations(page, [signpost, finder, steps, benefits])).to.deep.equal([]);
    expect(page.errors).to.deep.equal([]);
  });

  it('updates the React counter from onSgResults as the visitor searches', async () => {
    const page = await openApp();
    const finder = page.doc.querySelector('sg-group-finder')!;
    await typeInto(shadow(finder)!.querySelector<HTMLInputElement>('[part="search-input"]')!, 'bipolar');
    const counter = await waitFor(() => /^(\d+) groups? match(?:es)? “bipolar”\.$/.exec(testId(page, 'counter')), 'the counter did not update');
    // The count React shows is the count the finder found.
    expect(finderCount(finder)).to.equal(`${counter[1]} groups found`);
    expect(resultNames(finder)).to.have.length(Number(counter[1]));
    expect(resultNames(finder)).to.include('Bristol Bipolar Peer Support');
  });

  it('starts the finder with the topics chosen in React, and switches every element to Welsh', async () => {
    const page = await openApp();
    const finder = page.doc.querySelector('sg-group-finder')!;
    const all = finderCount(finder);
    const carers = [...page.doc.querySelectorAll('label')].find((l) => l.textContent!.trim() === 'Carers')!.querySelector('input')!;
    carers.click();
    await waitFor(() => finderCount(finder) !== all, 'choosing a topic did not narrow the finder');
    const carerCount = Number(/^(\d+)/.exec(finderCount(finder))![1]);
    expect(carerCount).to.be.greaterThan(0);
    // The finder shows the topic as chosen, as its own filter.
    expect(shadow(finder)!.querySelector('[part="chip"]')!.getAttribute('aria-label')).to.equal('Remove filter: Carers');

    const welsh = [...page.doc.querySelectorAll('label')].find((l) => l.textContent!.trim() === 'Cymraeg')!.querySelector('input')!;
    welsh.click();
    for (const tag of ['sg-signpost', 'sg-group-finder', 'sg-what-to-expect', 'sg-benefits']) {
      const el = page.doc.querySelector(tag)!;
      await waitFor(() => shadow(el)?.querySelector('[lang="cy"]'), `${tag} did not switch to Welsh`);
    }
    // Still the same search, now in Welsh words.
    expect(finderCount(finder)).not.to.contain('groups found');
    expect(resultNames(finder)).to.have.length(carerCount);
    expect(textOf(page.doc.querySelector('sg-signpost')!)).to.contain('116 123');
  });

  it('follows the walkthrough step in React state from onSgStepChange', async () => {
    const page = await openApp();
    const steps = page.doc.querySelector('sg-what-to-expect')!;
    expect(testId(page, 'step')).to.equal('You are on step 1.');
    const next = await waitFor(() => shadow(steps)?.querySelector<HTMLButtonElement>('[part="next-button"]'), 'no Next button');
    next.click();
    await waitFor(() => testId(page, 'step') === 'You are on step 2.', 'the React state did not follow the step');
    // React passes the step back as a property; the element shows it.
    await waitFor(
      () => /^Step 2 of \d+$/.test(shadow(steps)!.querySelector('[part="step"]:not([hidden]) [part="step-count"]')?.textContent?.trim() ?? ''),
      'the element is not on step 2',
    );
  });
});
