// Broken feeds for the end-to-end fault tests (test/faults/), under /__faults/.
//
//   /__faults/feed/<fault>?id=X   fails with <fault> until the test calls
//                                 /__faults/state?id=X&ok=1 (the server "recovers"),
//                                 and fails again after ?ok=0. One id per test.
//   faults: 404, 500, timeout (answers after ?ms=, default 3000), truncated,
//           html (a web page, text/html), html-as-json (a web page sent as
//           application/json), big (a valid 10 MB feed), huge-string (10 MB
//           of text in one field), ok (always works)
//   /__faults/hits?id=X           how many feed requests that id has had
//   /__faults/origin              { origin } of a second server on another
//                                 port (so another origin), which serves the
//                                 same /feed/<fault>?id=X paths. Its `cors`
//                                 fault sends a good feed WITHOUT
//                                 Access-Control-Allow-Origin until the id is
//                                 set ok, so the browser refuses to share it.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { makeFeed } from '../../scripts/make-feed.mjs';

const GOOD = readFileSync(fileURLToPath(new URL('../finder/fixtures/groups.json', import.meta.url)), 'utf8');
const TEN_MB = 10 * 1024 * 1024;
const WEB_PAGE = '<!doctype html><html lang="en"><head><title>Our groups</title></head><body><h1>Find a group</h1></body></html>';

const okIds = new Set();
const hits = new Map();
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

let big;
/** About 10 MB of valid groups (11,000+ from the benchmark generator), made once. */
function bigFeed() {
  if (!big) {
    let count = 11_000;
    let text = JSON.stringify(makeFeed(count, 7));
    while (text.length < TEN_MB) {
      count += 500;
      text = JSON.stringify(makeFeed(count, 7));
    }
    big = text;
  }
  return big;
}

let huge;
/** The good feed with 10 MB of words in the first group's description. */
function hugeStringFeed() {
  if (!huge) {
    const feed = JSON.parse(GOOD);
    feed.groups[0].description = 'We meet to listen and share. '.repeat(Math.ceil(TEN_MB / 29));
    huge = JSON.stringify(feed);
  }
  return huge;
}

/**
 * What to send for one feed request.
 * @returns {Promise<{ status: number, type: string, body: string, cors: boolean }>}
 */
async function answer(fault, id, query) {
  hits.set(id, (hits.get(id) ?? 0) + 1);
  const good = { status: 200, type: 'application/json', body: GOOD, cors: true };
  if (fault === 'ok' || okIds.has(id)) return good;
  switch (fault) {
    case '404':
      return { status: 404, type: 'text/plain', body: 'Not found', cors: true };
    case '500':
      return { status: 500, type: 'application/json', body: '{"error":"Internal Server Error"}', cors: true };
    case 'timeout':
      await wait(Number(query.get('ms') ?? 3000));
      return good;
    case 'truncated':
      return { ...good, body: GOOD.slice(0, Math.floor(GOOD.length / 2)) };
    case 'html':
      return { ...good, type: 'text/html', body: WEB_PAGE };
    case 'html-as-json':
      return { ...good, body: WEB_PAGE };
    case 'big':
      return { ...good, body: bigFeed() };
    case 'huge-string':
      return { ...good, body: hugeStringFeed() };
    case 'cors':
      return { ...good, cors: false };
    default:
      return { status: 404, type: 'text/plain', body: `no such fault ${fault}`, cors: true };
  }
}

const json = (body) => ({ status: 200, type: 'application/json', body: JSON.stringify(body), cors: true });

/** Routes shared by both origins; `path` has the /__faults prefix removed. */
async function route(path, query) {
  const id = query.get('id') ?? '';
  if (path === '/state') {
    if (query.get('ok') === '1') okIds.add(id);
    else okIds.delete(id);
    return json({ id, ok: okIds.has(id) });
  }
  if (path === '/hits') return json({ count: hits.get(id) ?? 0 });
  if (path === '/origin') return json({ origin: secondOrigin });
  if (path.startsWith('/feed/')) return answer(path.slice('/feed/'.length), id, query);
  return undefined;
}

// The second origin: another port on the loopback address.
let secondOrigin = '';
const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const found = await route(url.pathname, url.searchParams);
  if (res.destroyed) return;
  const headers = { 'Content-Type': found?.type ?? 'text/plain', 'Cache-Control': 'no-store' };
  if (found?.cors !== false) headers['Access-Control-Allow-Origin'] = '*';
  res.writeHead(found?.status ?? 404, headers);
  res.end(found?.body ?? 'not found');
});
server.on('clientError', (_error, socket) => socket.destroy());
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
secondOrigin = `http://127.0.0.1:${server.address().port}`;
server.unref();
process.once('exit', () => server.close());

export default [
  async function faults(ctx, next) {
    if (!ctx.path.startsWith('/__faults/')) return next();
    const found = await route(ctx.path.slice('/__faults'.length), new URLSearchParams(ctx.querystring));
    if (!found) {
      ctx.status = 404;
      ctx.body = 'no such fault route';
      return undefined;
    }
    ctx.set('Cache-Control', 'no-store');
    ctx.status = found.status;
    ctx.type = found.type;
    ctx.body = found.body;
    return undefined;
  },
];
