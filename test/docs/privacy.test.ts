import { expect, html } from '@open-wc/testing';
import '../../src/components/signpost/signpost.js';
import '../../src/components/group-finder/group-finder.js';
import { clearFeedStore } from '../../src/feed/store.js';
import { mountRoot } from '../helpers/mount.js';
import { uid } from '../helpers/uid.js';
import { waitFor } from '../helpers/wait-for.js';

// docs/privacy.md says what the elements store in the browser. This does what
// a visitor does (the list loads, they search, they hide the crisis help) and
// checks that the browser holds exactly what the statement names, and nothing
// the visitor typed. Other test files share this origin's localStorage, so
// only keys added during the test are looked at.

const statement = await (await fetch('/docs/privacy.md')).text();
// Its own address (the server ignores the query): other test files on this origin keep copies of the plain one.
const FEED = `/test/finder/fixtures/groups.json?privacy-doc=${uid()}`;

const keysOf = (storage: Storage) => new Set(Array.from({ length: storage.length }, (_, i) => storage.key(i)!));

describe('docs/privacy.md is true', () => {
  beforeEach(() => {
    clearFeedStore();
    // A test file that ran earlier in this tab may have left the signpost dismissed.
    sessionStorage.removeItem('sg-signpost:dismissed');
  });

  it('stores only the feed copy and the session-only dismissal, under the names it gives, and nothing typed; no cookies', async () => {
    const localBefore = keysOf(localStorage);
    const sessionBefore = keysOf(sessionStorage);
    const url = location.href;
    const root = await mountRoot<HTMLDivElement>(html`<div>
      <sg-signpost dismissible></sg-signpost>
      <sg-group-finder feed=${FEED} geocoder="off"></sg-group-finder>
    </div>`);
    const finder = root.querySelector('sg-group-finder')!;
    await waitFor(() => finder.shadowRoot?.querySelector('[part="count"]'), 'the finder loaded');

    const input = finder.shadowRoot!.querySelector<HTMLInputElement>('[part="search-input"]')!;
    const searched = new Promise((resolve) => finder.addEventListener('sg-results', resolve, { once: true }));
    input.value = 'my private words';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await searched;

    const signpost = root.querySelector('sg-signpost')!;
    signpost.shadowRoot!.querySelector<HTMLButtonElement>('[part="dismiss-button"]')!.click();
    await waitFor(() => signpost.shadowRoot!.querySelector('[part="restore-button"]'), 'the help was hidden');

    const addedLocal = [...keysOf(localStorage)].filter((k) => !localBefore.has(k));
    const addedSession = [...keysOf(sessionStorage)].filter((k) => !sessionBefore.has(k));
    try {
      expect(addedLocal, 'one copy of the feed in localStorage').to.have.length(1);
      expect(addedLocal[0], 'named sg-feed: and the feed address as the page gives it').to.equal(`sg-feed:${FEED}`);
      expect(statement, 'the statement names the localStorage key').to.contain('`sg-feed:`');
      expect(addedSession).to.deep.equal(['sg-signpost:dismissed']);
      expect(statement, 'the statement names the sessionStorage key').to.contain(`\`${addedSession[0]}\``);

      for (const key of [...addedLocal, ...addedSession]) {
        const value = (localStorage.getItem(key) ?? '') + (sessionStorage.getItem(key) ?? '');
        expect(value, `${key} holds nothing the visitor typed`).not.to.contain('my private words');
      }
      expect(document.cookie, 'no cookies').to.equal('');
      expect(location.href, 'without sync-url the page address is untouched').to.equal(url);
    } finally {
      signpost.shadowRoot!.querySelector<HTMLButtonElement>('[part="restore-button"]')!.click();
      for (const key of addedLocal) localStorage.removeItem(key);
    }
    expect(sessionStorage.getItem('sg-signpost:dismissed'), 'showing the help again forgets the choice').to.equal(null);
  });

  it('cache="off", as the statement says, keeps no copy of the feed', async () => {
    const before = keysOf(localStorage);
    const root = await mountRoot<HTMLDivElement>(html`<div><sg-group-finder feed=${FEED} cache="off" geocoder="off"></sg-group-finder></div>`);
    const finder = root.querySelector('sg-group-finder')!;
    await waitFor(() => finder.shadowRoot?.querySelector('[part="count"]'), 'the finder loaded');
    expect(statement).to.contain('`cache="off"`');
    expect([...keysOf(localStorage)].filter((k) => !before.has(k) && k.startsWith('sg-feed:'))).to.deep.equal([]);
  });

  it('geocoder="off", as the statement says, removes the postcode box', async () => {
    const root = await mountRoot<HTMLDivElement>(html`<div><sg-group-finder feed=${FEED} cache="off" geocoder="off"></sg-group-finder></div>`);
    const finder = root.querySelector('sg-group-finder')!;
    await waitFor(() => finder.shadowRoot?.querySelector('[part="count"]'), 'the finder loaded');
    expect(statement).to.contain('`geocoder="off"`');
    expect(finder.shadowRoot!.querySelector('[part="where-input"]')).to.equal(null);
  });
});
