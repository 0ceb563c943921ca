#!/usr/bin/env node
// npm run build: ES modules, the one-file script, type declarations, and the
// sg-feed CLI (when its sources exist). Stops at the first failure.
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
const bin = (name) => `node_modules/.bin/${name}`;

rmSync('dist', { recursive: true, force: true });
run(bin('vite'), ['build', '--logLevel', 'warn']);
run(bin('vite'), ['build', '--mode', 'script', '--logLevel', 'warn']);
// Sibling files the script fetches from its own directory when a page needs them
// (SCRIPT_SIBLINGS in vite.config.ts): the Meeting Guide, Open Referral and CSV readers.
run(bin('vite'), ['build', '--mode', 'script-formats', '--logLevel', 'warn']);
run(bin('tsc'), ['-p', 'tsconfig.build.json']);
if (existsSync('scripts/build-cli.mjs')) {
  const { buildCli } = await import('./build-cli.mjs');
  if (typeof buildCli === 'function') await buildCli();
}
