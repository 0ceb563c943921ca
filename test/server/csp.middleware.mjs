// A page under a strict Content-Security-Policy with Trusted Types required,
// for the "hostile pages" tests: /__csp/page.html?elements=… . Scripts are
// external files (inline scripts are blocked by the policy, as on such sites).
export const POLICY = "default-src 'self'; require-trusted-types-for 'script'";

/** A page under POLICY that records violations (/__csp/record.js), loads `script` deferred and holds `body`. */
export const strictPage = (script, body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Strict page</title>
<script src="/__csp/record.js"></script>
<script src="${script}" defer></script></head>
<body>
${body}
</body></html>`;

const RECORDER = `
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push(e.violatedDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sample || ''));
});
window.addEventListener('error', (e) => window.__violations.push('error ' + e.message));
`;

export default [
  async (ctx, next) => {
    if (!ctx.path.startsWith('/__csp/')) return next();
    if (ctx.path === '/__csp/record.js') {
      ctx.type = 'text/javascript';
      ctx.body = RECORDER;
      return;
    }
    if (ctx.path === '/__csp/page.html') {
      ctx.set('Content-Security-Policy', POLICY);
      ctx.type = 'text/html';
      ctx.body = strictPage(
        '/dist/support-group-widgets.js',
        `<sg-signpost></sg-signpost>
<sg-group-finder feed="/test/finder/fixtures/groups.json" cache="off" geocoder="off"></sg-group-finder>
<sg-benefits show="compare"></sg-benefits>
<sg-what-to-expect></sg-what-to-expect>`,
      );
      return;
    }
    return next();
  },
];
