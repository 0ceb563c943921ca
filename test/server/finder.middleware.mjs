// Routes for the group finder's tests under /__finder/: a postcodes.io-style
// geocoder stub and a failing feed. Every lookup is counted so tests can
// prove nothing is sent until the visitor asks.
const PLACES = {
  'LS1 4AP': { latitude: 53.7965, longitude: -1.5478, postcode: 'LS1 4AP' },
  'CF10 1AA': { latitude: 51.4816, longitude: -3.1791, postcode: 'CF10 1AA' },
};
const calls = [];

export default [
  async (ctx, next) => {
    if (!ctx.path.startsWith('/__finder/')) return next();
    const path = ctx.path.slice('/__finder'.length);
    if (path === '/geo/calls') {
      ctx.body = JSON.stringify(calls);
      ctx.type = 'application/json';
      return;
    }
    if (path === '/geo/reset') {
      calls.length = 0;
      ctx.body = '{}';
      return;
    }
    if (path.startsWith('/geo/')) {
      calls.push(decodeURIComponent(ctx.url));
      const postcode = decodeURIComponent(path.replace(/^\/geo\/postcodes\//, '')).toUpperCase().replace(/\s+/g, ' ').trim();
      const compact = Object.keys(PLACES).find((k) => k.replace(/\s/g, '') === postcode.replace(/\s/g, ''));
      ctx.type = 'application/json';
      if (path.startsWith('/geo/postcodes/') && compact) {
        ctx.body = JSON.stringify({ status: 200, result: PLACES[compact] });
      } else if (path.startsWith('/geo/places')) {
        const q = (ctx.query.q ?? '').toString().toLowerCase();
        ctx.body = JSON.stringify({
          status: 200,
          result: q === 'leeds' ? [{ name_1: 'Leeds', latitude: 53.7997, longitude: -1.5492 }] : [],
        });
      } else {
        ctx.status = 404;
        ctx.body = JSON.stringify({ status: 404, error: 'Postcode not found' });
      }
      return;
    }
    if (path === '/feed-404.json') {
      ctx.status = 404;
      ctx.body = 'Not found';
      return;
    }
    return next();
  },
];
