#!/usr/bin/env node
// Search speed in a real browser: builds 10,000 and 50,000 made-up groups
// (seeded, so every run sees the same data), bundles src/search with esbuild,
// and times a visitor typing in headless Chromium. Budgets: a keystroke to
// updated results, median ≤ 16 ms at 10k and ≤ 50 ms at 50k.
//
//   node scripts/bench-search.mjs            # 10k and 50k
//   node scripts/bench-search.mjs 2000 20000 # other sizes
// Exits 1 when a median is over budget.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium } from './chromium-path.mjs';
import { random } from './make-feed.mjs';

const SIZES = process.argv.slice(2).map(Number).filter((n) => n > 0);
const sizes = SIZES.length ? SIZES : [10_000, 50_000];
const BUDGET_MS = (n) => (n <= 10_000 ? 16 : 50);
const ROUNDS = 5;

// --- made-up data ------------------------------------------------------------

const rng = random; // seeded, shared with make-feed.mjs

const TOPICS = ['anxiety', 'depression', 'bereavement', 'carers', 'bipolar', 'eating-disorders', 'ocd', 'psychosis', 'loneliness', 'self-harm', 'ptsd', 'postnatal', 'hearing-voices', 'addiction', 'autism', 'adhd', 'panic', 'stress', 'grief', 'trauma'];
const AUDIENCES = ['adults', 'young-people', 'men', 'women', 'lgbtq', 'older-people', 'parents', 'carers', 'students', 'veterans'];
const ACCESS = ['step-free', 'hearing-loop', 'accessible-toilet', 'parking', 'quiet-room', 'bsl'];
const LANGS = ['en', 'cy', 'pl', 'ur', 'pa', 'gd', 'ar', 'so'];
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const TOWNS = [
  ['Cardiff', 51.48, -3.18], ['Bristol', 51.45, -2.59], ['Leeds', 53.8, -1.55], ['Manchester', 53.48, -2.24], ['Glasgow', 55.86, -4.25],
  ['Belfast', 54.6, -5.93], ['Swansea', 51.62, -3.94], ['Norwich', 52.63, 1.3], ['Exeter', 50.72, -3.53], ['Newcastle', 54.97, -1.61],
  ['Aberystwyth', 52.41, -4.08], ['Inverness', 57.48, -4.22], ['Brighton', 50.82, -0.14], ['Sheffield', 53.38, -1.47], ['Llanelli', 51.68, -4.16],
];
const NAME_WORDS = ['Support', 'Circle', 'Café', 'Walk', 'Talk', 'Friends', 'Connect', 'Together', 'Hope', 'Space', 'Voices', 'Wellbeing', 'Peer', 'Evening', 'Morning', 'Drop-in', 'Garden', 'Art', 'Coffee', 'Mindful'];
const COMMON = 'we meet every week in a friendly welcoming space where you can talk listen share and learn from people who understand what you are going through there is tea and cake and no pressure to speak'.split(' ');

