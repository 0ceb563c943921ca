// A 10 MB feed: about 11,000 valid groups, or six groups with 10 MB of text in
// one of them. Neither is a failure; what matters is that the page does not
// hang, the crisis banner shows before and after, and what is kept in storage.
import { expect, waitUntil } from '@open-wc/testing';
import { CACHE_PREFIX } from '../../src/feed/cache.js';
import {
  WIRINGS,
  earlierGoodVisit,
  expectBuiltInHelp,
  expectNothingUncaught,
  finderCount,
  forgetCopy,
  inside,
  mountPage,
  resetPage,
  serverHits,
  setServer,
  type Page,
} from './helpers.js';
import { uid } from '../helpers/uid.js';

/**
 * The longest time the page could not respond while `work` runs: a
 * MessageChannel ping-pong (not throttled in a background tab, unlike timers
 * and the Long Tasks API) notes the biggest gap between two of its turns.
 */
async function longestStall<T>(work: () => Promise<T>): Promise<{ result: T; longestMs: number; elapsedMs: number }> {
  const channel = new MessageChannel();
  let running = true;
  let last = performance.now();
  let longestMs = 0;
  channel.port1.onmessage = () => {
    const now = performance.now();
    longestMs = Math.max(longestMs, now - last);
    last = now;
    if (running) channel.port2.postMessage(0);
  };
  channel.port2.postMessage(0);
  const start = performance.now();
  try {
    const result = await work();
    return { result, longestMs, elapsedMs: performance.now() - start };
  } finally {
    running = false;
    channel.port1.close();
  }
}

const groupsFound = (page: Page): number => Number((finderCount(page) ?? '').replace(/[^\d]/g, ''));

describe('fault: a 10 MB feed', function () {
  this.timeout(30000);
  beforeEach(resetPage);

  for (const wiring of WIRINGS) {
    const label = wiring === 'own' ? 'each element naming the feed' : 'inside <sg-feed>';

    it(`${label}: 11,000 valid groups load without hanging the page; the crisis banner shows throughout; no copy is kept`, async () => {
      const id = uid();
      const url = `/__faults/feed/big?id=${id}`;
      forgetCopy(url);
      // Warm the server's generator so the figures measure the browser, not Node.
      await fetch(`/__faults/feed/big?id=warm-${id}`).then((r) => r.arrayBuffer());
      const { result: page, longestMs, elapsedMs } = await longestStall(async () => {
        const mounted = await mountPage(url, wiring);
        // The banner is there while 10 MB are still on their way.
        await expectBuiltInHelp(mounted);
        await waitUntil(() => groupsFound(mounted) > 0 || inside(mounted.finder, '[part="error"]'), 'the big feed never settled', {
          timeout: 25000,
        });
        return mounted;
      });
      console.log(`10 MB valid feed (${wiring}): first results after ${Math.round(elapsedMs)} ms; longest stall ${Math.round(longestMs)} ms`);
      expect(inside(page.finder, '[part="error"]')).to.equal(null);
      expect(groupsFound(page)).to.be.greaterThan(11000);
      expect(page.finder.shadowRoot!.querySelectorAll('[part="result"]').length).to.equal(20);
      await expectBuiltInHelp(page);
      // Too big for localStorage's quota: not saved, so a returning visitor waits again.
      expect(localStorage.getItem(CACHE_PREFIX + url)).to.equal(null);
      // Searching 11,000 groups still answers.
      const input = inside<HTMLInputElement>(page.finder, '[part="search-input"]')!;
      input.value = 'Cardiff';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await waitUntil(() => groupsFound(page) > 0 && groupsFound(page) < 11000, 'search did not narrow the big feed', { timeout: 5000 });
      expect(await serverHits(id)).to.equal(1);
      expectNothingUncaught();
    });

    it(`${label}: 10 MB of text in one group is shortened, the other groups show, and crisis help stays`, async () => {
      const id = uid();
      const url = `/__faults/feed/huge-string?id=${id}`;
      forgetCopy(url);
      const { result: page, longestMs, elapsedMs } = await longestStall(async () => {
        const mounted = await mountPage(url, wiring);
        await expectBuiltInHelp(mounted);
        await waitUntil(() => finderCount(mounted) || inside(mounted.finder, '[part="error"]'), 'the feed never settled', { timeout: 25000 });
        return mounted;
      });
      console.log(`10 MB string in one group (${wiring}): first results after ${Math.round(elapsedMs)} ms; longest stall ${Math.round(longestMs)} ms`);
      expect(finderCount(page)).to.equal('6 groups found');
      const open = [...page.finder.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="result-name"]')].find((b) =>
        b.textContent!.includes('Leeds Anxiety Circle'),
      )!;
      open.click();
      await waitUntil(() => inside(page.finder, '[part="details"]'), 'the group did not open');
      const details = inside(page.finder, '[part="details"]')!.textContent!;
      expect(details).to.contain('We meet to listen and share.');
      expect(details.length, 'the 10 MB description reached the page').to.be.lessThan(20_000);
      await expectBuiltInHelp(page);
      expect(localStorage.getItem(CACHE_PREFIX + url)).to.equal(null);
      expectNothingUncaught();
    });

    it(`${label}: a returning visitor's saved copy is replaced by the 10 MB feed, and then dropped (too big to keep)`, async () => {
      const id = uid();
      const url = `/__faults/feed/big?id=${id}`;
      forgetCopy(url);
      await earlierGoodVisit(url, id, wiring);
      const page = await mountPage(url, wiring);
      await expectBuiltInHelp(page);
      await waitUntil(() => groupsFound(page) > 11000, 'the big feed never replaced the saved groups', { timeout: 25000 });
      expect(localStorage.getItem(CACHE_PREFIX + url), 'an out-of-date copy outlived the feed').to.equal(null);
      await expectBuiltInHelp(page);
      await setServer(id, false);
      expectNothingUncaught();
    });
  }
});
