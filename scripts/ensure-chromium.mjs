#!/usr/bin/env node
// Makes sure a Chromium is there for the browser tests. Order: CHROME_PATH, a
// chromium or chrome on the PATH, else (Debian/Ubuntu, as root) Debian's
// package; otherwise stop with one line saying what to install.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { findChromium } from './chromium-path.mjs';

function isDebianLike() {
  try {
    const text = readFileSync('/etc/os-release', 'utf8');
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(text);
  } catch {
    return false;
  }
}

export function ensureChromium({ quiet = false } = {}) {
  let found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isDebianLike() && isRoot && existsSync('/usr/bin/apt-get')) {
    if (!quiet) console.log('No Chromium found: installing Debian\'s chromium package (about a minute)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: ['ignore', 'ignore', 'inherit'], env });
    found = findChromium();
    if (found) return found;
  }
  return undefined;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = ensureChromium();
  if (!path) {
    console.error('No Chromium found: install Chromium or Google Chrome, or set CHROME_PATH to its binary.');
    process.exit(1);
  }
  console.log(path);
}
