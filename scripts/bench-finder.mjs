#!/usr/bin/env node
// npm run bench:finder — the group finder in headless Chromium on synthetic
// feeds of 1k, 10k and 50k groups, served from 127.0.0.1:
//   first results: from the feed's last byte arriving to the first results painted
//     (median of 5 fresh page loads, BENCH_LOADS to change);
//   keystroke: from a key's input event to the updated results painted (median, p95);
//   heap: JS heap after garbage collection with the finder showing results;
//   feed alone: the same feed in a page with no finder, from its last byte arriving to
//     a Directory (the browser handing over the body, JSON.parse, normalise): the part
//     of first results that no finder work can shorten (median of the same loads).
// Prints a table; budgets are shown beside the figures, never asserted here.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium } from './chromium-path.mjs';
import { makeFeed } from './make-feed.mjs';

export const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number);
/** Page loads per size for first results (their median is reported); BENCH_LOADS overrides. */
export const LOADS = Number(process.env.BENCH_LOADS ?? 5);
export const QUERY = 'anxiety leeds';
export const BUDGET = {
  1000: {},
  10000: { first: 300, key: 16, heap: 24 },
  50000: { key: 50 },
};

async function bundle(entry = 'src/components/group-finder/group-finder.ts') {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2020',
    write: false,
    conditions: ['production'],
    logLevel: 'silent',
    tsconfig: 'tsconfig.json',
  });
  return result.outputFiles[0].text;
}

const PAGE = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>bench</title></head>
<body><main id="main"></main><script type="module">
  import '/finder.js';
  const params = new URLSearchParams(location.search);
  const el = document.createElement('sg-group-finder');
  el.setAttribute('feed', '/feed.json?n=' + params.get('n'));
  el.setAttribute('cache', 'off');
  el.setAttribute('geocoder', 'off');
  document.getElementById('main').append(el);
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  window.firstResults = new Promise((resolve) => {
    const check = async () => {
      if (el.shadowRoot && el.shadowRoot.querySelector('[part="count"]')) {
        await frame();
        const painted = performance.now();
        const entry = performance.getEntriesByType('resource').find((e) => e.name.includes('/feed.json'));
        resolve({ first: painted - entry.responseEnd, count: el.shadowRoot.querySelector('[part="count"]').textContent });
      } else requestAnimationFrame(check);
    };
    check();
  });
  window.keyTimes = [];
  window.watchKeys = () => {
    const input = el.shadowRoot.querySelector('[part="search-input"]');
    input.addEventListener('input', () => {
      const t0 = performance.now();
      el.updateComplete.then(() => requestAnimationFrame(() => window.keyTimes.push(performance.now() - t0)));
    });
    input.focus();
  };
</script></body></html>`;

// The finder's own reading path (parseFeed: detect, JSON.parse, normalise), and nothing else.
const FEED_ALONE_PAGE = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>bench</title></head>
<body><script type="module">
  import { parseFeed } from '/read.js';
  window.feedAlone = (async () => {
    const response = await fetch('/feed.json?n=' + new URLSearchParams(location.search).get('n'), { cache: 'no-cache', credentials: 'omit' });
    const directory = await parseFeed(await response.text(), response.headers.get('Content-Type'));
    const done = performance.now();
    const entry = performance.getEntriesByType('resource').find((e) => e.name.includes('/feed.json'));
    return { ms: done - entry.responseEnd, groups: directory.groups.length };
  })();
</script></body></html>`;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
function p95(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))];
}

/**
 * The finder in headless Chromium: first results, keystrokes and heap for each size.
 * @param {{ sizes?: number[] }} [options]
 * @returns {Promise<Array<{ groups: number, count: string, first: number, firstMin: number, firstMax: number, loads: number, feedAlone: number, keyMedian: number, keyP95: number, keystrokes: number, heap: number }>>}
 *   times in ms, heap in MB
 */
