// "Try again" pressed in an element that gets its feed from <sg-feed> must ask
// for the feed the way <sg-feed> did (its format and cache), or the answer goes
// where nobody listens and the finder waits for ever.
import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { clearFeedStore } from '../../src/feed/store.js';
import { mount } from '../helpers/mount.js';
import { inside, serverHits, setServer } from './helpers.js';
import { uid } from '../helpers/uid.js';

describe('Try again inside <sg-feed> with its own format and cache', () => {
  it('reloads through <sg-feed>\'s own request, and keeps its cache="off"', async () => {
    clearFeedStore();
    const id = uid();
    const url = `/__faults/feed/404?id=${id}`;
    await setServer(id, false);
    const host = await mount(html`<sg-feed src=${url} format="native" cache="off">
      <sg-group-finder region="england" geocoder="off"></sg-group-finder>
    </sg-feed>`);
    const finder = host.querySelector('sg-group-finder')!;
    await waitUntil(() => inside(finder, '[part="retry-button"]'), 'the finder never showed the failure', { timeout: 8000 });
    await setServer(id, true);
    inside<HTMLButtonElement>(finder, '[part="retry-button"]')!.click();
    await waitUntil(() => inside(finder, '[part="count"]')?.textContent?.includes('6 groups found'), 'Try again did not bring the groups', {
      timeout: 8000,
    });
    expect(await serverHits(id)).to.equal(2);
    expect(Object.keys(localStorage).filter((key) => key.includes(id)), 'nothing saved with cache="off"').to.deep.equal([]);
  });
});
