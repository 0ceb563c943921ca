// Feed faults a server can cause: not found, broken on every retry, too slow.
import { expect, waitUntil } from '@open-wc/testing';
import { uncaught } from './helpers.js';
import { describeFault } from './matrix.js';

describeFault({ name: 'the feed address is not found (404)', url: (id) => `/__faults/feed/404?id=${id}`, requests: 1 });

describeFault({ name: 'the server fails every time (500, retried twice)', url: (id) => `/__faults/feed/500?id=${id}`, requests: 3 });

describeFault({
  name: 'the feed takes too long (timeout)',
  url: (id) => `/__faults/feed/timeout?id=${id}&ms=3000`,
  requests: 1,
  timeoutMs: 400,
});

describe('fault tests: the uncaught-error recorder', () => {
  it('hears an unhandled rejection (self-test)', async () => {
    uncaught.length = 0;
    void Promise.reject(new Error('self-test: a deliberate unhandled rejection'));
    await waitUntil(() => uncaught.length > 0, 'the recorder missed an unhandled rejection', { timeout: 2000 });
    expect(uncaught[0]).to.contain('self-test: a deliberate unhandled rejection');
    uncaught.length = 0;
  });
});
