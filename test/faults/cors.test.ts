// A feed on another website that does not allow this one to read it (no
// Access-Control-Allow-Origin): a real second origin, another port on 127.0.0.1.
import { secondOrigin } from './helpers.js';
import { describeFault } from './matrix.js';

describeFault({
  name: 'the feed’s server refuses to share it with this website (CORS)',
  url: async (id) => `${await secondOrigin()}/feed/cors?id=${id}`,
  // Three refused reads (a refusal looks like a dropped connection, so it is
  // retried), then one opaque no-cors probe that tells CORS from offline.
  requests: 4,
});
