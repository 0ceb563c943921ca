// Privacy, as a visitor uses all four elements: every request the page makes
// goes to the page's own origin or the feed's, until the visitor submits a
// postcode; then the one new origin is the configured geocoder. No cookies;
// storage holds the feed copy and the signpost's session-only "hidden" flag,
// and nothing the visitor typed.
//
// The recorder is imported first, and the elements only in before(), so it
// sees everything they do from the moment they load.
import { originsSince, outside, requestsSince } from './recorder.js';
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { mount } from '../helpers/mount.js';
import { uid } from '../helpers/uid.js';

interface Origins {
  readonly feed: string;
  readonly geocoder: string;
  readonly elsewhere: string;
}
interface Logged {
  readonly path: string;
  readonly cookie: string | null;
  readonly referer: string | null;
}

const PAGE = location.origin;
/** Typed by the visitor and found nowhere in the feed, so finding them in storage means they were stored. */
const SEARCH_TEXT = 'qwertyzz';
const POSTCODE = 'LS1 4AP';

const json = async <T>(url: string): Promise<T> => (await fetch(url)).json() as Promise<T>;
const origins = (): Promise<Origins> => json<Origins>('/__privacy/origins');
const serverLog = (server: keyof Origins, id: string): Promise<Logged[]> => json<Logged[]>(`/__privacy/log?server=${server}&id=${id}`);
const settle = (ms = 300): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

type Lit = HTMLElement & { updateComplete: Promise<unknown> };
const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T | null => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const count = (finder: Element): string | undefined => $(finder, '[part="count"]')?.textContent?.trim();
const byText = <T extends HTMLElement>(el: Element, selector: string, text: string): T => {
  const found = $$<T>(el, selector).find((e) => e.textContent!.includes(text));
  if (!found) throw new Error(`no ${selector} with “${text}”`);
  return found;
};

function snapshot(storage: Storage): Map<string, string> {
  const map = new Map<string, string>();
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i)!;
    map.set(key, storage.getItem(key)!);
  }
  return map;
}

/** Keys added or changed since `before` (localStorage is shared with test files running beside this one). */
function changedKeys(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...after].filter(([key, value]) => before.get(key) !== value).map(([key]) => key);
}

async function typeInto(finder: Lit, input: HTMLInputElement, text: string): Promise<void> {
  input.focus();
  input.select();
  await sendKeys({ type: text });
  await finder.updateComplete;
}

async function clearInput(finder: Lit, input: HTMLInputElement): Promise<void> {
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  await finder.updateComplete;
}

before(async () => {
  await import('../../src/index.js');
});

describe('privacy: the request recorder', () => {
  it('sees requests to another origin however they are made (self-test)', async () => {
    const { elsewhere } = await origins();
    const id = uid();
    const since = performance.now();
    await (await fetch(`${elsewhere}/${id}/by-fetch`)).text();
    // Chromium adds a fetch to Resource Timing only once its body has been
    // read: one whose body is never read is seen by the wrapper alone.
    await fetch(`${elsewhere}/${id}/by-fetch-unread`);
    const xhr = new XMLHttpRequest();
    xhr.open('GET', `${elsewhere}/${id}/by-xhr`);
    const xhrDone = new Promise((resolve) => (xhr.onloadend = resolve));
    xhr.send();
    await xhrDone;
    navigator.sendBeacon(`${elsewhere}/${id}/by-beacon`, 'x');
    const img = document.createElement('img');
    const loaded = new Promise((resolve) => (img.onload = img.onerror = resolve));
    img.src = `${elsewhere}/${id}/by-image.gif`;
    await loaded;
    // Markup alone, set by no wrapped API: only Resource Timing can see this one.
    const holder = document.createElement('div');
    holder.innerHTML = `<img alt="" src="${elsewhere}/${id}/by-markup.gif">`;
    document.body.append(holder);
    await waitUntil(() => requestsSince(since).some((s) => s.url.endsWith('by-markup.gif')), 'markup image not seen', { timeout: 3000 });
    for (const end of ['by-fetch', 'by-xhr', 'by-beacon', 'by-image.gif']) {
      await waitUntil(() => requestsSince(since).some((s) => s.url.endsWith(end) && s.how.startsWith('resource:')), `${end} not in Resource Timing`, {
        timeout: 3000,
      });
    }
    holder.remove();

    const ways = (end: string): string[] => requestsSince(since).filter((s) => s.url.endsWith(end)).map((s) => s.how);
    // Resource Timing alone sees every one of them, as well as the wrappers.
    expect(ways('by-fetch')).to.include.members(['fetch', 'resource:fetch']);
    expect(ways('by-fetch-unread')).to.include('fetch');
    expect(ways('by-xhr')).to.include.members(['xhr', 'resource:xmlhttprequest']);
    expect(ways('by-beacon')).to.include.members(['beacon', 'resource:beacon']);
    expect(ways('by-image.gif')).to.include.members(['image', 'resource:img']);
    expect(ways('by-markup.gif')).to.deep.equal(['resource:img']);
    expect(new Set(outside([PAGE], since).map((line) => line.split('/').pop()))).to.have.length(6);
    expect([...originsSince(since)]).to.include(elsewhere);
    // And the far end agrees.
    expect((await serverLog('elsewhere', id)).map((l) => l.path.split('/').pop())).to.have.members([
      'by-fetch',
      'by-fetch-unread',
      'by-xhr',
      'by-beacon',
      'by-image.gif',
      'by-markup.gif',
    ]);
  });
});

