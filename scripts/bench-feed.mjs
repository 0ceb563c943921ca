#!/usr/bin/env node
// Feed benchmark (npm run bench:feed): JSON.parse + normalise() on synthetic
// feeds of 1k, 10k and 50k groups in headless Chromium, the browser a visitor
// would use. Prints the median of several runs and the JS heap held by the
// result, and writes bench/feed-results.json.
//   node scripts/bench-feed.mjs [--sizes 1000,10000] [--runs 9] [--check]
// --check exits 1 when 10k groups take longer than the budget (100 ms).
// Timings on a shared machine vary: the load average is printed alongside.
import { createServer } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium } from './chromium-path.mjs';
import { makeFeed } from './make-feed.mjs';

export const BUDGET_MS = 100;
export const BUDGET_SIZE = 10_000;
const root = fileURLToPath(new URL('..', import.meta.url));

/** Thrown when no Chromium can be found (the command line exits 2 on it). */
export class NoChromiumError extends Error {
  constructor() {
    super('No Chromium found: install Chromium or set CHROME_PATH.');
  }
}

/**
 * JSON.parse + normalise() of synthetic feeds in headless Chromium.
 * @param {{ sizes?: number[], runs?: number }} [options]
 * @returns {Promise<{ executablePath: string, runs: number, results: Array<{ groups: number, feedBytes: number, parseMs: number, normaliseMs: number, bestNormaliseMs: number, totalMs: number, bestTotalMs: number, coldParseMs: number, coldNormaliseMs: number, coldTotalMs: number, heapBytes: number, runs: number }> }>}
 */
