// Builds the sg-feed CLI: one ESM file for Node 20 with its dependencies
// (Papa Parse included) bundled, so `npx sg-feed` needs nothing else.
import { chmod, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Bundles cli/sg-feed.ts into dist/cli/sg-feed.js (executable).
 * @param {{ outfile?: string }} [options]
 * @returns {Promise<string>} the path written
 */
export async function buildCli(options = {}) {
  const outfile = options.outfile ?? `${root}dist/cli/sg-feed.js`;
  const pkg = JSON.parse(await readFile(`${root}package.json`, 'utf8'));
  await build({
    entryPoints: [`${root}cli/sg-feed.ts`],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    define: { __SG_FEED_VERSION__: JSON.stringify(pkg.version) },
    // The CSV adapter is a dynamic import in the browser; in one CLI file it is simply inlined.
    splitting: false,
    legalComments: 'none',
    logLevel: 'warning',
  });
  await chmod(outfile, 0o755);
  return outfile;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const outfile = await buildCli();
  console.log(`built ${outfile}`);
}
