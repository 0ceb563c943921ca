// Finds a Chromium for the browser tests: CHROME_PATH, then the usual names on
// the PATH. Debian's /usr/bin/chromium is a shell wrapper; the real binary
// beside it starts faster and prints nothing odd, so prefer it when present.
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];
const REAL_BINARIES = { '/usr/bin/chromium': '/usr/lib/chromium/chromium' };

function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** @returns {string | undefined} */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const name of NAMES) {
    const found = onPath(name);
    if (found) return REAL_BINARIES[found] && existsSync(REAL_BINARIES[found]) ? REAL_BINARIES[found] : found;
  }
  return undefined;
}

/** Flags for headless Chromium here: root needs --no-sandbox, and tests must never wait on the internet. */
export function chromiumArgs() {
  const args = [
    '--disable-dev-shm-usage',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
    '--disable-default-apps',
    '--disable-extensions',
    // Test pages run side by side; a page in the background must still get
    // animation frames and timers, or fixtures wait on frames that never come.
    '--disable-renderer-backgrounding',
    '--disable-background-timer-throttling',
    '--disable-backgrounding-occluded-windows',
  ];
  if (typeof process.getuid === 'function' && process.getuid() === 0) args.unshift('--no-sandbox');
  return args;
}
