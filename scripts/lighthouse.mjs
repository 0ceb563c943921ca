#!/usr/bin/env node
// npm run lighthouse — Lighthouse 12 on the built demo page, mobile and desktop.
//   1. builds the demo (vite.demo.config.ts) into a temporary folder, sample feed included;
//   2. serves it from 127.0.0.1 as a real host would: content types,
//      brotli/gzip, long cache for hashed assets, no-cache for the page;
//   3. runs Lighthouse in headless Chromium (Debian's), which is not allowed to
//      resolve any host but 127.0.0.1, so nothing waits on the internet;
//   4. prints each category's score and the key metrics, saves the JSON and HTML
//      reports to .cache/lighthouse/, and exits 1 when a score is below target,
//      listing the audits that failed.
//   node scripts/lighthouse.mjs [--form-factor mobile|desktop|both] [--runs N] [--dir built-demo]
// --runs N (default 3) keeps the median run (nearest the median FCP and TTI, as Lighthouse picks it)
// of N for each form factor: one run alone varies by several points on a shared machine.
// --dir serves an already built demo instead of building one.
// Lighthouse's simulated throttling ('simulate': a slow 4G phone with a 4× slower CPU
// for mobile) is computed from a fast load, but long tasks still grow when the machine
// is busy: the load average is printed beside the scores.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { extname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { defaultConfig, desktopConfig } from 'lighthouse';
import Trace from 'lighthouse/core/gather/gatherers/trace.js';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { build } from 'vite';
import { chromiumArgs, findChromium } from './chromium-path.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const reportDir = join(root, '.cache', 'lighthouse');
const PAGE = '/demo/';

/** Category id → [label, target score out of 100]. */
const TARGETS = {
  accessibility: ['accessibility', 100],
  'best-practices': ['best practices', 95],
  performance: ['performance', 95],
  seo: ['SEO', undefined],
};
const METRICS = [
  ['first-contentful-paint', 'First Contentful Paint'],
  ['largest-contentful-paint', 'Largest Contentful Paint'],
  ['total-blocking-time', 'Total Blocking Time'],
  ['cumulative-layout-shift', 'Cumulative Layout Shift'],
  ['speed-index', 'Speed Index'],
  ['total-byte-weight', 'total bytes'],
];

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : fallback;
}
const formFactorOption = option('form-factor', 'both');
const formFactors = formFactorOption === 'both' ? ['mobile', 'desktop'] : [formFactorOption];
if (!formFactors.every((f) => f === 'mobile' || f === 'desktop')) {
  console.error(`--form-factor must be mobile, desktop or both, not ${formFactorOption}`);
  process.exit(2);
}
const runs = Math.max(1, Number(option('runs', '3')) || 1);

const chromePath = findChromium();
if (!chromePath) {
  console.error('No Chromium found: install Chromium or set CHROME_PATH.');
  process.exit(2);
}

// 1. Build the demo.
let siteDir = option('dir', undefined);
let builtHere;
if (!siteDir) {
  builtHere = mkdtempSync(join(tmpdir(), 'sg-lighthouse-'));
  siteDir = builtHere;
  process.stderr.write('Building the demo … ');
  await build({
    root,
    configFile: join(root, 'vite.demo.config.ts'),
    logLevel: 'error',
    build: { outDir: siteDir, emptyOutDir: true },
  });
  process.stderr.write('done\n');
}
if (!existsSync(join(siteDir, 'demo', 'index.html')) || !existsSync(join(siteDir, 'demo', 'data', 'groups.json'))) {
  console.error(`${siteDir} has no demo/index.html and demo/data/groups.json: is it a demo build?`);
  process.exit(2);
}

// 2. Serve it: every file read and compressed once, as a host's CDN would.
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt']);

