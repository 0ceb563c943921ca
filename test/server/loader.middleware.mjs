// Routes under /__loader/ for the feed loader and store tests: validators,
// failures, slow and broken bodies, and request counting. Nothing else.

const hits = new Map();

function feed(label) {
  return JSON.stringify({ version: 1, groups: [{ id: 'g1', name: label, attendance: 'online' }] });
}

function count(id) {
  const n = (hits.get(id) ?? 0) + 1;
  hits.set(id, n);
  return n;
}

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function loader(ctx, next) {
  if (!ctx.path.startsWith('/__loader/')) return next();
  const route = ctx.path.slice('/__loader/'.length);
  const id = String(ctx.query.id ?? route);
  ctx.set('Cache-Control', 'no-store');
  const json = (body, status = 200) => {
    ctx.status = status;
    ctx.type = 'application/json';
    ctx.body = body;
  };

  switch (route) {
    case 'hits':
      return json(JSON.stringify({ count: hits.get(id) ?? 0, ifNoneMatch: hits.get(`${id}:inm`) ?? null }));
    case 'etag.json': {
      count(id);
      const tag = `"${ctx.query.tag ?? 'v1'}"`;
      ctx.set('ETag', tag);
      if (ctx.get('If-None-Match')) hits.set(`${id}:inm`, ctx.get('If-None-Match'));
      if (ctx.get('If-None-Match') === tag) {
        ctx.status = 304;
        return;
      }
      return json(feed(String(ctx.query.label ?? 'Tuesday circle')));
    }
    case 'count.json': {
      const n = count(id);
      await wait(Number(ctx.query.delay ?? 50));
      return json(feed(`Version ${n}`));
    }
    case 'status':
      count(id);
      return json('{"error":"nope"}', Number(ctx.query.code ?? 404));
    case 'flaky.json': {
      // The first `fail` requests for this id fail with `code`, then it works.
      const n = count(id);
      if (n <= Number(ctx.query.fail ?? 1)) {
        if (ctx.query.retryAfter !== undefined) ctx.set('Retry-After', String(ctx.query.retryAfter));
        return json('{"error":"busy"}', Number(ctx.query.code ?? 500));
      }
      return json(feed('Back again'));
    }
    case 'slow.json':
      count(id);
      await wait(Number(ctx.query.ms ?? 1000));
      return json(feed('Slow but sure'));
    case 'truncated.json':
      count(id);
      return json('{"version":1,"groups":[{"id":"g1","na');
    case 'page.html':
      count(id);
      ctx.status = 200;
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><html><head><title>Our groups</title></head><body><h1>Groups</h1></body></html>';
      return;
    default:
      ctx.status = 404;
      ctx.body = 'no such loader route';
  }
}

export default [loader];
