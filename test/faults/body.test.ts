// Feeds that arrive but cannot be read: cut off, or a web page instead of a feed.
import { describeFault } from './matrix.js';

describeFault({ name: 'the feed is cut off half way (truncated JSON)', url: (id) => `/__faults/feed/truncated?id=${id}`, requests: 1 });

describeFault({ name: 'the address returns a web page (text/html)', url: (id) => `/__faults/feed/html?id=${id}`, requests: 1 });

describeFault({ name: 'a web page labelled as JSON', url: (id) => `/__faults/feed/html-as-json?id=${id}`, requests: 1 });
