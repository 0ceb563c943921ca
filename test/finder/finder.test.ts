import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { mountRoot } from '../helpers/mount.js';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/group-finder/group-finder.js';
import '../../src/components/feed/feed.js';
import type { SgGroupFinder } from '../../src/components/group-finder/group-finder.component.js';
import { clearFeedStore } from '../../src/feed/store.js';

const FEED = '/test/finder/fixtures/groups.json';
const GEO = '/__finder/geo';

const root = (el: SgGroupFinder) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: SgGroupFinder, selector: string) => root(el).querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: SgGroupFinder, selector: string) => [...root(el).querySelectorAll<T>(selector)];
const names = (el: SgGroupFinder) => $$(el, '[part="result-name"]').map((b) => b.textContent!.trim());
const count = (el: SgGroupFinder) => $(el, '[part="count"]')?.textContent?.trim();
const status = (el: SgGroupFinder) => $(el, '[role="status"][aria-live="polite"]')?.textContent?.trim();

async function ready(el: SgGroupFinder): Promise<SgGroupFinder> {
  await waitUntil(() => $(el, '[part="count"]') || $(el, '[part="error"]'), 'finder did not load', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

async function finder(template = html`<sg-group-finder feed=${FEED} cache="off" geocoder=${GEO}></sg-group-finder>`) {
  const el = await fixture<SgGroupFinder>(template);
  return ready(el);
}

function checkbox(el: SgGroupFinder, label: RegExp): HTMLInputElement {
  const option = $$(el, '[part="filter-option"]').find((o) => label.test((o.textContent ?? '').trim()));
  if (!option) throw new Error(`no filter option ${label}`);
  return option.querySelector('input')!;
}

async function typeInto(el: SgGroupFinder, input: HTMLInputElement, text: string): Promise<void> {
  input.focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

describe('<sg-group-finder>', () => {
  beforeEach(() => {
    clearFeedStore();
    sessionStorage.clear();
  });

  it('shows the filters open beside the results on a wide screen, with no toggle', async () => {
    await setViewport({ width: 1200, height: 800 });
    try {
      const el = await finder();
      expect($(el, '[part="filters"]')!.checkVisibility()).to.equal(true);
      expect($(el, '[part="filters-toggle"]')!.checkVisibility()).to.equal(false);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('lists every active group from its feed, with the count', async () => {
    const el = await finder();
    expect(count(el)).to.equal('6 groups found');
    expect(names(el)).to.have.length(6);
    await expect(el).to.be.accessible();
  });

  it('labels a hybrid group "In person and online", never just "Online"', async () => {
    const el = await finder();
    const carers = $$(el, '[part="result"]').find((r) => r.textContent!.includes('Carers Together Leeds'))!;
    expect(carers.querySelector('[part="result-meta"]')!.textContent).to.contain('In person and online');
  });

  it('finds groups as the visitor types, accent- and case-insensitively, and announces the count once typing settles', async () => {
    const el = await finder();
    const input = $<HTMLInputElement>(el, '[part="search-input"]')!;
    const results = oneEvent(el, 'sg-results');
    await typeInto(el, input, 'cafe');
    expect(names(el)).to.deep.equal(["York Men's Café"]);
    expect(status(el)).to.equal('');
    const event = await results;
    expect(event.detail).to.deep.equal({ total: 1, query: 'cafe' });
    await el.updateComplete;
    expect(status(el)).to.equal('1 group found');
  });

  it('narrows by topic with live counts, and a chip removes the filter again', async () => {
    const el = await finder();
    const anxiety = checkbox(el, /^Anxiety/);
    expect(anxiety.labels![0]!.textContent).to.equal('Anxiety (3)');
    anxiety.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(count(el)).to.equal('3 groups found');
    // Counts for other values of the same facet still show what choosing them would add.
    expect(checkbox(el, /^Depression/).labels![0]!.textContent).to.equal('Depression (3)');
    const chip = $<HTMLButtonElement>(el, '[part="chip"]')!;
    expect(chip.getAttribute('aria-label')).to.equal('Remove filter: Anxiety');
    await expect(el).to.be.accessible();
    chip.click();
    await el.updateComplete;
    expect(count(el)).to.equal('6 groups found');
  });

  it('clears every filter at once and puts focus back in the search box', async () => {
    const el = await finder();
    checkbox(el, /^Anxiety/).click();
    checkbox(el, /^Free groups only/).click();
    await el.updateComplete;
    expect(count(el)).to.equal('2 groups found');
    $<HTMLButtonElement>(el, '[part="clear-button"]')!.click();
    await el.updateComplete;
    expect(count(el)).to.equal('6 groups found');
    expect(root(el).activeElement).to.equal($(el, '[part="search-input"]'));
  });

  it('sorts A to Z', async () => {
    const el = await finder();
    const select = $<HTMLSelectElement>(el, '[part="sort-select"]')!;
    select.value = 'az';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(names(el)).to.deep.equal([
      'Bereavement Phone Circle',
      'Carers Together Leeds',
      'Evening Depression Support Online',
      'Grŵp Cefnogi Caerdydd',
      'Leeds Anxiety Circle',
      "York Men's Café",
    ]);
  });

  describe('where', () => {
    it('sends nothing to the geocoder until the visitor submits a postcode, then shows distances and offers nearest', async () => {
      await fetch(`${GEO}/reset`);
      const el = await finder();
      const calls = async () => (await (await fetch(`${GEO}/calls`)).json()) as string[];
      expect(await calls()).to.deep.equal([]);
      const where = $<HTMLInputElement>(el, '[part="where-input"]')!;
      await typeInto(el, where, 'ls1 4ap');
      expect(await calls()).to.deep.equal([]);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '[part="radius-select"]'), 'no place', { timeout: 3000 });
      expect((await calls()).length).to.equal(1);
      expect((await calls())[0]).to.match(/LS1.?4AP/i);
      const leeds = $$(el, '[part="result"]').find((r) => r.textContent!.includes('Leeds Anxiety Circle'))!;
      expect(leeds.textContent).to.match(/\d(\.\d)? miles? away/);
      const sort = $<HTMLSelectElement>(el, '[part="sort-select"]')!;
      expect([...sort.options].map((o) => o.value)).to.include('nearest');
      await expect(el).to.be.accessible();
    });

    it('limits to a radius, and suggests a wider area when nothing is close', async () => {
      const el = await finder();
      await typeInto(el, $<HTMLInputElement>(el, '[part="where-input"]')!, 'LS1 4AP');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '[part="radius-select"]'));
      const radius = $<HTMLSelectElement>(el, '[part="radius-select"]')!;
      radius.value = '1';
      radius.dispatchEvent(new Event('change'));
      await el.updateComplete;
      const inPerson = names(el).filter((n) => !/Online|Phone/.test(n));
      expect(inPerson).to.include.members(['Leeds Anxiety Circle', 'Carers Together Leeds']);
      expect(names(el)).not.to.include("York Men's Café");
      expect(names(el)).not.to.include('Grŵp Cefnogi Caerdydd');
    });

    it('says so in words when a postcode is not found', async () => {
      const el = await finder();
      await typeInto(el, $<HTMLInputElement>(el, '[part="where-input"]')!, 'ZZ9 9ZZ');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '[part="message"][role="alert"]'));
      expect($(el, '[part="message"][role="alert"]')!.textContent).to.contain('We could not find “ZZ9 9ZZ”');
      expect(count(el)).to.equal('6 groups found');
    });

    it('hides the place box with geocoder="off"', async () => {
      const el = await finder(html`<sg-group-finder feed=${FEED} cache="off" geocoder="off"></sg-group-finder>`);
      expect($(el, '[part="where-input"]')).to.equal(null);
    });

    it('with an empty geocoder, shows no place box that could do nothing, and tells the editor', async () => {
      const warn = console.warn;
      const seen: string[] = [];
      console.warn = (...args: unknown[]) => seen.push(String(args[0]));
      try {
        const el = await finder(html`<sg-group-finder feed=${FEED} cache="off" geocoder=""></sg-group-finder>`);
        expect($(el, '[part="where-input"]')).to.equal(null);
        expect(seen.some((s) => s.includes('geocoder=""'))).to.equal(true);
      } finally {
        console.warn = warn;
      }
    });

    it('uses the browser location only when asked, and sorts nearest first', async () => {
      const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'geolocation')!;
      let asked = 0;
      Object.defineProperty(navigator, 'geolocation', {
        configurable: true,
        value: {
          getCurrentPosition(ok: PositionCallback) {
            asked += 1;
            ok({ coords: { latitude: 53.959, longitude: -1.0815, accuracy: 10 } } as GeolocationPosition);
          },
        },
      });
      try {
        const el = await finder();
        expect(asked).to.equal(0);
        $<HTMLButtonElement>(el, '[part="locate-button"]')!.click();
        await waitUntil(() => $(el, '[part="radius-select"]'));
        await el.updateComplete;
        expect(asked).to.equal(1);
        expect(names(el)[0]).to.equal("York Men's Café");
      } finally {
        delete (navigator as unknown as Record<string, unknown>).geolocation;
        Object.defineProperty(Navigator.prototype, 'geolocation', original);
      }
    });
  });

  describe('group details', () => {
    it('opens in place with focus on its heading, and Back returns focus to the group in the list', async () => {
      const el = await finder();
      const open = $$<HTMLButtonElement>(el, '[part="result-name"]').find((b) => b.textContent!.includes('Leeds Anxiety Circle'))!;
      open.focus();
      const opened = oneEvent(el, 'sg-group-open');
      await sendKeys({ press: 'Enter' });
      expect((await opened).detail).to.deep.equal({ id: 'leeds-anxiety' });
      await el.updateComplete;
      const heading = $(el, '[part="details-name"]')!;
      expect(heading.textContent).to.equal('Leeds Anxiety Circle');
      expect(root(el).activeElement).to.equal(heading);
      const text = $(el, '[part="details"]')!.textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain('Every Tuesday');
      expect(text).to.contain('Note: Not in August');
      expect(text).to.contain('Step-free access');
      expect(text).to.contain('Registered charity 1000001');
      expect($<HTMLAnchorElement>(el, 'a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:01134960001');
      expect($<HTMLAnchorElement>(el, 'a[href^="mailto:"]')!.getAttribute('href')).to.equal('mailto:anxiety@example.org');
      expect($<HTMLAnchorElement>(el, 'a[href*="openstreetmap.org"]')).to.exist;
      expect($$(el, '.dates li')).to.have.length(4);
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '[part="back-button"]')!.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(root(el).activeElement?.textContent).to.contain('Leeds Anxiety Circle');
    });

    it('offers a calendar file and tells the page', async () => {
      const el = await finder();
      $$<HTMLButtonElement>(el, '[part="result-name"]').find((b) => b.textContent!.includes('Leeds Anxiety'))!.click();
      await el.updateComplete;
      const calendar = $$<HTMLButtonElement>(el, '[part="action"]').find((b) => b.textContent!.includes('Add to calendar'))!;
      let downloaded: HTMLAnchorElement | undefined;
      const spy = (e: Event) => {
        const link = e.composedPath()[0];
        if (link instanceof HTMLAnchorElement && link.download) {
          downloaded = link;
          e.preventDefault();
        }
      };
      root(el).addEventListener('click', spy, true);
      setTimeout(() => calendar.click());
      const event = await oneEvent(el, 'sg-calendar');
      root(el).removeEventListener('click', spy, true);
      expect(event.detail).to.deep.equal({ id: 'leeds-anxiety' });
      expect(downloaded?.download).to.equal('leeds-anxiety.ics');
      const text = await (await fetch(downloaded!.href)).text();
      expect(text).to.contain('BEGIN:VCALENDAR');
      expect(text).to.contain('RRULE:FREQ=WEEKLY');
    });

    it('shares a link: copies it where the Web Share API is missing, says so, and tells the page', async () => {
      const el = await finder();
      $$<HTMLButtonElement>(el, '[part="result-name"]').find((b) => b.textContent!.includes('York'))!.click();
      await el.updateComplete;
      const copied: string[] = [];
      const share = Object.getOwnPropertyDescriptor(navigator, 'share');
      Object.defineProperty(navigator, 'share', { configurable: true, value: undefined });
      const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void copied.push(t) } });
      try {
        const button = $$<HTMLButtonElement>(el, '[part="action"]').find((b) => b.textContent!.includes('Share this group'))!;
        setTimeout(() => button.click());
        const event = await oneEvent(el, 'sg-share');
        expect(event.detail).to.deep.equal({ id: 'york-mens' });
        await el.updateComplete;
        expect(copied).to.deep.equal([location.href]);
        expect($(el, '[part="details"] [role="status"]')!.textContent).to.contain('Link copied');
      } finally {
        delete (navigator as unknown as Record<string, unknown>).clipboard;
        Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
        if (share) Object.defineProperty(navigator, 'share', share);
        else delete (navigator as unknown as Record<string, unknown>).share;
      }
    });

    it('shows a join link for an online group and no directions', async () => {
      const el = await finder();
      $$<HTMLButtonElement>(el, '[part="result-name"]').find((b) => b.textContent!.includes('Online'))!.click();
      await el.updateComplete;
      expect($<HTMLAnchorElement>(el, 'a[href="https://example.org/join/depression"]')!.textContent).to.contain('Join on Zoom');
      expect($(el, 'a[href*="openstreetmap.org"]')).to.equal(null);
    });
  });

  describe('states', () => {
    it('when nothing matches, says so and offers ways out, with crisis help', async () => {
      const el = await finder();
      await typeInto(el, $<HTMLInputElement>(el, '[part="search-input"]')!, 'zzzz');
      expect($(el, '[part="no-results"]')!.textContent).to.contain('No groups match your search');
      expect($(el, '[part="no-results"]')!.textContent).to.contain('Search for all groups');
      const signpost = $(el, 'sg-signpost')!;
      await (signpost as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(signpost.shadowRoot!.querySelector('a[href="tel:116123"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('when the feed fails, shows a plain message to screen readers, Try again, and crisis contacts', async () => {
      const el = await finder(html`<sg-group-finder feed="/__finder/feed-404.json" cache="off"></sg-group-finder>`);
      const error = $(el, '[part="error"]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent).to.contain('We could not load the groups just now');
      expect($(el, '[part="retry-button"]')).to.exist;
      const signpost = $(el, 'sg-signpost')!;
      await (signpost as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(signpost.shadowRoot!.querySelector('a[href="tel:116123"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('in debug mode, tells the editor which feed failed and why; visitors without debug see no such note', async () => {
      const plain = await finder(html`<sg-group-finder feed="/__finder/feed-404.json" cache="off"></sg-group-finder>`);
      expect([...plain.shadowRoot!.querySelectorAll('[part="editor-note"]')].map((n) => n.textContent).join('')).not.to.contain('could not be');
      const el = await finder(html`<sg-group-finder feed="/__finder/feed-404.json" cache="off" debug></sg-group-finder>`);
      const note = [...el.shadowRoot!.querySelectorAll('[part="editor-note"]')].find((n) => n.textContent!.includes('could not be'));
      expect(note, 'an editor note about the failed feed').to.exist;
      expect(note!.textContent).to.contain('/__finder/feed-404.json');
      expect(note!.textContent).to.contain('not found');
      expect(note!.textContent).to.contain('404');
      await expect(el).to.be.accessible();
    });

    it('inside <sg-feed> whose src is set after it is on the page (as React does), does not warn about a missing feed', async () => {
      const warn = console.warn;
      const seen: string[] = [];
      console.warn = (...args: unknown[]) => seen.push(String(args[0]));
      try {
        const wrapper = document.createElement('sg-feed') as HTMLElement & { src: string; cache: string };
        wrapper.cache = 'off';
        const inner = document.createElement('sg-group-finder');
        inner.setAttribute('geocoder', 'off');
        wrapper.append(inner);
        document.body.append(wrapper);
        await (inner as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        wrapper.src = FEED;
        const el = await ready(inner);
        expect(count(el)).to.equal('6 groups found');
        expect(seen.filter((s) => s.includes('feed=""'))).to.deep.equal([]);
        wrapper.remove();
      } finally {
        console.warn = warn;
      }
    });

    it('takes its feed from a surrounding <sg-feed>', async () => {
      const wrapper = await mountRoot<HTMLElement>(html`<sg-feed src=${FEED} cache="off"><sg-group-finder geocoder="off"></sg-group-finder></sg-feed>`);
      const el = await ready(wrapper.querySelector('sg-group-finder')!);
      expect(count(el)).to.equal('6 groups found');
    });

    it('warns about a wrong attribute and shows the editor a note in debug mode, without going blank', async () => {
      const warn = console.warn;
      const seen: string[] = [];
      console.warn = (...args: unknown[]) => seen.push(String(args[0]));
      try {
        const el = await finder(html`<sg-group-finder feed=${FEED} cache="off" online="sometimes" debug></sg-group-finder>`);
        expect($(el, '[part="editor-note"]')!.textContent).to.contain('online="sometimes"');
        expect(seen.some((s) => s.includes('online="sometimes"'))).to.equal(true);
        expect(count(el)).to.equal('6 groups found');
      } finally {
        console.warn = warn;
      }
    });

    it('fits 320px: filters fold behind a button, no sideways scrolling, axe clean', async () => {
      await setViewport({ width: 320, height: 700 });
      try {
        const el = await finder();
        const toggle = $<HTMLButtonElement>(el, '[part="filters-toggle"]')!;
        expect(getComputedStyle(toggle).display).not.to.equal('none');
        expect($(el, '[part="filters"]')!.hidden).to.equal(true);
        expect($(el, '[part="filters"]')!.checkVisibility()).to.equal(false);
        toggle.click();
        await el.updateComplete;
        expect(toggle.getAttribute('aria-expanded')).to.equal('true');
        expect($(el, '[part="filters"]')!.checkVisibility()).to.equal(true);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        await expect(el).to.be.accessible();
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });

  describe('printing', () => {
    it('lists every matching group, not just the first page, when the page is printed', async () => {
      const el = await finder(html`<sg-group-finder feed=${FEED} cache="off" geocoder="off" page-size="2"></sg-group-finder>`);
      expect(names(el)).to.have.length(2);
      window.dispatchEvent(new Event('beforeprint'));
      expect(names(el)).to.have.length(6);
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      expect(names(el)).to.have.length(2);
    });

    it('shows more groups by keyboard, moving focus to the first new one', async () => {
      const el = await finder(html`<sg-group-finder feed=${FEED} cache="off" geocoder="off" page-size="4"></sg-group-finder>`);
      const more = $<HTMLButtonElement>(el, '[part="more-button"]')!;
      expect($$(el, '.hint').map((h) => h.textContent).join(' ')).to.contain('Showing 4 of 6');
      more.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(names(el)).to.have.length(6);
      expect(root(el).activeElement).to.equal($$(el, '[part="result-name"]')[4]);
      expect($(el, '[part="more-button"]')).to.equal(null);
    });
  });

  describe('sync-url', () => {
    afterEach(() => history.replaceState(null, '', location.pathname));

    it('restores the search and filters from the address, and keeps them there', async () => {
      history.replaceState(null, '', `${location.pathname}?sg-q=leeds&sg-topics=carers&page=keep`);
      const el = await finder(html`<sg-group-finder feed=${FEED} cache="off" geocoder="off" sync-url></sg-group-finder>`);
      expect(names(el)).to.deep.equal(['Carers Together Leeds']);
      expect($<HTMLInputElement>(el, '[part="search-input"]')!.value).to.equal('leeds');
      $<HTMLButtonElement>(el, '[part="chip"]')!.click();
      await el.updateComplete;
      const params = new URLSearchParams(location.search);
      expect(params.get('sg-q')).to.equal('leeds');
      expect(params.has('sg-topics')).to.equal(false);
      expect(params.get('page')).to.equal('keep');
    });

    it('opens a group as a new history entry, so the back button returns to the list', async () => {
      const el = await finder(html`<sg-group-finder feed=${FEED} cache="off" geocoder="off" sync-url></sg-group-finder>`);
      $$<HTMLButtonElement>(el, '[part="result-name"]').find((b) => b.textContent!.includes('York'))!.click();
      await el.updateComplete;
      expect(new URLSearchParams(location.search).get('sg-group')).to.equal('york-mens');
      history.back();
      await waitUntil(() => !$(el, '[part="details"]'), 'back did not close the group');
      await aTimeout(0);
      expect(new URLSearchParams(location.search).has('sg-group')).to.equal(false);
      expect(names(el)).to.have.length(6);
    });
  });
});
