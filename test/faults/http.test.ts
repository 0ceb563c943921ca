// Feed faults a server can cause: not found, broken on every retry, too slow.
import { describeFault } from './matrix.js';

describeFault({ name: 'the feed address is not found (404)', url: (id) => `/__faults/feed/404?id=${id}`, requests: 1 });

describeFault({ name: 'the server fails every time (500, retried twice)', url: (id) => `/__faults/feed/500?id=${id}`, requests: 3 });

describeFault({
  name: 'the feed takes too long (timeout)',
  url: (id) => `/__faults/feed/timeout?id=${id}&ms=3000`,
  requests: 1,
  timeoutMs: 400,
});