function vocabulary(random, size) {
  // Invented words so the index sees a realistic number of distinct words.
  const syllables = ['an', 'ber', 'cal', 'dor', 'en', 'fa', 'gil', 'hol', 'ish', 'jun', 'ka', 'lo', 'mer', 'nat', 'or', 'pel', 'qu', 'ros', 'sti', 'tal', 'ul', 'ven', 'wy', 'xa', 'yor', 'zel'];
  const words = new Set();
  while (words.size < size) {
    const n = 2 + Math.floor(random() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += syllables[Math.floor(random() * syllables.length)];
    words.add(w);
  }
  return [...words];
}

function makeGroups(count, seed = 42) {
  const random = rng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const some = (list, max) => [...new Set(Array.from({ length: 1 + Math.floor(random() * max) }, () => pick(list)))];
  const vocab = vocabulary(random, 8000);
  const sentence = (words) => Array.from({ length: words }, () => (random() < 0.6 ? pick(COMMON) : pick(vocab))).join(' ');
  const groups = [];
  for (let i = 0; i < count; i++) {
    const [town, lat, lng] = pick(TOWNS);
    const topics = some(TOPICS, 3);
    const r = random();
    const attendance = r < 0.6 ? 'in-person' : r < 0.75 ? 'hybrid' : r < 0.95 ? 'online' : 'phone';
    const day = pick(DAYS);
    const hour = 9 + Math.floor(random() * 12);
    const monthly = random() < 0.3;
    const placed = attendance === 'in-person' || attendance === 'hybrid';
    groups.push({
      id: `g${i}`,
      name: `${town} ${pick(NAME_WORDS)} ${pick(NAME_WORDS)} ${i % 97}`,
      summary: `${topics[0]} group: ${sentence(10)}`,
      description: sentence(40 + Math.floor(random() * 40)),
      topics,
      audiences: some(AUDIENCES, 2),
      attendance,
      facilitation: pick(['peer', 'professional', 'co-facilitated']),
      booking: pick(['drop-in', 'register', 'referral']),
      cost: { free: random() < 0.8 },
      schedule: [
        {
          freq: monthly ? 'monthly' : 'weekly',
          interval: 1,
          byday: [{ day, ordinal: monthly ? 1 + Math.floor(random() * 4) : 0 }],
          start: `${String(hour).padStart(2, '0')}:${random() < 0.5 ? '00' : '30'}`,
          timezone: 'Europe/London',
          except: [],
        },
      ],
      ...(placed
        ? { location: { name: `${pick(vocab)} Hall`, address: `${1 + (i % 200)} ${pick(vocab)} Road, ${town}`, region: 'england', lat: lat + (random() - 0.5) * 0.4, lng: lng + (random() - 0.5) * 0.6, accessibility: some(ACCESS, 3) } }
        : {}),
      organisation: { name: `${pick(vocab)} Mind` },
      languages: random() < 0.9 ? ['en'] : some(LANGS, 2),
    });
  }
  return groups;
}

// --- what runs in the page ----------------------------------------------------

const PAGE_ENTRY = `
import { buildIndex, prepareText, search } from './src/search/index.ts';
const TYPING = ['a', 'an', 'anx', 'anxi', 'anxie', 'anxiet', 'anxiety', 'anxiety c', 'anxiety ca', 'anxiety car', 'anxiety card', 'anxiety cardi', 'anxiety cardiff',
  'anxiety cardif', 'anxiety', 'anx', 'a', '', 's', 'su', 'sup', 'supp', 'suppo', 'support', 'support w', 'support wa', 'support walk'];
const FILTERS = { attendance: ['in-person'], days: ['TU', 'WE'], times: ['evening'], free: true, topics: ['anxiety', 'depression'] };
const NEAR = { lat: 51.48, lng: -3.18 };
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const p95 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]; };

window.runBench = async (url, rounds) => {
  const groups = await (await fetch(url)).json();
  // --expose-gc gives window.gc; two passes so the reading settles.
  const settle = () => { window.gc?.(); window.gc?.(); };
  settle();
  const heapBefore = performance.memory.usedJSHeapSize;
  // Cold, as a page pays it: the index the first results need, then the text
  // index built apart (as prepareText would in idle time). Then, warm, the
  // whole index at once, for comparison.
  const t0 = performance.now();
  const index = buildIndex(groups);
  const buildMs = performance.now() - t0;
  const t1 = performance.now();
  prepareText(index);
  const textMs = performance.now() - t1;
  const eagerMs = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    buildIndex(groups, { text: 'now' });
    eagerMs.push(performance.now() - t);
  }
  settle();
  const heapIndex = performance.memory.usedJSHeapSize - heapBefore;
  // The finder works out every group's next start once, in index order, not per keystroke; this stands in for it.
  const nextStarts = Float64Array.from(groups, (_, i) => Date.UTC(2026, 11, 1) + ((i * 7919) % 10080) * 60000);
  const scenarios = {
    'typing, A–Z': (text) => ({ text, filters: {}, includeOnline: 'with', sort: 'az' }),
    'typing, soonest': (text) => ({ text, filters: {}, includeOnline: 'with', sort: 'soonest', nextStarts }),
    'typing + 5 filters, soonest': (text) => ({ text, filters: FILTERS, includeOnline: 'with', sort: 'soonest', nextStarts }),
    'typing, near + 40 km, nearest, online apart': (text) => ({ text, filters: {}, near: NEAR, radiusKm: 40, includeOnline: 'apart', sort: 'nearest' }),
  };
  const rows = [];
  let sink = 0;
  for (const [name, make] of Object.entries(scenarios)) {
    const times = [];
    for (let r = 0; r < rounds; r++) {
      for (const text of TYPING) {
        const t = performance.now();
        const result = search(index, make(text));
        // What the finder reads for one page of results.
        sink += result.items.slice(0, 20).length + result.total;
        times.push(performance.now() - t);
      }
    }
    rows.push({ name, median: median(times), p95: p95(times), max: Math.max(...times) });
  }
  return { buildMs, textMs, fullMs: median(eagerMs), heapIndexMB: heapIndex / 1048576, heapTotalMB: performance.memory.usedJSHeapSize / 1048576, words: index.text.index.words.length, postings: index.text.index.postDoc.length, rows, sink };
};
`;

async function bundlePage() {
  const result = await build({
    stdin: { contents: PAGE_ENTRY, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
    tsconfig: 'tsconfig.json',
  });
  return result.outputFiles[0].text;
}

// --- server, browser, table -------------------------------------------------------

const script = await bundlePage();
const data = new Map(sizes.map((n) => [`/groups-${n}.json`, JSON.stringify(makeGroups(n))]));
const server = createServer((req, res) => {
  const body = req.url === '/' ? '<!doctype html><title>bench</title><script type="module" src="/bench.js"></script>' : req.url === '/bench.js' ? script : data.get(req.url ?? '');
  if (body === undefined) {
    res.writeHead(404).end();
    return;
  }
  const type = req.url === '/' ? 'text/html' : req.url.endsWith('.js') ? 'text/javascript' : 'application/json';
  res.writeHead(200, { 'content-type': `${type}; charset=utf-8` }).end(body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();

const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium found (set CHROME_PATH).');
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: [...chromiumArgs(), '--js-flags=--expose-gc', '--enable-precise-memory-info'],
});
let failed = false;
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => typeof window.runBench === 'function');
  const table = [];
  for (const n of sizes) {
    const out = await page.evaluate((url, rounds) => window.runBench(url, rounds), `/groups-${n}.json`, ROUNDS);
    const budget = BUDGET_MS(n);
    for (const row of out.rows) {
      const ok = row.median <= budget;
      if (!ok) failed = true;
      table.push({
        groups: n,
        scenario: row.name,
        'median ms': row.median.toFixed(2),
        'p95 ms': row.p95.toFixed(2),
        'max ms': row.max.toFixed(2),
        budget: `${budget} ms ${ok ? 'ok' : 'OVER'}`,
      });
    }
    console.log(
      `${n} groups: index ready for first results in ${out.buildMs.toFixed(0)} ms, text index ${out.textMs.toFixed(0)} ms more ` +
        `(all at once, warm: median ${out.fullMs.toFixed(0)} ms); ${out.words} distinct words, ${out.postings} postings; ` +
        `JS heap +${out.heapIndexMB.toFixed(1)} MB for the index (${out.heapTotalMB.toFixed(1)} MB in all, groups included)`,
    );
  }
  console.table(table);
} finally {
  await browser.close();
  server.close();
}
process.exitCode = failed ? 1 : 0;
