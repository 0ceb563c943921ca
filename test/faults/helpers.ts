/**
 * A charity's page with all four elements on one feed, as a visitor sees it,
 * and the checks every fault test makes: crisis help on screen, a plain
 * message announced with a working "Try again", nothing uncaught.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/index.js';
import { CACHE_PREFIX } from '../../src/feed/cache.js';
import { clearFeedStore } from '../../src/feed/store.js';
import { mount } from '../helpers/mount.js';

/** What went wrong on the page that nobody caught: window `error` and `unhandledrejection`. */
export const uncaught: string[] = [];
window.addEventListener('error', (event) => uncaught.push(`error: ${event.message}`));
window.addEventListener('unhandledrejection', (event) => uncaught.push(`unhandledrejection: ${String(event.reason)}`));

/** `own`: each element names the feed; `sg-feed`: one <sg-feed src> around them all. */
export type Wiring = 'own' | 'sg-feed';
export const WIRINGS: readonly Wiring[] = ['own', 'sg-feed'];

export interface Page {
  readonly host: HTMLElement;
  readonly signpost: HTMLElement;
  readonly finder: HTMLElement;
  readonly benefits: HTMLElement;
  readonly whatToExpect: HTMLElement;
}

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

export const shadow = (el: Element): ShadowRoot => el.shadowRoot!;
export const inside = <T extends Element = HTMLElement>(el: Element, selector: string): T | null =>
  shadow(el).querySelector<T>(selector);

/** Builds the page; `cache` is the elements' `cache` attribute ('' keeps a copy, the default). */
export async function mountPage(url: string, wiring: Wiring, cache: '' | 'off' = ''): Promise<Page> {
  const host =
    wiring === 'own'
      ? await mount(html`
          <sg-signpost feed=${url} cache=${cache} region="england"></sg-signpost>
          <main>
            <sg-benefits feed=${url} cache=${cache}></sg-benefits>
            <sg-what-to-expect feed=${url} cache=${cache}></sg-what-to-expect>
            <sg-group-finder feed=${url} cache=${cache} region="england" geocoder="off"></sg-group-finder>
          </main>
        `)
      : await mount(html`
          <sg-feed src=${url} cache=${cache}>
            <sg-signpost region="england"></sg-signpost>
            <main>
              <sg-benefits></sg-benefits>
              <sg-what-to-expect></sg-what-to-expect>
              <sg-group-finder region="england" geocoder="off"></sg-group-finder>
            </main>
          </sg-feed>
        `);
  const get = (tag: string): HTMLElement => host.querySelector<HTMLElement>(tag)!;
  return {
    host,
    signpost: get('sg-signpost'),
    finder: get('sg-group-finder'),
    benefits: get('sg-benefits'),
    whatToExpect: get('sg-what-to-expect'),
  };
}

/** The finder has settled: listings or the failure message. */
export async function settled(page: Page, timeout = 8000): Promise<void> {
  await waitUntil(
    () => inside(page.finder, '[part="count"]') || inside(page.finder, '[part="error"]'),
    'the finder neither listed groups nor said it failed',
    { timeout },
  );
  await (page.finder as Updating).updateComplete;
}

export const finderCount = (page: Page): string | undefined => inside(page.finder, '[part="count"]')?.textContent?.trim();

export async function setServer(id: string, ok: boolean): Promise<void> {
  await fetch(`/__faults/state?id=${id}&ok=${ok ? 1 : 0}`);
}

export async function serverHits(id: string): Promise<number> {
  return ((await (await fetch(`/__faults/hits?id=${id}`)).json()) as { count: number }).count;
}

export async function secondOrigin(): Promise<string> {
  return ((await (await fetch('/__faults/origin')).json()) as { origin: string }).origin;
}

/** A signpost shows Samaritans' free number as a visible tel: link (built in, so it never needs the feed). */
export async function expectHelplines(signpost: Element, what: string): Promise<void> {
  await (signpost as Updating).updateComplete;
  const link = signpost.shadowRoot?.querySelector<HTMLAnchorElement>('a[href="tel:116123"]');
  expect(link, `${what}: no Samaritans link`).to.exist;
  expect(link!.textContent, what).to.contain('116 123');
  expect(link!.checkVisibility(), `${what}: Samaritans link is hidden`).to.equal(true);
}

/** The page banner and the two content elements show their built-in help whatever the feed did. */
export async function expectBuiltInHelp(page: Page): Promise<void> {
  await expectHelplines(page.signpost, 'page signpost');
  const emergency = inside(page.signpost, '[part="emergency"]');
  expect(emergency?.textContent).to.contain('999');
  expect(inside(page.benefits, '[part="heading"]')?.textContent).to.contain('How a peer support group can help');
  expect(inside(page.whatToExpect, '[part="heading"]')?.textContent).to.contain('What happens at a group');
}

/** The finder's failure state: announced plain words, Try again, crisis contacts. */
export async function expectFinderFailure(page: Page): Promise<void> {
  const error = inside(page.finder, '[part="error"]');
  expect(error, 'the finder shows no failure message').to.exist;
  expect(error!.getAttribute('role')).to.equal('alert');
  expect(error!.textContent).to.contain('We could not load the groups just now');
  expect(error!.textContent).to.contain('Please try again in a moment');
  const retry = inside<HTMLButtonElement>(page.finder, '[part="retry-button"]');
  expect(retry?.textContent?.trim()).to.equal('Try again');
  expect(retry!.checkVisibility()).to.equal(true);
  await expectHelplines(inside(page.finder, 'sg-signpost')!, 'finder crisis contacts');
}

/** The server recovers; "Try again" (pressed as a visitor would) brings the groups. */
export async function expectRetryWorks(page: Page, id: string): Promise<void> {
  await setServer(id, true);
  const retry = inside<HTMLButtonElement>(page.finder, '[part="retry-button"]')!;
  retry.focus();
  retry.click();
  await waitUntil(() => finderCount(page) === '6 groups found', 'Try again did not bring the groups back', { timeout: 8000 });
  expect(inside(page.finder, '[part="error"]')).to.equal(null);
  await expectHelplines(page.signpost, 'page signpost after retry');
}

export function expectNothingUncaught(): void {
  expect(uncaught, 'uncaught errors or rejections').to.deep.equal([]);
}

/** An earlier good visit: the feed loads and a copy is saved; then the page is left. */
export async function earlierGoodVisit(url: string, id: string, wiring: Wiring): Promise<void> {
  await setServer(id, true);
  const page = await mountPage(url, wiring);
  await settled(page);
  expect(finderCount(page)).to.equal('6 groups found');
  expect(localStorage.getItem(CACHE_PREFIX + url), 'no copy was saved').to.be.a('string');
  page.host.remove();
  clearFeedStore();
  await setServer(id, false);
}

export function resetPage(): void {
  clearFeedStore();
  uncaught.length = 0;
}

export function forgetCopy(url: string): void {
  localStorage.removeItem(CACHE_PREFIX + url);
}
