// cache="off" means nothing is kept in the browser: on first load, and after
// the visitor presses "Try again" when the feed had failed.
import { expect, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/index.js';
import { CACHE_PREFIX } from '../../src/feed/cache.js';
import { clearFeedStore } from '../../src/feed/store.js';
import { mount } from '../helpers/mount.js';
import { uid } from '../helpers/uid.js';

const feedOrigin = async (): Promise<string> => ((await (await fetch('/__privacy/origins')).json()) as { feed: string }).feed;
const count = (finder: Element): string | undefined => finder.shadowRoot!.querySelector('[part="count"]')?.textContent?.trim();
const copies = (): string[] => Object.keys(localStorage).filter((k) => k.startsWith(CACHE_PREFIX));

async function failThenRetry(finder: Element, id: string): Promise<void> {
  await waitUntil(() => finder.shadowRoot!.querySelector('[part="retry-button"]'), 'the feed did not fail', { timeout: 8000 });
  await fetch(`/__privacy/recover?id=${id}`);
  finder.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
  await waitUntil(() => count(finder) === '6 groups found', 'Try again did not load the groups', { timeout: 8000 });
}

describe('privacy: cache="off"', () => {
  beforeEach(() => clearFeedStore());

  it('on <sg-feed>: nothing is saved when the feed loads', async () => {
    const url = `${await feedOrigin()}/${uid()}/groups.json`;
    const host = await mount(html`<sg-feed src=${url} cache="off"><sg-group-finder geocoder="off"></sg-group-finder></sg-feed>`);
    const finder = host.querySelector('sg-group-finder')!;
    await waitUntil(() => count(finder) === '6 groups found', 'the finder did not load', { timeout: 8000 });
    expect(localStorage.getItem(CACHE_PREFIX + url)).to.equal(null);
  });

  it('on the finder: nothing is saved after Try again', async () => {
    const id = uid();
    const url = `${await feedOrigin()}/${id}/down.json`;
    const host = await mount(html`<sg-group-finder feed=${url} cache="off" geocoder="off"></sg-group-finder>`);
    await failThenRetry(host.querySelector('sg-group-finder')!, id);
    expect(localStorage.getItem(CACHE_PREFIX + url)).to.equal(null);
  });

  // Was a bug: the finder's "Try again" reloaded with its OWN cache setting
  // (empty, so a copy was kept) although <sg-feed cache="off"> owns the feed.
  // The store now keeps cache off for a feed once any load asked for it.
  it('on <sg-feed>: nothing is saved after the finder inside it is told to Try again', async () => {
    const id = uid();
    const url = `${await feedOrigin()}/${id}/down.json`;
    const host = await mount(html`<sg-feed src=${url} cache="off"><sg-group-finder geocoder="off"></sg-group-finder></sg-feed>`);
    await failThenRetry(host.querySelector('sg-group-finder')!, id);
    expect(localStorage.getItem(CACHE_PREFIX + url), 'a copy was saved').to.equal(null);
    expect(copies().filter((k) => k.includes(id))).to.deep.equal([]);
  });
});