export async function measureFinder({ sizes = SIZES, loads = LOADS } = {}) {
  const executablePath = findChromium();
  const script = await bundle();
  const reader = await bundle('src/feed/read.ts');
  const feeds = new Map();
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (url.pathname === '/finder.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(script);
    } else if (url.pathname === '/read.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(reader);
    } else if (url.pathname === '/feed-alone') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(FEED_ALONE_PAGE);
    } else if (url.pathname === '/feed.json') {
      const n = Number(url.searchParams.get('n'));
      if (!feeds.has(n)) feeds.set(n, JSON.stringify(makeFeed(n)));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(feeds.get(n));
    } else {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(PAGE);
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: [...chromiumArgs(), '--js-flags=--expose-gc', '--enable-precise-memory-info'],
  }).catch((error) => {
    server.close();
    throw error;
  });

  const rows = [];
  try {
    for (const n of sizes) {
      // First results vary a lot from one page load to the next (a fresh page each
      // time: cold code, as a visitor gets it), so the page is loaded several times
      // and the median kept; the last load goes on to the keystrokes.
      const firsts = [];
      let page;
      let count = '';
      // Each load in its own browser context, so its own renderer process and
      // JS heap: a visitor's first page, not one sharing a heap with the last.
      let context;
      for (let load = 0; load < loads; load++) {
        if (context) await context.close();
        context = await browser.createBrowserContext();
        page = await context.newPage();
        await page.setViewport({ width: 1024, height: 800 });
        await page.goto(`${origin}/?n=${n}`);
        const result = await page.evaluate(() => window.firstResults);
        firsts.push(result.first);
        count = result.count;
      }
      const first = median(firsts);
      await page.evaluate(() => window.watchKeys());
      // Type, then delete, the query: every keystroke is one search and one render.
      for (let round = 0; round < 3; round++) {
        for (const ch of QUERY) await page.keyboard.type(ch, { delay: 30 });
        for (let i = 0; i < QUERY.length; i++) await page.keyboard.press('Backspace', { delay: 30 });
      }
      await new Promise((r) => setTimeout(r, 300));
      const times = await page.evaluate(() => window.keyTimes);
      const heap = await page.evaluate(() => {
        window.gc?.();
        return performance.memory ? performance.memory.usedJSHeapSize / 1024 / 1024 : NaN;
      });
      rows.push({ groups: n, count: count.trim(), first, firstMin: Math.min(...firsts), firstMax: Math.max(...firsts), loads: firsts.length, feedAlone: NaN, keyMedian: median(times), keyP95: p95(times), keystrokes: times.length, heap });
      await context.close();
      const alone = [];
      for (let load = 0; load < loads; load++) {
        const bareContext = await browser.createBrowserContext();
        const bare = await bareContext.newPage();
        await bare.goto(`${origin}/feed-alone?n=${n}`);
        const result = await bare.evaluate(() => window.feedAlone);
        if (result.groups !== n) throw new Error(`the feed-alone page read ${result.groups} of ${n} groups`);
        alone.push(result.ms);
        await bareContext.close();
      }
      rows.at(-1).feedAlone = median(alone);
    }
  } finally {
    await browser.close();
    server.close();
  }
  return rows;
}

/** The command line: one row per size, budgets beside the figures. */
async function main() {
  const measured = await measureFinder();
  const rows = measured.map(({ groups: n, count, first, firstMin, firstMax, feedAlone, keyMedian, keyP95, keystrokes, heap }) => {
    const budget = BUDGET[n] ?? {};
    const mark = (value, limit) => (limit === undefined ? '' : value <= limit ? ` (≤ ${limit} ok)` : ` (> ${limit} OVER)`);
    return {
      groups: n.toLocaleString('en-GB'),
      'shown count': count,
      'first results ms': `${first.toFixed(0)}${mark(first, budget.first)} [${firstMin.toFixed(0)}–${firstMax.toFixed(0)}]`,
      'feed alone ms': feedAlone.toFixed(0),
      'keystroke median ms': `${keyMedian.toFixed(1)}${mark(keyMedian, budget.key)}`,
      'keystroke p95 ms': keyP95.toFixed(1),
      keystrokes,
      'heap MB': `${heap.toFixed(1)}${mark(heap, budget.heap)}`,
    };
  });
  const keys = Object.keys(rows[0]);
  const widths = keys.map((k) => Math.max(k.length, ...rows.map((r) => String(r[k]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  console.log(line(keys));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(line(keys.map((k) => row[k])));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
