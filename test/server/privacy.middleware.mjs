// Other origins for the privacy tests (test/privacy/): three tiny servers on
// free ports of 127.0.0.1, so "did the page contact another origin?" means
// something (the test page itself is on localhost).
//
//   feed:      /<id>/groups.json  the finder fixture, with CORS
//              /<id>/down.json    500 until /__privacy/recover?id=<id>, then the feed
//   geocoder:  /<id>/postcodes/<pc>, /<id>/outcodes/<code>, /<id>/places?q=  (postcodes.io-like, with CORS)
//   elsewhere: /<id>/ping         anything, for the recorder's self-test
//
//   /__privacy/origins            { feed, geocoder, elsewhere }
//   /__privacy/log?server=feed|geocoder|elsewhere&id=<id>
//                                 what that server was sent for that id: path, cookie, referer
//   /__privacy/recover?id=<id>    down.json works from now on
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';

const FEED = readFileSync(fileURLToPath(new URL('../finder/fixtures/groups.json', import.meta.url)), 'utf8');
const PLACES = {
  LS14AP: { postcode: 'LS1 4AP', outcode: 'LS1', latitude: 53.7965, longitude: -1.5478 },
};
const GIF = Buffer.from('R0lGODlhAQABAAAAACw=', 'base64');

const logs = new Map();
const recovered = new Set();

function record(server, id, req) {
  const key = `${server} ${id}`;
  const entry = { path: req.url, method: req.method, cookie: req.headers.cookie ?? null, referer: req.headers.referer ?? null };
  logs.set(key, [...(logs.get(key) ?? []), entry]);
}

function send(res, status, type, body) {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'Access-Control-Allow-Origin': '*' });
  res.end(body);
}

const handlers = {
  feed(req, res, id, rest) {
    if (rest === '/groups.json') return send(res, 200, 'application/json', FEED);
    if (rest === '/down.json') {
      return recovered.has(id) ? send(res, 200, 'application/json', FEED) : send(res, 500, 'application/json', '{"error":"down"}');
    }
    return send(res, 404, 'text/plain', 'not found');
  },
  geocoder(_req, res, _id, rest) {
    const json = (status, body) => send(res, status, 'application/json', JSON.stringify(body));
    if (rest.startsWith('/postcodes/')) {
      const found = PLACES[decodeURIComponent(rest.slice('/postcodes/'.length)).toUpperCase().replace(/\s/g, '')];
      return found ? json(200, { status: 200, result: found }) : json(404, { status: 404, error: 'Postcode not found' });
    }
    // Only the one postcode is known here; a town finds nothing.
    if (rest === '/places') return json(200, { status: 200, result: [] });
    return json(404, { status: 404, error: 'Resource not found' });
  },
  elsewhere(_req, res, _id, rest) {
    if (rest.endsWith('.gif')) return send(res, 200, 'image/gif', GIF);
    return send(res, 200, 'text/plain', 'pong');
  },
};

const origins = {};
const servers = [];
for (const name of Object.keys(handlers)) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const [, id = '', ...rest] = url.pathname.split('/');
    if (req.method === 'OPTIONS') {
      // No test request should need a preflight; answer one anyway so it is logged, not hung.
      record(name, id, req);
      res.writeHead(204, { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': '*' });
      return res.end();
    }
    record(name, id, req);
    return handlers[name](req, res, id, `/${rest.join('/')}`);
  });
  server.on('clientError', (_error, socket) => socket.destroy());
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.unref();
  origins[name] = `http://127.0.0.1:${server.address().port}`;
  servers.push(server);
}
process.once('exit', () => {
  for (const server of servers) server.close();
});

export default [
  async function privacy(ctx, next) {
    if (!ctx.path.startsWith('/__privacy/')) return next();
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'application/json';
    const route = ctx.path.slice('/__privacy/'.length);
    const id = String(ctx.query.id ?? '');
    if (route === 'origins') ctx.body = JSON.stringify(origins);
    else if (route === 'log') ctx.body = JSON.stringify(logs.get(`${ctx.query.server} ${id}`) ?? []);
    else if (route === 'recover') {
      recovered.add(id);
      ctx.body = '{}';
    } else {
      ctx.status = 404;
      ctx.body = '{"error":"no such privacy route"}';
    }
    return undefined;
  },
];
