/**
 * The same four checks for every way a feed can fail, with each element
 * naming the feed and with one <sg-feed> around them: the failure as a
 * first-time visitor meets it (then the server recovers and "Try again"
 * works), and as a returning visitor with a copy saved on an earlier visit.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { CACHE_PREFIX } from '../../src/feed/cache.js';
import { getFeed } from '../../src/feed/store.js';
import {
  WIRINGS,
  earlierGoodVisit,
  expectBuiltInHelp,
  expectFinderFailure,
  expectNothingUncaught,
  expectRetryWorks,
  finderCount,
  forgetCopy,
  inside,
  mountPage,
  resetPage,
  serverHits,
  setServer,
  settled,
} from './helpers.js';
import { uid } from '../helpers/uid.js';

export interface Fault {
  readonly name: string;
  /** The failing feed's address for this test's id. */
  readonly url: (id: string) => Promise<string> | string;
  /** Feed requests the server should have had when the finder gives up (1 + retries). */
  readonly requests?: number;
  /**
   * The elements have no timeout attribute, so a slow-feed test starts the
   * page's shared load first with the loader's `timeoutMs`; the elements then
   * join that load (one request per feed per page) instead of waiting 10 s.
   */
  readonly timeoutMs?: number;
}

/** The out-of-date note the finder shows over saved listings. */
const staleNote = (finder: HTMLElement): string | undefined =>
  [...finder.shadowRoot!.querySelectorAll('[part="message"]')].map((m) => m.textContent ?? '').find((t) => t.includes('may be out of date'));

function startShared(url: string, fault: Fault): void {
  if (fault.timeoutMs !== undefined) void getFeed(url, { cache: 'local', timeoutMs: fault.timeoutMs });
}

export function describeFault(fault: Fault): void {
  describe(`fault: ${fault.name}`, function () {
    // Each test loads the page up to twice, waits out retries and runs axe on all four elements.
    this.timeout(20000);
    beforeEach(resetPage);

    for (const wiring of WIRINGS) {
      it(`${wiring === 'own' ? 'each element naming the feed' : 'inside <sg-feed>'}: crisis help stays, the finder says so plainly, and Try again works once the server is back`, async () => {
        const id = uid();
        const url = await fault.url(id);
        forgetCopy(url);
        startShared(url, fault);
        const page = await mountPage(url, wiring);
        // Crisis help is there before the feed has even answered.
        await expectBuiltInHelp(page);
        await settled(page);
        await expectFinderFailure(page);
        await expectBuiltInHelp(page);
        if (fault.requests !== undefined) expect(await serverHits(id), 'feed requests').to.equal(fault.requests);
        await expect(page.host).to.be.accessible();
        await expectRetryWorks(page, id);
        expectNothingUncaught();
      });

      it(`${wiring === 'own' ? 'each element naming the feed' : 'inside <sg-feed>'}: a returning visitor sees the groups saved last time, marked as maybe out of date, with crisis help`, async () => {
        const id = uid();
        const url = await fault.url(id);
        forgetCopy(url);
        await earlierGoodVisit(url, id, wiring);
        const requestsBefore = await serverHits(id);
        startShared(url, fault);
        const page = await mountPage(url, wiring);
        await expectBuiltInHelp(page);
        await waitUntil(() => staleNote(page.finder), 'the saved groups were never marked as maybe out of date', { timeout: 8000 });
        expect(finderCount(page)).to.equal('6 groups found');
        expect(inside(page.finder, '[part="error"]')).to.equal(null);
        expect(await serverHits(id), 'the feed was asked again').to.be.greaterThan(requestsBefore);
        await expectBuiltInHelp(page);
        // The failure did not throw away the good copy.
        expect(JSON.parse(localStorage.getItem(CACHE_PREFIX + url)!).text).to.contain('Leeds Anxiety Circle');
        await expect(page.host).to.be.accessible();
        // The note is heard (a status), and offers Try again, which drops it once the feed answers.
        const note = [...page.finder.shadowRoot!.querySelectorAll('[part="message"]')].find((m) => m.textContent!.includes('may be out of date'))!;
        expect(note.getAttribute('role')).to.equal('status');
        await setServer(id, true);
        const retry = note.querySelector<HTMLButtonElement>('[part="retry-button"]')!;
        expect(retry, 'Try again beside the out-of-date note').to.exist;
        retry.click();
        await waitUntil(() => !staleNote(page.finder), 'Try again did not replace the saved copy', { timeout: 8000 });
        expect(finderCount(page)).to.equal('6 groups found');
        expectNothingUncaught();
      });
    }
  });
}
