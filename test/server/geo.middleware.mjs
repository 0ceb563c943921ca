// A stand-in for postcodes.io under /__geo/, for the geocoder tests.
// Paths: /__geo/<mode>/<id>/postcodes/<pc>, …/outcodes/<code>, …/places?q=
//   mode ok: answers like postcodes.io; slow: waits 2 s first;
//   broken: 500; garbage: 200 with a body that is not JSON.
//   id: a name the test picks, so /__geo/log/<id> can list what it was sent.

const POSTCODES = {
  CF101EP: { postcode: 'CF10 1EP', outcode: 'CF10', latitude: 51.4816, longitude: -3.1791 },
  SW1A1AA: { postcode: 'SW1A 1AA', outcode: 'SW1A', latitude: 51.501, longitude: -0.1416 },
  // Known to the service but without coordinates, as some are.
  BT11AA: { postcode: 'BT1 1AA', outcode: 'BT1', latitude: null, longitude: null },
};
const OUTCODES = {
  CF10: { outcode: 'CF10', latitude: 51.474, longitude: -3.174, admin_district: ['Cardiff'] },
  M1: { outcode: 'M1', latitude: 53.478, longitude: -2.232, admin_district: ['Manchester'] },
};
const PLACES = {
  llanelli: { name_1: 'Llanelli', county_unitary: 'Carmarthenshire', district_borough: null, latitude: 51.681, longitude: -4.161 },
  leeds: { name_1: 'Leeds', county_unitary: 'Leeds', latitude: 53.797, longitude: -1.548 },
};

const log = new Map();
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export default [
  async function geo(ctx, next) {
    if (!ctx.path.startsWith('/__geo/')) return next();
    ctx.set('Cache-Control', 'no-store');
    const [mode, id, endpoint, ...rest] = ctx.path.slice('/__geo/'.length).split('/');
    const json = (status, body) => {
      ctx.status = status;
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(body);
    };
    if (mode === 'log') return json(200, log.get(id) ?? []);
    const entry = { path: ctx.path, q: ctx.query.q ?? null, limit: ctx.query.limit ?? null, cookie: ctx.get('Cookie') || null, referer: ctx.get('Referer') || null };
    log.set(id, [...(log.get(id) ?? []), entry]);

    if (mode === 'slow') await wait(2000);
    if (mode === 'broken') return json(500, { status: 500, error: 'Something went wrong' });
    if (mode === 'garbage') {
      ctx.status = 200;
      ctx.type = 'text/html';
      ctx.body = '<html>Service page</html>';
      return undefined;
    }
    const key = decodeURIComponent(rest.join('/'));
    if (endpoint === 'postcodes') {
      const found = POSTCODES[key];
      return found ? json(200, { status: 200, result: found }) : json(404, { status: 404, error: 'Postcode not found' });
    }
    if (endpoint === 'outcodes') {
      const found = OUTCODES[key];
      return found ? json(200, { status: 200, result: found }) : json(404, { status: 404, error: 'Outcode not found' });
    }
    if (endpoint === 'places') {
      const found = PLACES[String(ctx.query.q ?? '').toLowerCase()];
      return json(200, { status: 200, result: found ? [found] : [] });
    }
    return json(404, { status: 404, error: 'Resource not found' });
  },
];
