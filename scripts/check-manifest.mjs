#!/usr/bin/env node
// Fails when custom-elements.json is not what the analyzer writes from the
// source today. Run `npm run analyze` to refresh it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// The analyzer resolves --outdir against the project, so stay inside it.
const out = '.cache/cem-check';
mkdirSync(out, { recursive: true });
try {
  execFileSync('node_modules/.bin/cem', ['analyze', '--outdir', out], { stdio: ['ignore', 'ignore', 'inherit'] });
  const fresh = readFileSync(join(out, 'custom-elements.json'), 'utf8');
  let committed = '';
  try {
    committed = readFileSync('custom-elements.json', 'utf8');
  } catch {
    // missing: reported below
  }
  if (JSON.stringify(JSON.parse(fresh)) !== (committed ? JSON.stringify(JSON.parse(committed)) : '')) {
    console.error('custom-elements.json is out of date: run `npm run analyze` and commit the result.');
    process.exit(1);
  }
  console.log('custom-elements.json is up to date.');
} finally {
  rmSync(out, { recursive: true, force: true });
}
