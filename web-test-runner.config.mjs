// Browser tests: every *.test.ts under src/ and test/, in the system's headless
// Chromium (no downloaded browser). Local routes for feed, geocoder and fault
// tests come from test/server/*.middleware.mjs, so no test touches the network.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromiumArgs, findChromium } from './scripts/chromium-path.mjs';
import { countingReporter } from './scripts/counting-reporter.mjs';

const executablePath = findChromium();
if (!executablePath) {
  throw new Error('No Chromium found: run `npm test` (it installs one on Debian) or set CHROME_PATH.');
}

const serverDir = fileURLToPath(new URL('./test/server/', import.meta.url));
const middleware = [];
for (const file of readdirSync(serverDir).filter((f) => f.endsWith('.middleware.mjs')).sort()) {
  const mod = await import(pathToFileURL(serverDir + file).href);
  middleware.push(...[mod.default].flat());
}

const quiet = process.env.CI === 'true' || process.env.SG_QUIET === '1';

// `emulateMedia` from @web/test-runner-commands cannot turn on forced colours
// in Chromium through puppeteer, so this command sets media features over the
// DevTools protocol. The session stays open: closing it would undo them.
const mediaSessions = new Map();
const mediaFeaturesPlugin = {
  name: 'sg-media-features',
  async executeCommand({ command, payload, session }) {
    if (command !== 'sg-media-features') return undefined;
    const page = session.browser.getPage(session.id);
    let cdp = mediaSessions.get(session.id);
    if (!cdp) {
      cdp = await page.createCDPSession();
      mediaSessions.set(session.id, cdp);
    }
    await cdp.send('Emulation.setEmulatedMedia', { features: payload.features });
    return true;
  },
};

export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser'] },
  concurrency: 2,
  concurrentBrowsers: 1,
  testsFinishTimeout: 240000,
  browserStartTimeout: 60000,
  testFramework: { config: { timeout: 10000 } },
  middleware,
  plugins: [mediaFeaturesPlugin, esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: chromiumArgs() },
    }),
  ],
  reporters: [quiet ? summaryReporter({ flatten: false }) : defaultReporter(), countingReporter()],
};
