import { expect } from '@open-wc/testing';
import { axeViolations, finderCount, openExample, resultNames, shadow, textOf, typeInto } from './frame.js';
import { waitFor } from '../helpers/wait-for.js';

// examples/plain-html: the one-file script and the four elements in a plain
// page, on the sample feed. `npm test` builds dist/ before the browser tests.
describe('examples/plain-html', () => {
  before(async () => {
    const response = await fetch('/dist/support-group-widgets.js', { method: 'HEAD' });
    if (!response.ok) throw new Error('dist/support-group-widgets.js is missing: run `npm run build` first (npm test does).');
  });

  it('shows crisis help, groups from the feed, the benefits and the first-group steps', async function () {
    // axe over four elements on a shared two-core machine can take several seconds.
    this.timeout(30000);
    const page = await openExample('/examples/plain-html/index.html');
    const { doc } = page;
    const signpost = doc.querySelector('sg-signpost')!;
    const samaritans = await waitFor(() => shadow(signpost)?.querySelector<HTMLAnchorElement>('a[href="tel:116123"]'), 'no Samaritans link');
    expect(samaritans.textContent).to.contain('116 123');
    expect(textOf(signpost)).to.contain('999');

    const finder = doc.querySelector('sg-group-finder')!;
    const count = await waitFor(() => /^(\d+) groups found$/.exec(finderCount(finder)), 'the finder did not list the feed');
    const total = Number(count[1]);
    expect(total).to.be.greaterThan(10);
    // The feed's own signposting reached the signpost through <sg-feed>.
    await waitFor(() => textOf(signpost).includes('Example Listening Line'), 'feed contacts did not reach the signpost');

    const benefits = doc.querySelector('sg-benefits')!;
    await waitFor(() => shadow(benefits)?.querySelector('[part="section"]'), 'benefits did not render');
    expect(textOf(benefits)).to.match(/therapy/i);
    const steps = doc.querySelector('sg-what-to-expect')!;
    await waitFor(() => shadow(steps)?.querySelector('[part="step-count"]'), 'what-to-expect did not render');
    expect(shadow(steps)!.querySelector('[part="step"]:not([hidden]) [part="step-count"]')!.textContent!.trim()).to.match(/^Step 1 of \d+$/);

    expect(page.errors).to.deep.equal([]);
    expect(await axeViolations(page, [signpost, finder, benefits, steps])).to.deep.equal([]);
  });

  it('finds groups as the visitor types in the finder', async () => {
    const page = await openExample('/examples/plain-html/index.html');
    const finder = page.doc.querySelector('sg-group-finder')!;
    const before = Number(/^(\d+)/.exec(await waitFor(() => finderCount(finder), 'the finder did not load'))![1]);
    await typeInto(shadow(finder)!.querySelector<HTMLInputElement>('[part="search-input"]')!, 'bipolar');
    const after = await waitFor(() => {
      const n = Number(/^(\d+)/.exec(finderCount(finder))?.[1]);
      return n > 0 && n < before ? n : undefined;
    }, 'the results did not narrow');
    const names = resultNames(finder);
    expect(names).to.have.length(after);
    expect(names).to.include('Bristol Bipolar Peer Support');
    expect(page.errors).to.deep.equal([]);
  });
});

describe('the example pages\' axe check', () => {
  it('reports a real problem (so a clean result means something)', async () => {
    const page = await openExample('/examples/plain-html/index.html');
    const broken = page.doc.createElement('div');
    broken.append(page.doc.createElement('button'), Object.assign(page.doc.createElement('img'), { src: 'data:,' }));
    page.doc.body.append(broken);
    const found = await axeViolations(page, [broken]);
    expect(found.join(' ')).to.contain('button-name').and.contain('image-alt');
  });
});