/** @type {Map<string, { type: string, cache: string, body: Buffer, br?: Buffer, gzip?: Buffer }>} */
const files = new Map();
function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      walk(path);
      continue;
    }
    const url = `/${relative(siteDir, path).split(sep).join('/')}`;
    const ext = extname(name);
    const body = readFileSync(path);
    files.set(url, {
      type: TYPES[ext] ?? 'application/octet-stream',
      // Hashed build assets never change; the page and the feed are revalidated.
      cache: url.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : ext === '.html' ? 'no-cache' : 'public, max-age=300',
      body,
      ...(COMPRESSIBLE.has(ext) && body.length > 512
        ? {
            br: brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } }),
            gzip: gzipSync(body, { level: 9 }),
          }
        : {}),
    });
  }
}
walk(siteDir);
files.set('/robots.txt', { type: TYPES['.txt'], cache: 'public, max-age=300', body: Buffer.from('User-agent: *\nAllow: /\n') });

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  let path = normalize(decodeURIComponent(url.pathname)).split(sep).join('/');
  if (path.endsWith('/')) path += 'index.html';
  const file = files.get(path);
  if (!file) {
    res.writeHead(404, { 'content-type': TYPES['.txt'] }).end('Not found\n');
    return;
  }
  const accepts = String(req.headers['accept-encoding'] ?? '');
  const encoding = file.br && /\bbr\b/.test(accepts) ? 'br' : file.gzip && /\bgzip\b/.test(accepts) ? 'gzip' : undefined;
  const body = encoding ? file[encoding] : file.body;
  res.writeHead(200, {
    'content-type': file.type,
    'cache-control': file.cache,
    'content-length': body.length,
    'x-content-type-options': 'nosniff',
    ...(encoding ? { 'content-encoding': encoding } : {}),
    ...(file.br || file.gzip ? { vary: 'Accept-Encoding' } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

// 3. Chromium: chrome-launcher's flags for tools, the project's flags, and a
// host resolver that knows no host but this one, so no request can leave.
const launcherFlags = chromeLauncher.Launcher.defaultFlags().filter((flag) => !flag.startsWith('--disable-features='));
const chromeFlags = [
  ...new Set([
    ...launcherFlags,
    ...chromiumArgs(),
    '--headless=new',
    '--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication,CertificateTransparencyComponentUpdater,InterestFeedContentSuggestions,PrivacySandboxSettings4',
    '--disable-domain-reliability',
    '--disable-breakpad',
    '--no-pings',
    '--dns-prefetch-disable',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  ]),
];

// Lighthouse 12.2.3 predates this Chromium, which names the frame data of its
// PipelineReporter trace events `frame_reporter`, not `chrome_frame_reporter`:
// without the old name, the layout-shift, LCP-element and render-blocking audits
// fail with "Cannot read properties of undefined (reading 'frame_sequence')".
class Trace156 extends Trace {
  getArtifact() {
    for (const event of this._trace.traceEvents) {
      if (event.name === 'PipelineReporter' && event.args?.frame_reporter && !event.args.chrome_frame_reporter) {
        event.args.chrome_frame_reporter = event.args.frame_reporter;
      }
    }
    return this._trace;
  }
}
/** The default (mobile) or desktop config, whole (extending it cannot swap a gatherer for a class). */
function configFor(formFactor) {
  return {
    ...defaultConfig,
    settings: formFactor === 'desktop' ? { ...defaultConfig.settings, ...desktopConfig.settings } : defaultConfig.settings,
    artifacts: defaultConfig.artifacts.map((artifact) => (artifact.id === 'Trace' ? { id: 'Trace', gatherer: { implementation: Trace156 } } : artifact)),
  };
}

const loadBefore = loadavg().map((n) => n.toFixed(2)).join(', ');
mkdirSync(reportDir, { recursive: true });
/** @type {Record<string, import('lighthouse').Result>} */
const results = {};
/** @type {Record<string, number[]>} performance score of every run */
const runScores = {};
let chrome;
try {
  chrome = await chromeLauncher.launch({ chromePath, chromeFlags, ignoreDefaultFlags: true, logLevel: 'silent' });
  for (const formFactor of formFactors) {
    const lhrs = [];
    for (let run = 1; run <= runs; run++) {
      process.stderr.write(`Lighthouse, ${formFactor}${runs > 1 ? `, run ${run} of ${runs}` : ''} … `);
      const result = await lighthouse(
        `${origin}${PAGE}`,
        {
          port: chrome.port,
          logLevel: 'error',
          output: ['json', 'html'],
          onlyCategories: Object.keys(TARGETS),
          throttlingMethod: 'simulate',
          disableFullPageScreenshot: true,
        },
        configFor(formFactor),
      );
      if (!result) throw new Error('Lighthouse returned no result');
      if (result.lhr.runtimeError) throw new Error(`Lighthouse: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
      const errored = Object.values(result.lhr.audits).filter((audit) => audit.scoreDisplayMode === 'error');
      if (errored.length) process.stderr.write(`\n  audits that could not run: ${errored.map((audit) => `${audit.id} (${audit.errorMessage})`).join('; ')}\n`);
      lhrs.push({ lhr: result.lhr, html: result.report[1] });
      process.stderr.write(`performance ${Math.round((result.lhr.categories.performance.score ?? 0) * 100)}\n`);
    }
    const median = computeMedianRun(lhrs.map((r) => r.lhr));
    const chosen = lhrs.find((r) => r.lhr === median) ?? lhrs[0];
    results[formFactor] = chosen.lhr;
    runScores[formFactor] = lhrs.map((r) => Math.round((r.lhr.categories.performance.score ?? 0) * 100));
    writeFileSync(join(reportDir, `${formFactor}.json`), `${JSON.stringify(chosen.lhr, null, 2)}\n`);
    writeFileSync(join(reportDir, `${formFactor}.html`), chosen.html);
  }
} finally {
  await chrome?.kill();
  server.close();
  if (builtHere) rmSync(builtHere, { recursive: true, force: true });
}
const loadAfter = loadavg().map((n) => n.toFixed(2)).join(', ');

// 4. Report.
const failures = [];
const score = (category) => (category.score === null ? NaN : Math.round(category.score * 100));
const header = ['', ...formFactors, 'target'];
const rows = [];
for (const [id, [label, target]] of Object.entries(TARGETS)) {
  const cells = formFactors.map((formFactor) => {
    const value = score(results[formFactor].categories[id]);
    const below = target !== undefined && !(value >= target);
    if (below) failures.push({ formFactor, id, label, value, target });
    return `${value}${below ? ' ✗' : ''}`;
  });
  rows.push([label, ...cells, target === undefined ? '–' : target === 100 ? '100' : `≥ ${target}`]);
}
for (const [id, label] of METRICS) {
  const shown = (audit) => (id === 'total-byte-weight' && audit ? `${Math.round(audit.numericValue / 1024)} KiB` : audit?.displayValue ?? '?');
  rows.push([label, ...formFactors.map((formFactor) => shown(results[formFactor].audits[id])), '']);
}

// Every request the page made must have stayed on this origin.
const offsite = [];
for (const formFactor of formFactors) {
  for (const item of results[formFactor].audits['network-requests']?.details?.items ?? []) {
    if (!String(item.url).startsWith(origin) && !String(item.url).startsWith('data:')) offsite.push(`${formFactor}: ${item.url}`);
  }
}

const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
let version = chromePath;
try {
  version = execFileSync(chromePath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
} catch {
  // The path alone will do.
}
console.log(`\nLighthouse ${results[formFactors[0]].lighthouseVersion} on ${origin}${PAGE} (the built demo), ${version} headless, simulated throttling; load average ${loadBefore} before, ${loadAfter} after\n`);
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of rows) console.log(line(row));
if (runs > 1) console.log(`\nThe median of ${runs} runs is shown; performance in each run: ${formFactors.map((f) => `${f} ${runScores[f].join(', ')}`).join('; ')}.`);
const names = formFactors.length > 1 ? `{${formFactors.join(',')}}` : formFactors[0];
console.log(`\nReports: ${relative(process.cwd(), reportDir) || '.'}/${names}.{json,html}`);

if (offsite.length) {
  console.log(`\nRequests that left ${origin} (there must be none):\n${offsite.map((u) => `  - ${u}`).join('\n')}`);
  process.exitCode = 1;
}

/** Audits in a category that did not pass: scored below 1, weighted ones first. */
function failingAudits(lhr, categoryId) {
  const refs = lhr.categories[categoryId].auditRefs;
  return refs
    .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
    .filter(({ audit }) => audit && audit.score !== null && audit.score < 1 && ['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode))
    .sort((a, b) => b.ref.weight - a.ref.weight || a.audit.score - b.audit.score);
}
if (failures.length) {
  console.log('\nBelow target:');
  for (const { formFactor, id, label, value, target } of failures) {
    console.log(`\n  ${label}, ${formFactor}: ${value} (target ${target === 100 ? '100' : `≥ ${target}`})`);
    for (const { ref, audit } of failingAudits(results[formFactor], id)) {
      const shown = audit.displayValue ? ` — ${audit.displayValue}` : '';
      console.log(`    - ${audit.title} [${audit.id}, score ${Math.round(audit.score * 100)}${ref.weight ? `, weight ${ref.weight}` : ''}]${shown}`);
      for (const item of (audit.details?.items ?? []).slice(0, 3)) {
        const node = item.node?.snippet ?? item.node?.selector ?? item.url ?? item.source?.url;
        if (node) console.log(`        ${String(node).slice(0, 140)}`);
      }
    }
  }
  process.exitCode = 1;
} else {
  console.log('\nEvery score target met: accessibility 100, best practices ≥ 95, performance ≥ 95.');
}
if (offsite.length) console.log('\nFailed: the page made requests beyond 127.0.0.1 (listed above).');
