import { expect } from '@open-wc/testing';
import { render } from 'lit';
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
