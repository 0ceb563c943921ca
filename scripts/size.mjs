#!/usr/bin/env node
// npm run size: what a visitor downloads, min+gzip (and brotli), against budgets.
//  - the one-file script (dist/support-group-widgets.js, from `npm run build`);
//  - each element entry bundled on its own with lit, as an app would ship it.
// `--check` exits 1 when anything is over budget (npm test uses it).
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Budgets in bytes, min+gzip. Keep the reason next to each number. */
export const BUDGETS = [
  // Everything, for a <script> tag: the limit.
  { name: 'script: dist/support-group-widgets.js', file: 'dist/support-group-widgets.js', budget: 35 * 1024 },
  // Lit and @lit/context (~7.4 KB) + localiser + tokens + every confirmed helpline in two languages.
  { name: 'entry: signpost', entry: 'src/components/signpost/signpost.ts', budget: 16 * 1024 },
];

const check = process.argv.includes('--check');
const gzip = (buf) => gzipSync(buf, { level: 9 }).length;
const brotli = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

async function bundle(entry) {
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
  return Buffer.from(result.outputFiles[0].contents);
}

const rows = [];
let over = 0;
for (const item of BUDGETS) {
  if (item.file && !existsSync(item.file)) {
    console.error(`${item.file} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
  if (item.entry && !existsSync(item.entry)) continue;
  const buf = item.file ? readFileSync(item.file) : await bundle(item.entry);
  const gz = gzip(buf);
  const ok = gz <= item.budget;
  if (!ok) over += 1;
  rows.push({ name: item.name, min: kb(buf.length), gzip: kb(gz), brotli: kb(brotli(buf)), budget: kb(item.budget), ok: ok ? 'ok' : 'OVER' });
}

const widths = Object.keys(rows[0]).map((k) => Math.max(k.length, ...rows.map((r) => String(r[k]).length)));
const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
console.log(line(Object.keys(rows[0])));
for (const row of rows) console.log(line(Object.values(row)));
if (check && over > 0) {
  console.error(`\n${over} bundle(s) over budget.`);
  process.exit(1);
}