export async function measureFeed({ sizes = [1000, 10000, 50000], runs = 9 } = {}) {
  const executablePath = findChromium();
  if (!executablePath) throw new NoChromiumError();
  // The module exactly as a page would load it: bundled and minified.
  const bundle = await build({
    entryPoints: [`${root}src/feed/normalise.ts`],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'warning',
  });
  const moduleCode = bundle.outputFiles[0].text;

  const feeds = new Map(sizes.map((n) => [n, JSON.stringify(makeFeed(n))]));
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const feed = /^\/feed-(\d+)\.json$/.exec(url.pathname);
    if (url.pathname === '/') response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>feed bench</title>');
    else if (url.pathname === '/normalise.js') response.writeHead(200, { 'content-type': 'text/javascript' }).end(moduleCode);
    else if (feed && feeds.has(Number(feed[1]))) response.writeHead(200, { 'content-type': 'application/json' }).end(feeds.get(Number(feed[1])));
    else response.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;

  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: [...chromiumArgs(), '--js-flags=--expose-gc'],
  }).catch((error) => {
    server.close();
    throw error;
  });

  const median = (list) => [...list].sort((a, b) => a - b)[list.length >> 1];
  const results = [];
  try {
    for (const size of sizes) {
      // A fresh page per size, so one size's garbage does not slow the next.
      const page = await browser.newPage();
      await page.goto(`${origin}/`);
      const cdp = await page.createCDPSession();
      const heap = async () => {
        await page.evaluate(() => globalThis.gc());
        return (await cdp.send('Runtime.getHeapUsage')).usedSize;
      };
      await page.evaluate(async (path) => {
        globalThis.normaliseModule = await import('/normalise.js');
        globalThis.feedText = await (await fetch(path)).text();
      }, `/feed-${size}.json`);
      const before = await heap();
      const timings = await page.evaluate(
        async (count) => {
          const { normalise } = globalThis.normaliseModule;
          const out = [];
          for (let i = 0; i < count; i++) {
            // Each run starts from a collected heap, as a page that reads its feed
            // once does: otherwise a run pays for collecting the runs before it.
            globalThis.directory = undefined;
            globalThis.gc();
            await new Promise((resolve) => setTimeout(resolve, 100)); // background sweeping finishes
            const t0 = performance.now();
            const raw = JSON.parse(globalThis.feedText);
            const t1 = performance.now();
            const directory = normalise(raw);
            const t2 = performance.now();
            if (directory.groups.length === 0 || directory.problems.length > 0) throw new Error('the synthetic feed did not read cleanly');
            out.push([t1 - t0, t2 - t1, t2 - t0]);
            globalThis.directory = directory;
          }
          return out;
        },
        runs + 2,
      );
      const after = await heap();
      const measured = timings.slice(2); // the first two runs warm up the JIT
      const [cold] = timings; // the first run: code never run before, as on a visitor's first page
      results.push({
        groups: size,
        feedBytes: Buffer.byteLength(feeds.get(size)),
        parseMs: median(measured.map((t) => t[0])),
        normaliseMs: median(measured.map((t) => t[1])),
        bestNormaliseMs: Math.min(...measured.map((t) => t[1])),
        totalMs: median(measured.map((t) => t[2])),
        bestTotalMs: Math.min(...measured.map((t) => t[2])),
        coldParseMs: cold[0],
        coldNormaliseMs: cold[1],
        coldTotalMs: cold[2],
        heapBytes: after - before,
        runs: measured.length,
      });
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return { executablePath, runs, results };
}

/** The command line: the table, the budget line and bench/feed-results.json. */
async function main() {
  function option(name, fallback) {
    const at = process.argv.indexOf(`--${name}`);
    return at >= 0 ? process.argv[at + 1] : fallback;
  }
  const sizes = option('sizes', '1000,10000,50000').split(',').map(Number);
  const runs = Number(option('runs', '9'));
  const check = process.argv.includes('--check');
  let measured;
  try {
    measured = await measureFeed({ sizes, runs });
  } catch (error) {
    if (!(error instanceof NoChromiumError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
  const { executablePath, results } = measured;
  const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);
  const ms = (n) => n.toFixed(1).padStart(7);
  console.log(`\nJSON.parse + normalise() in ${executablePath}, median of ${runs} runs (load average ${loadavg()[0].toFixed(2)}, ${process.env.CI ? 'CI' : 'local'})\n`);
  // Best figures are shown too: on a busy machine they are the nearer to what a quiet one does.
  console.log('  groups | feed MB |  parse ms | normalise ms (best) | total ms | best ms | first run ms (parse + normalise) | heap held MB');
  console.log('  -------|---------|-----------|---------------------|----------|---------|----------------------------------|-------------');
  for (const r of results) {
    const first = `${r.coldTotalMs.toFixed(1)} (${r.coldParseMs.toFixed(0)} + ${r.coldNormaliseMs.toFixed(0)})`;
    console.log(
      `  ${String(r.groups).padStart(6)} | ${mb(r.feedBytes).padStart(7)} | ${ms(r.parseMs)}   | ${ms(r.normaliseMs)} (${r.bestNormaliseMs.toFixed(1).padStart(5)})    | ${ms(r.totalMs)}  | ${ms(r.bestTotalMs)} | ${first.padStart(32)} | ${mb(r.heapBytes).padStart(8)}`,
    );
  }
  console.log('\nEach run starts after a garbage collection; the first run (code not yet optimised) is shown apart and left out of the median.');
  const budget = results.find((r) => r.groups === BUDGET_SIZE);
  if (budget) {
    const ok = budget.totalMs <= BUDGET_MS;
    console.log(`\nBudget: ${BUDGET_SIZE} groups in ≤ ${BUDGET_MS} ms: ${ok ? 'met' : 'NOT met'} (${budget.totalMs.toFixed(1)} ms median).`);
    if (check && !ok) process.exitCode = 1;
  }
  mkdirSync(`${root}bench`, { recursive: true });
  writeFileSync(
    `${root}bench/feed-results.json`,
    `${JSON.stringify({ date: new Date().toISOString(), chromium: executablePath, loadAverage: loadavg()[0], results }, null, 2)}\n`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
