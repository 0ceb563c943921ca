import { expect, waitUntil } from '@open-wc/testing';
import { openFrame } from '../helpers/frame.js';

// A charity's page with `default-src 'self'` and Trusted Types required: the
// one-file script must render every element with no policy violation (no
// inline styles, no eval, no HTML strings). `npm test` builds dist/ first.
describe('under a strict Content-Security-Policy with Trusted Types', () => {
  it('renders every element and breaks no rule', async () => {
    const frame = await openFrame({ src: '/__csp/page.html' });
    const win = frame.contentWindow as Window & { __violations: string[] };
    const doc = frame.contentDocument!;
    const shadow = (tag: string) => doc.querySelector(tag)?.shadowRoot;
    await waitUntil(() => shadow('sg-signpost')?.querySelector('a[href="tel:116123"]'), 'signpost did not render', { timeout: 5000 });
    await waitUntil(() => shadow('sg-group-finder')?.querySelector('[part="count"]'), 'finder did not render', { timeout: 5000 });
    await waitUntil(() => shadow('sg-benefits')?.querySelector('table'), 'benefits did not render', { timeout: 5000 });
    await waitUntil(() => shadow('sg-what-to-expect')?.querySelector('.section'), 'what-to-expect did not render', { timeout: 5000 });
    expect(shadow('sg-group-finder')!.querySelector('[part="count"]')!.textContent).to.equal('6 groups found');
    // Styles really applied (adopted stylesheets, not style attributes).
    const base = shadow('sg-signpost')!.querySelector('[part="base"]')!;
    expect(getComputedStyle(base).backgroundColor).to.equal('rgb(234, 242, 250)');
    expect(win.__violations).to.deep.equal([]);
    frame.remove();
  });

  it('reports a violation when one happens (the recorder works)', async () => {
    const frame = await openFrame({ src: '/__csp/page.html' });
    const win = frame.contentWindow as Window & { __violations: string[] };
    const el = frame.contentDocument!.createElement('div');
    try {
      el.innerHTML = '<b>not trusted</b>';
    } catch {
      // Trusted Types throws here; the violation event is what we check.
    }
    await waitUntil(() => win.__violations.length > 0, 'no violation recorded', { timeout: 2000 });
    expect(win.__violations.join(' ')).to.contain('require-trusted-types-for');
    frame.remove();
  });
});
