#!/usr/bin/env node
// npm run bench — one table for the feed and the group finder in headless
// Chromium, on synthetic feeds of 1k, 10k and 50k groups served from 127.0.0.1:
//   feed: JSON.parse + normalise(), median of several runs (scripts/bench-feed.mjs);
//   first results: the feed's last byte arriving to the first results painted (median of 5 page loads,
//     each in its own renderer), beside 'feed alone': the same feed read in a page with no finder;
//   keystroke: a key's input event to the updated results painted (median, p95);
//   heap: JS heap after garbage collection with the finder showing results, and
//   the heap the normalised directory alone holds (scripts/bench-finder.mjs).
// Budgets are printed beside the figures; with --check the exit code is 1 when
// one is not met. The load average is printed before and after: figures taken
// on a busy machine are not comparable with a quiet one.
//   node scripts/bench.mjs [--sizes 1000,10000] [--runs 9] [--check]
// (BENCH_SIZES=1000,10000 works too, as for bench:finder.) Writes bench/results.json.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { BUDGET_MS as FEED_BUDGET_MS, BUDGET_SIZE as FEED_BUDGET_SIZE, NoChromiumError, measureFeed } from './bench-feed.mjs';
import { BUDGET as FINDER_BUDGET, measureFinder } from './bench-finder.mjs';
import { findChromium } from './chromium-path.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : fallback;
}
const sizes = option('sizes', process.env.BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number);
const runs = Number(option('runs', '9'));
const check = process.argv.includes('--check');

const executablePath = findChromium();
if (!executablePath) {
  console.error(new NoChromiumError().message);
  process.exit(2);
}
let chromium = executablePath;
try {
  chromium = execFileSync(executablePath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
} catch {
  // The path alone will do.
}

const load = () => loadavg().map((n) => n.toFixed(2)).join(', ');
const loadBefore = load();
console.error(`Measuring ${sizes.join(', ')} groups (load average ${loadBefore}) …`);
const started = performance.now();
const feed = await measureFeed({ sizes, runs });
const finder = await measureFinder({ sizes });
const loadAfter = load();
const seconds = ((performance.now() - started) / 1000).toFixed(0);

/** Budgets by number of groups: feed total, first results, keystroke median, heap (ms, ms, ms, MB). */
function budgetFor(groups) {
  const finderBudget = FINDER_BUDGET[groups] ?? {};
  return {
    feed: groups === FEED_BUDGET_SIZE ? FEED_BUDGET_MS : undefined,
    first: finderBudget.first,
    key: finderBudget.key,
    heap: finderBudget.heap,
  };
}

const failures = [];
let checked = 0;
function cell(value, digits, limit, what, groups) {
  const figure = value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  if (limit === undefined) return figure;
  checked++;
  if (value <= limit) return `${figure} (≤ ${limit} ok)`;
  failures.push(`${what} at ${groups.toLocaleString('en-GB')} groups: ${figure}, budget ${limit}`);
  return `**${figure}** (> ${limit} OVER)`;
}

const mb = (bytes) => bytes / 1024 / 1024;
const header = [
  'groups',
  'feed parse + normalise ms',
  'first results ms',
  'feed alone ms',
  'keystroke median ms',
  'keystroke p95 ms',
  'heap MB',
  'directory MB',
];
const rows = sizes.map((groups) => {
  const f = feed.results.find((r) => r.groups === groups);
  const g = finder.find((r) => r.groups === groups);
  const budget = budgetFor(groups);
  return [
    groups.toLocaleString('en-GB'),
    `${cell(f.totalMs, 0, budget.feed, 'feed parse + normalise', groups)} [${f.parseMs.toFixed(0)} + ${f.normaliseMs.toFixed(0)}]`,
    `${cell(g.first, 0, budget.first, 'first results', groups)} [${g.firstMin.toFixed(0)}–${g.firstMax.toFixed(0)}]`,
    cell(g.feedAlone, 0, undefined, 'feed alone', groups),
    cell(g.keyMedian, 1, budget.key, 'keystroke median', groups),
    cell(g.keyP95, 1, undefined, 'keystroke p95', groups),
    cell(g.heap, 1, budget.heap, 'heap', groups),
    cell(mb(f.heapBytes), 1, undefined, 'directory', groups),
  ];
});

const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(`\n${chromium}, headless, ${cpus().length} cores; load average ${loadBefore} before, ${loadAfter} after (1, 5, 15 min); ${seconds} s\n`);
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of rows) console.log(line(row));
console.log(`
feed: median of ${runs} runs, [JSON.parse + normalise()]; first results: feed's last byte to results painted,
median of ${finder[0]?.loads ?? 0} fresh page loads [fastest–slowest], each in its own renderer;
feed alone: the same feed read in a page with no finder (browser handing over the body, JSON.parse, normalise),
from its last byte to a Directory: the floor under first results;
keystroke: typing and deleting "anxiety leeds" three times (${finder.map((r) => r.keystrokes).join(', ')} keystrokes timed);
heap: JS heap after GC with the finder showing results; directory: heap held by the normalised feed alone.`);
if (failures.length) {
  console.log(`\nBudgets not met:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  if (check) process.exitCode = 1;
} else if (checked) console.log(`\nEvery budget met (${checked} checked).`);
else console.log('\nNo budget applies to these sizes (budgets are set for 10,000 and 50,000 groups).');

mkdirSync(`${root}bench`, { recursive: true });
writeFileSync(
  `${root}bench/results.json`,
  `${JSON.stringify({ date: new Date().toISOString(), chromium, loadAverage: { before: loadBefore, after: loadAfter }, feed: feed.results, finder }, null, 2)}\n`,
);
