import { expect } from '@open-wc/testing';
import { axeViolations, finderCount, openExample, resultNames, shadow, textOf, typeInto, type ExampleFrame } from './frame.js';
import { waitFor } from '../helpers/wait-for.js';

// examples/cms: the script is loaded once in the head; a page builder writes
// the blocks in after load, and the editor's buttons replace, move, remove
// and re-add them. Every element must upgrade and work each time.
const button = (page: ExampleFrame, id: string) => page.doc.getElementById(id) as HTMLButtonElement;
const helpLink = (page: ExampleFrame) => shadow(page.doc.querySelector('sg-signpost'))?.querySelector<HTMLAnchorElement>('a[href="tel:116123"]');

async function blocksLoaded(page: ExampleFrame): Promise<void> {
  await waitFor(() => page.doc.querySelector('sg-group-finder'), 'the page builder added no blocks');
  await waitFor(() => /^\d+ groups found$/.test(finderCount(page.doc.querySelector('sg-group-finder')!)), 'the finder did not load');
  await waitFor(() => helpLink(page), 'the help block shows no Samaritans link');
}

/** After a move the finder renders again; wait until it shows results again. */
async function settled(finder: Element): Promise<void> {
  await (finder as Element & { updateComplete: Promise<unknown> }).updateComplete;
  await waitFor(() => finderCount(finder), 'the finder shows no results after the move');
}

describe('examples/cms', () => {
  before(async () => {
    const response = await fetch('/dist/support-group-widgets.js', { method: 'HEAD' });
    if (!response.ok) throw new Error('dist/support-group-widgets.js is missing: run `npm run build` first (npm test does).');
  });

  it('upgrades blocks written in after load, with crisis numbers, and axe finds nothing', async function () {
    // axe over four elements on a shared two-core machine can take several seconds.
    this.timeout(30000);
    const page = await openExample('/examples/cms/index.html');
    // Nothing is there until the builder writes it in.
    expect(page.doc.querySelector('sg-group-finder')).to.equal(null);
    await blocksLoaded(page);
    const signpost = page.doc.querySelector('sg-signpost')!;
    expect(helpLink(page)!.textContent).to.contain('116 123');
    expect(textOf(signpost)).to.contain('999');
    const steps = page.doc.querySelector('sg-what-to-expect')!;
    const benefits = page.doc.querySelector('sg-benefits')!;
    await waitFor(() => shadow(steps)?.querySelector('[part="step-count"]'), 'what-to-expect did not render');
    await waitFor(() => shadow(benefits)?.querySelector('[part="section"]'), 'benefits did not render');
    const finder = page.doc.querySelector('sg-group-finder')!;
    expect(await axeViolations(page, [signpost, finder, steps, benefits])).to.deep.equal([]);
    expect(page.errors).to.deep.equal([]);
  });

  it('keeps the finder working, and the visitor\'s search, after it is moved to the sidebar and back', async () => {
    const page = await openExample('/examples/cms/index.html');
    await blocksLoaded(page);
    const finder = page.doc.querySelector('sg-group-finder')!;
    const all = finderCount(finder);
    const searchBox = () => shadow(finder)!.querySelector<HTMLInputElement>('[part="search-input"]')!;

    button(page, 'move-finder').click();
    expect(page.doc.getElementById('sidebar')!.contains(finder)).to.equal(true);
    await settled(finder);
    await typeInto(searchBox(), 'bipolar');
    await waitFor(() => resultNames(finder).includes('Bristol Bipolar Peer Support') && finderCount(finder) !== all, 'no search results in the sidebar');
    const narrowed = finderCount(finder);

    button(page, 'move-finder').click();
    expect(page.doc.getElementById('main-column')!.contains(finder)).to.equal(true);
    await settled(finder);
    expect(searchBox().value).to.equal('bipolar');
    expect(finderCount(finder)).to.equal(narrowed);
    // It still answers the visitor: a new search.
    searchBox().select();
    await typeInto(searchBox(), 'carers');
    await waitFor(() => resultNames(finder).some((n) => /carers/i.test(n)) && !resultNames(finder).includes('Bristol Bipolar Peer Support'), 'the finder stopped searching after the move');
    expect(page.errors).to.deep.equal([]);
  });

  it('shows the crisis numbers again when the help block is removed and put back', async () => {
    const page = await openExample('/examples/cms/index.html');
    await blocksLoaded(page);
    const signpost = page.doc.querySelector('sg-signpost')!;
    button(page, 'toggle-help').click();
    expect(signpost.isConnected).to.equal(false);
    expect(page.doc.querySelector('sg-signpost')).to.equal(null);
    button(page, 'toggle-help').click();
    expect(page.doc.querySelector('sg-signpost')).to.equal(signpost);
    const link = await waitFor(() => helpLink(page), 'no Samaritans link after re-adding');
    expect(link.textContent).to.contain('116 123');
    expect(page.errors).to.deep.equal([]);
  });

  it('upgrades fresh copies each time the builder writes the blocks again', async () => {
    const page = await openExample('/examples/cms/index.html');
    await blocksLoaded(page);
    let previous = page.doc.querySelector('sg-group-finder')!;
    const firstCount = finderCount(previous);
    for (let round = 2; round <= 3; round++) {
      button(page, 'reload-blocks').click();
      expect(page.doc.getElementById('builder-status')!.textContent).to.equal(`Blocks loaded (${round}).`);
      const finder = page.doc.querySelector('sg-group-finder')!;
      expect(finder).not.to.equal(previous);
      expect(previous.isConnected).to.equal(false);
      await blocksLoaded(page);
      expect(finderCount(finder)).to.equal(firstCount);
      expect(page.doc.querySelectorAll('sg-group-finder, sg-signpost, sg-benefits, sg-what-to-expect')).to.have.length(4);
      previous = finder;
    }
    expect(page.errors).to.deep.equal([]);
  });
});