describe('privacy: a visitor using all four elements', function () {
  this.timeout(30000);
  // The visit hides the signpost; a later test file in this tab must find it showing.
  afterEach(() => sessionStorage.removeItem('sg-signpost:dismissed'));

  for (const wiring of ['own', 'sg-feed'] as const) {
    it(`${wiring === 'own' ? 'each element naming the feed' : 'inside <sg-feed>'}: contacts only the page and the feed until a postcode is submitted, then only the geocoder; stores nothing typed`, async () => {
      const { feed: feedOrigin, geocoder: geoOrigin } = await origins();
      const id = uid();
      const FEED = `${feedOrigin}/${id}/groups.json`;
      const GEO = `${geoOrigin}/${id}`;
      const feedText = await (await fetch('/test/finder/fixtures/groups.json')).text();
      expect(feedText).not.to.contain(SEARCH_TEXT);
      expect(feedText.replace(/\s/g, '')).not.to.contain(POSTCODE.replace(/\s/g, ''));
      sessionStorage.clear();
      const localBefore = snapshot(localStorage);
      const databasesBefore = (await indexedDB.databases()).map((d) => d.name);
      const cachesBefore = await caches.keys();
      const cookieBefore = document.cookie;

      const since = performance.now();
      const host = await mount(
        wiring === 'own'
          ? html`
              <sg-signpost dismissible feed=${FEED}></sg-signpost>
              <main>
                <sg-benefits feed=${FEED}></sg-benefits>
                <sg-what-to-expect feed=${FEED}></sg-what-to-expect>
                <sg-group-finder feed=${FEED} geocoder=${GEO}></sg-group-finder>
              </main>
            `
          : html`
              <sg-feed src=${FEED}>
                <sg-signpost dismissible></sg-signpost>
                <main>
                  <sg-benefits></sg-benefits>
                  <sg-what-to-expect></sg-what-to-expect>
                  <sg-group-finder geocoder=${GEO}></sg-group-finder>
                </main>
              </sg-feed>
            `,
      );
      const signpost = host.querySelector<Lit>('sg-signpost')!;
      const steps = host.querySelector<Lit>('sg-what-to-expect')!;
      const finder = host.querySelector<Lit>('sg-group-finder')!;
      await waitUntil(() => count(finder) === '6 groups found', 'the finder did not load the feed', { timeout: 8000 });

      // Search, with nothing found, then something found.
      const search = $<HTMLInputElement>(finder, '[part="search-input"]')!;
      await typeInto(finder, search, SEARCH_TEXT);
      await waitUntil(() => $(finder, '[part="no-results"]'), 'no “nothing found” for nonsense');
      await clearInput(finder, search);
      await typeInto(finder, search, 'leeds');
      await waitUntil(() => count(finder) === '2 groups found', 'searching “leeds” did not find the two Leeds groups');
      await clearInput(finder, search);
      await waitUntil(() => count(finder) === '6 groups found');

      // Filter, then remove the filter with its chip; sort A to Z.
      byText<HTMLElement>(finder, '[part="filter-option"]', 'Anxiety').querySelector('input')!.click();
      await waitUntil(() => count(finder) === '3 groups found', 'the Anxiety filter did not narrow the list');
      $<HTMLButtonElement>(finder, '[part="chip"]')!.click();
      await waitUntil(() => count(finder) === '6 groups found');
      const sort = $<HTMLSelectElement>(finder, '[part="sort-select"]')!;
      sort.value = 'az';
      sort.dispatchEvent(new Event('change'));
      await finder.updateComplete;

      // Open a group; add it to a calendar (a file made in the browser); share it (copied, no share sheet here).
      byText<HTMLButtonElement>(finder, '[part="result-name"]', 'Leeds Anxiety Circle').click();
      await waitUntil(() => $(finder, '[part="details"]'), 'the group did not open');
      let calendarHref = '';
      const keepDownload = (event: Event): void => {
        const link = event.composedPath()[0];
        if (link instanceof HTMLAnchorElement && link.download) {
          calendarHref = link.href;
          event.preventDefault();
        }
      };
      finder.shadowRoot!.addEventListener('click', keepDownload, true);
      const calendar = oneEvent(finder, 'sg-calendar');
      byText<HTMLButtonElement>(finder, '[part="action"]', 'Add to calendar').click();
      await calendar;
      finder.shadowRoot!.removeEventListener('click', keepDownload, true);
      expect(calendarHref).to.match(/^blob:/);

      const share = Object.getOwnPropertyDescriptor(navigator, 'share');
      const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
      const copied: string[] = [];
      Object.defineProperty(navigator, 'share', { configurable: true, value: undefined });
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void copied.push(t) } });
      try {
        const shared = oneEvent(finder, 'sg-share');
        byText<HTMLButtonElement>(finder, '[part="action"]', 'Share this group').click();
        await shared;
        expect(copied).to.have.length(1);
      } finally {
        delete (navigator as unknown as Record<string, unknown>).clipboard;
        Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
        if (share) Object.defineProperty(navigator, 'share', share);
        else delete (navigator as unknown as Record<string, unknown>).share;
      }
      $<HTMLButtonElement>(finder, '[part="back-button"]')!.click();
      await waitUntil(() => count(finder) === '6 groups found', 'Back did not return to the list');

      // "Use my location": the browser is asked; the position stays in the page.
      const geolocation = Object.getOwnPropertyDescriptor(Navigator.prototype, 'geolocation')!;
      Object.defineProperty(navigator, 'geolocation', {
        configurable: true,
        value: {
          getCurrentPosition: (ok: PositionCallback) => ok({ coords: { latitude: 53.959, longitude: -1.0815, accuracy: 10 } } as GeolocationPosition),
        },
      });
      try {
        $<HTMLButtonElement>(finder, '[part="locate-button"]')!.click();
        await waitUntil(() => $(finder, '[part="radius-select"]'), 'Use my location set no place');
      } finally {
        delete (navigator as unknown as Record<string, unknown>).geolocation;
        Object.defineProperty(Navigator.prototype, 'geolocation', geolocation);
      }
      $<HTMLButtonElement>(finder, '[part="clear-place"]')!.click();
      await waitUntil(() => !$(finder, '[part="radius-select"]'), 'Clear place did not clear');

      // What to expect: step through, then "help right now" moves to the signpost.
      $<HTMLButtonElement>(steps, '[part="next-button"]')!.click();
      await steps.updateComplete;
      $<HTMLButtonElement>(steps, '[part="next-button"]')!.click();
      await steps.updateComplete;
      $<HTMLButtonElement>(steps, '[part="back-button"]')!.click();
      await steps.updateComplete;
      expect($(steps, '[part="step"]:not([hidden]) [part="step-count"]')?.textContent).to.match(/^Step 2 of/);
      $<HTMLButtonElement>(steps, '[part="help-now-button"]')!.click();
      for (let i = 0; i < 20 && $(steps, '[part="next-button"]'); i++) {
        $<HTMLButtonElement>(steps, '[part="next-button"]')!.click();
        await steps.updateComplete;
      }
      // The last step ends with "Find a group", which moves to the finder.
      $<HTMLButtonElement>(steps, '[part="cta"]')!.click();

      // The signpost: more places to get help, then hide it.
      $<HTMLButtonElement>(signpost, '[part="more-button"]')!.click();
      await signpost.updateComplete;
      expect($(signpost, '[part="more-panel"]')!.hidden).to.equal(false);
      $<HTMLButtonElement>(signpost, '[part="dismiss-button"]')!.click();
      await signpost.updateComplete;
      expect($(signpost, '[part="restore-button"]')).to.exist;

      await settle();
      expect(outside([PAGE, feedOrigin], since), 'requests beyond the page and the feed before any postcode').to.deep.equal([]);
      expect([...originsSince(since)], 'the recorder saw the feed request').to.include(feedOrigin);
      expect(await serverLog('geocoder', id), 'the geocoder heard from the page before a postcode').to.deep.equal([]);
      const feedRequests = await serverLog('feed', id);
      expect(feedRequests.map((r) => r.path), 'four elements, one feed request').to.deep.equal([`/${id}/groups.json`]);
      expect(feedRequests[0]!.cookie).to.equal(null);
      // The browser's default policy: the feed's host may learn which site asked, never the page's path or query.
      expect([null, `${PAGE}/`]).to.include(feedRequests[0]!.referer);

      // Now the visitor asks for distances from a postcode.
      const beforePostcode = performance.now();
      const originsBefore = originsSince(since);
      await typeInto(finder, $<HTMLInputElement>(finder, '[part="where-input"]')!, POSTCODE);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(finder, '[part="radius-select"]'), 'the postcode was not used', { timeout: 5000 });
      await settle();
      const newOrigins = [...originsSince(beforePostcode)].filter((o) => !originsBefore.has(o));
      expect(newOrigins, 'new origins after the postcode').to.deep.equal([geoOrigin]);
      expect(outside([PAGE, feedOrigin, geoOrigin], since)).to.deep.equal([]);
      const lookups = await serverLog('geocoder', id);
      expect(lookups.map((l) => l.path)).to.deep.equal([`/${id}/postcodes/LS14AP`]);
      expect(lookups[0]!.cookie, 'cookie sent to the geocoder').to.equal(null);
      expect(lookups[0]!.referer, 'referrer sent to the geocoder').to.equal(null);

      // What the browser holds now.
      expect(document.cookie).to.equal(cookieBefore);
      expect(document.cookie).to.equal('');
      const localAfter = snapshot(localStorage);
      // Other test files share this origin's localStorage while they run, and keep feed copies too.
      const changed = changedKeys(localBefore, localAfter);
      expect(changed.filter((key) => key.includes(id)), 'what this visit saved').to.deep.equal([`sg-feed:${FEED}`]);
      for (const key of changed) expect(key, 'a localStorage key that is not a feed copy').to.match(/^sg-feed:/);
      const copy = JSON.parse(localAfter.get(`sg-feed:${FEED}`)!) as Record<string, unknown>;
      expect(Object.keys(copy)).to.satisfy((keys: string[]) => keys.every((k) => ['text', 'contentType', 'etag', 'lastModified', 'fetchedAt'].includes(k)));
      expect(copy.text).to.equal(feedText);
      expect(Object.fromEntries(snapshot(sessionStorage)), 'sessionStorage').to.deep.equal({ 'sg-signpost:dismissed': '1' });
      expect((await indexedDB.databases()).map((d) => d.name), 'IndexedDB').to.deep.equal(databasesBefore);
      expect(await caches.keys(), 'Cache Storage').to.deep.equal(cachesBefore);
      // Other test files' feed copies (same origin, running at the same time) hold feed data that may
      // mention the same postcode; what this visit could have written is its own copy and any key that
      // is not a feed copy (none, as checked above).
      const ours = [...localAfter].filter(([key]) => key.includes(id) || !key.startsWith('sg-feed:')).map(([, value]) => value);
      const everything = [...ours, ...snapshot(sessionStorage).values(), document.cookie, location.href].join('\n').toLowerCase();
      for (const typed of [SEARCH_TEXT, POSTCODE.toLowerCase(), POSTCODE.replace(' ', '').toLowerCase()]) {
        expect(everything, `“${typed}” was stored`).not.to.contain(typed);
      }
      host.remove();
    });
  }
});
