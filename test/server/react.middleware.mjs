// React 19 ships CommonJS only, and the test server serves ES modules. This
// serves ES-module stand-ins at the paths the server's node-resolve gives
// bare `react`, `react/jsx-runtime` and `react-dom/client` imports, all cut
// from ONE esbuild bundle, so a test and @lit/react share one React. It also
// bundles the React example (examples/react/main.tsx) when a page asks for it,
// the way vite's dev server compiles it for `npm start`. No network, no files
// written.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build, context } from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));
const mode = process.env.NODE_ENV === 'production' ? 'production' : 'development';
const define = { 'process.env.NODE_ENV': JSON.stringify(mode) };

/** Where node-resolve sends each CommonJS package entry, and its name. */
const ENTRIES = {
  '/node_modules/react/index.js': 'react',
  '/node_modules/react/jsx-runtime.js': 'react/jsx-runtime',
  '/node_modules/react/jsx-dev-runtime.js': 'react/jsx-dev-runtime',
  '/node_modules/react-dom/index.js': 'react-dom',
  '/node_modules/react-dom/client.js': 'react-dom/client',
};
const SPECIFIERS = [...new Set(Object.values(ENTRIES))];
const VENDOR = '/__react/vendor.js';
const EXAMPLE = '/examples/react/main.tsx';

let vendor;
let exportNames;

/**
 * Each package's export names, as Node sees them with the bundle's NODE_ENV.
 * Read in a child process: loading React in the runner's own process trips
 * over the runner's console wrapper.
 */
function namesOf(specifier) {
  exportNames ??= JSON.parse(
    execFileSync(
      process.execPath,
      ['-e', `const r = {}; for (const s of ${JSON.stringify(SPECIFIERS)}) r[s] = Object.keys(require(s)); console.log(JSON.stringify(r));`],
      { cwd: root, env: { ...process.env, NODE_ENV: mode }, encoding: 'utf8' },
    ),
  );
  return exportNames[specifier];
}

/** One ES module holding every React package's CommonJS exports, as m0, m1, … */
function vendorBundle() {
  vendor ??= build({
    stdin: {
      contents:
        SPECIFIERS.map((s, i) => `import m${i} from ${JSON.stringify(s)};`).join('\n') +
        `\nexport { ${SPECIFIERS.map((_, i) => `m${i}`).join(', ')} };\n`,
      resolveDir: root,
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    define,
    write: false,
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0].text);
  return vendor;
}

/** A module that re-exports one package from the vendor bundle, with its named exports. */
function standIn(specifier) {
  const i = SPECIFIERS.indexOf(specifier);
  const names = namesOf(specifier).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n) && n !== 'default');
  return (
    `import { m${i} as m } from '${VENDOR}';\n` +
    `export default m;\n` +
    (names.length ? `export const { ${names.join(', ')} } = m;\n` : '')
  );
}

let example;

/**
 * The React example as the browser runs it: TSX compiled, React and the
 * elements bundled in. An esbuild context rebuilds only what changed.
 */
async function exampleBundle() {
  example ??= context({
    entryPoints: [root + EXAMPLE.slice(1)],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    jsx: 'automatic',
    tsconfig: root + 'examples/tsconfig.json',
    define,
    write: false,
    logLevel: 'silent',
  });
  const result = await (await example).rebuild();
  return result.outputFiles[0].text;
}

async function serve(ctx, make) {
  try {
    ctx.body = await make();
    ctx.type = 'text/javascript';
    ctx.set('Cache-Control', 'no-store');
  } catch (error) {
    ctx.status = 500;
    ctx.type = 'text/plain';
    ctx.body = `react.middleware: ${error instanceof Error ? error.message : String(error)}`;
  }
}

export default [
  async (ctx, next) => {
    if (ctx.path === VENDOR) return serve(ctx, vendorBundle);
    if (Object.hasOwn(ENTRIES, ctx.path)) return serve(ctx, async () => standIn(ENTRIES[ctx.path]));
    if (ctx.path === EXAMPLE) return serve(ctx, exampleBundle);
    return next();
  },
];
