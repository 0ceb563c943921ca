import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/group-finder/group-finder.js';
import type { SgGroupFinder } from '../../src/components/group-finder/group-finder.component.js';
import { clearFeedStore } from '../../src/feed/store.js';

declare global {
  interface Window {
    __pwned?: number;
  }
}

// Feed strings are text, never markup, and only safe URL schemes reach the page.
describe('<sg-group-finder> with a hostile feed', () => {
  beforeEach(() => clearFeedStore());

  it('shows script-looking text as text, drops unsafe links, runs nothing, and still lists the good record', async () => {
    const el = await fixture<SgGroupFinder>(html`<sg-group-finder feed="/test/finder/fixtures/hostile.json" cache="off" geocoder="off" debug></sg-group-finder>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="count"]'), 'finder did not load');
    const root = el.shadowRoot!;
    expect(root.querySelector('[part="count"]')!.textContent).to.equal('1 group found');
    const name = root.querySelector('[part="result-name"]')!;
    expect(name.textContent).to.equal('<img src=x onerror="window.__pwned=1"> Evening group');
    (name as HTMLButtonElement).click();
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(root.querySelectorAll('img, script, svg, iframe, u, b').length).to.equal(0);
    const hrefs = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.filter((h) => /^\s*(javascript|data):/i.test(h))).to.deep.equal([]);
    expect(hrefs).to.include('mailto:a@example.org');
    expect(window.__pwned).to.equal(undefined);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    // The editor sees why the second record was left out.
    expect(root.querySelector('[part="editor-note"]')!.textContent).to.contain('x2');
  });
});
