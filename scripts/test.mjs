#!/usr/bin/env node
// npm test: everything, in order, failing fast.
//   Chromium → type-check → lint → custom-elements.json up to date → build →
//   browser tests → Node tests (CLI) → size budgets → Storybook build.
// The last line printed is exactly "N passed, N failed" (CI reads it). A step
// that fails outside the test runners counts as one failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './ensure-chromium.mjs';

const started = Date.now();
const totals = { passed: 0, failed: 0, skipped: 0 };
const bin = (name) => `node_modules/.bin/${name}`;

function finish(code) {
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`\nnpm test took ${seconds} s.`);
  const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
  console.log(`${totals.passed} passed, ${totals.failed} failed${skipped}`);
  process.exit(code);
}

function fail(step, detail) {
  console.error(`\n✗ ${step} failed${detail ? `: ${detail}` : ''}.`);
  totals.failed += 1;
  finish(1);
}

function step(name, cmd, args, options = {}) {
  const t0 = Date.now();
  console.log(`\n▶ ${name}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', ...options, env: { ...process.env, ...options.env } });
  const took = ((Date.now() - t0) / 1000).toFixed(1);
  if (result.status !== 0) return { ok: false, took };
  console.log(`✓ ${name} (${took} s)`);
  return { ok: true, took };
}

if (!existsSync('node_modules/.bin/web-test-runner')) {
  console.error('Dependencies are missing: run `npm install` (or `npm ci`) first.');
  totals.failed += 1;
  finish(1);
}

console.log('▶ Chromium');
const chrome = ensureChromium();
if (!chrome) {
  console.error('No Chromium found: install Chromium or Google Chrome, or set CHROME_PATH to its binary.');
  totals.failed += 1;
  finish(1);
}
console.log(`✓ Chromium: ${chrome}`);
const env = { CHROME_PATH: chrome };

if (!step('Type-check', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']).ok) fail('Type-check');
if (!step('Type-check the React example (JSX)', bin('tsc'), ['--noEmit', '-p', 'examples/tsconfig.json']).ok) fail('Type-check');
if (!step('Lint', bin('eslint'), ['.', '--max-warnings', '0']).ok) fail('Lint');
if (!step('custom-elements.json is up to date', 'node', ['scripts/check-manifest.mjs']).ok) fail('Manifest check');
if (!step('README reference matches custom-elements.json', 'node', ['scripts/readme-reference.mjs', '--check']).ok) fail('README reference');
if (!step('Build', 'node', ['scripts/build.mjs']).ok) fail('Build');

rmSync('.test-results', { recursive: true, force: true });
mkdirSync('.test-results', { recursive: true });
const browser = step('Browser tests (headless Chromium)', bin('web-test-runner'), [], { env });
let browserCounts;
try {
  browserCounts = JSON.parse(readFileSync('.test-results/browser.json', 'utf8'));
} catch {
  fail('Browser tests', 'the test runner reported no results');
}
totals.passed += browserCounts.passed;
totals.failed += browserCounts.failed + browserCounts.fileErrors;
totals.skipped += browserCounts.skipped;
if (!browser.ok || browserCounts.failed + browserCounts.fileErrors > 0) {
  if (browserCounts.failed + browserCounts.fileErrors === 0) totals.failed += 1;
  console.error('\n✗ Browser tests failed.');
  finish(1);
}

const nodeTests = existsSync('test/node') ? readdirSync('test/node').filter((f) => f.endsWith('.test.mjs')) : [];
if (nodeTests.length > 0) {
  const result = step('Node tests (CLI)', 'node', [
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    '--test-reporter-destination=.test-results/node.tap',
    ...nodeTests.map((f) => `test/node/${f}`),
  ]);
  const tap = existsSync('.test-results/node.tap') ? readFileSync('.test-results/node.tap', 'utf8') : '';
  const count = (name) => Number(tap.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
  totals.passed += count('pass');
  totals.failed += count('fail') + count('cancelled');
  totals.skipped += count('skipped') + count('todo');
  if (!result.ok) {
    if (count('fail') + count('cancelled') === 0) totals.failed += 1;
    console.error('\n✗ Node tests failed.');
    finish(1);
  }
}

if (existsSync('scripts/size.mjs')) {
  if (!step('Size budgets', 'node', ['scripts/size.mjs', '--check']).ok) fail('Size budgets');
}

// The docs site (`npm run build:docs`): Storybook with every element's
// autodocs and every guide in docs/.
if (!step('Docs site (Storybook build)', bin('storybook'), ['build', '--quiet', '-o', 'docs-site'], {
  env: { STORYBOOK_DISABLE_TELEMETRY: '1' },
}).ok) fail('Docs site build');
if (!step('Docs site complete', 'node', ['scripts/check-docs-site.mjs', 'docs-site', '--render']).ok) fail('Docs site complete');

finish(0);
