import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/group-finder/group-finder.js';
import type { SgGroupFinder } from '../../src/components/group-finder/group-finder.component.js';
import { clearFeedStore } from '../../src/feed/store.js';
import { intlLocale } from '../../src/i18n/registry.js';

// A page that says only lang="en" (WordPress and many UK sites do) gets the
// British English the widgets are written in, not Intl's American default.
const FEED = '/test/finder/fixtures/groups.json';

async function openLeeds(lang: string): Promise<string> {
  const el = await fixture<SgGroupFinder>(html`<sg-group-finder lang=${lang} feed=${FEED} cache="off" geocoder="off"></sg-group-finder>`);
  const root = el.shadowRoot!;
  await waitUntil(() => root.querySelector('[part="count"]'), 'finder did not load', { timeout: 5000 });
  [...root.querySelectorAll<HTMLButtonElement>('[part="result-name"]')].find((b) => b.textContent!.includes('Leeds Anxiety'))!.click();
  await el.updateComplete;
  const hint = [...root.querySelectorAll('p')].find((p) => /checked on/i.test(p.textContent ?? ''));
  return hint?.textContent?.trim() ?? '';
}

describe('dates for a page in English', () => {
  beforeEach(() => clearFeedStore());

  it('reads bare en as British English for Intl, and leaves other tags alone', () => {
    expect(intlLocale('en')).to.equal('en-GB');
    expect(intlLocale('EN')).to.equal('en-GB');
    expect(intlLocale('')).to.equal('en-GB');
    expect(intlLocale('en-US')).to.equal('en-US');
    expect(intlLocale('cy')).to.equal('cy');
  });

  it('writes the checked date day first for lang="en"', async () => {
    expect(await openLeeds('en')).to.equal('Details checked on 1 October 2026');
  });

  it('keeps the American form for a page that asks for en-US', async () => {
    expect(await openLeeds('en-US')).to.equal('Details checked on October 1, 2026');
  });
});
