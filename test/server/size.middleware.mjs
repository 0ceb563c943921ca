// The one-file script family for test/size: the script and the sibling files it
// fetches from its own directory, served from dist/ (what `npm test` builds) or
// from SG_SIZE_DIST (a helper's own build: `npx vite build --mode script
// --outDir /tmp/x --emptyOutDir && npx vite build --mode script-formats --outDir /tmp/x`).
//   /__size/script/<file>   every file of the family
//   /__size/missing/<file>  the script alone; every sibling answers 404
//   /__size/csp.html?feed=… a page under the strict policy, with one script tag
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { POLICY, strictPage } from './csp.middleware.mjs';

const DIST = resolve(process.env.SG_SIZE_DIST || 'dist');
const SCRIPT = 'support-group-widgets.js';

const escapeAttr = (s) => s.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);

export default [
  async (ctx, next) => {
    if (!ctx.path.startsWith('/__size/')) return next();
    const file = /^\/__size\/(script|missing)\/([\w.-]+\.js(?:\.map)?)$/.exec(ctx.path);
    if (file) {
      const [, dir, name] = file;
      const path = join(DIST, name);
      ctx.set('Cache-Control', 'no-store');
      if ((dir === 'missing' && name !== SCRIPT) || !existsSync(path)) {
        ctx.status = 404;
        ctx.type = 'text/plain';
        ctx.body = `${name} is not here`;
        return;
      }
      ctx.type = name.endsWith('.map') ? 'application/json' : 'text/javascript';
      ctx.body = readFileSync(path);
      return;
    }
    if (ctx.path === '/__size/csp.html') {
      const feed = String(ctx.query.feed ?? '');
      ctx.set('Content-Security-Policy', POLICY);
      ctx.type = 'text/html';
      ctx.body = strictPage(`/__size/script/${SCRIPT}`, `<sg-group-finder feed="${escapeAttr(feed)}" cache="off" geocoder="off"></sg-group-finder>`);
      return;
    }
    return next();
  },
];
