import { expect, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/index.js';
import { clearFeedStore } from '../../src/feed/store.js';
import { mount } from '../helpers/mount.js';
import { renderFeedFailure } from '../../src/internal/feed-problems.js';
import type { FeedState } from '../../src/feed/context.js';

function shown(state: FeedState): string {
  const host = document.createElement('div');
  render(renderFeedFailure(state), host);
  return host.textContent!.replace(/\s+/g, ' ').trim();
}

describe('the editor note for a feed that failed (debug)', () => {
  const error = { kind: 'http', message: 'The feed’s server had a problem (error 500).', status: 500 };

  it('says which feed failed and why', () => {
    const text = shown({ status: 'error', url: '/groups.json', stale: false, error });
    expect(text).to.contain('/groups.json');
    expect(text).to.contain('error 500');
  });

  it('also speaks up when a saved copy is showing because the feed failed', () => {
    const text = shown({ status: 'ready', url: '/groups.json', stale: true, error });
    expect(text).to.contain('a saved copy is showing');
    expect(text).to.contain('error 500');
  });

  it('says nothing when the feed loaded', () => {
    expect(shown({ status: 'ready', url: '/groups.json', stale: false })).to.equal('');
  });
});

describe('sg-feed-problems', () => {
  it('is sent once per feed, by <sg-feed>, not again by every element inside it', async () => {
    clearFeedStore();
    const heard: string[] = [];
    const listen = (event: Event) => heard.push((event.target as Element).localName);
    window.addEventListener('sg-feed-problems', listen);
    try {
      await mount(html`<sg-feed src="/demo/data/groups-with-problems.json" cache="off">
        <sg-signpost></sg-signpost><sg-benefits></sg-benefits><sg-what-to-expect></sg-what-to-expect>
        <sg-group-finder geocoder="off"></sg-group-finder>
      </sg-feed>`);
      await waitUntil(() => heard.length > 0, 'no sg-feed-problems', { timeout: 5000 });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(heard).to.deep.equal(['sg-feed']);
    } finally {
      window.removeEventListener('sg-feed-problems', listen);
    }
  });

  it('is sent by an element that names the feed itself', async () => {
    clearFeedStore();
    const heard: string[] = [];
    const listen = (event: Event) => heard.push((event.target as Element).localName);
    window.addEventListener('sg-feed-problems', listen);
    try {
      await mount(html`<sg-group-finder feed="/demo/data/groups-with-problems.json" cache="off" geocoder="off"></sg-group-finder>`);
      await waitUntil(() => heard.length > 0, 'no sg-feed-problems', { timeout: 5000 });
      expect(heard).to.deep.equal(['sg-group-finder']);
    } finally {
      window.removeEventListener('sg-feed-problems', listen);
    }
  });
});
