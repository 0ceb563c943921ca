import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * Library build, two shapes:
 *  - default mode: ES modules in dist/esm, one entry per element, lit left as
 *    a dependency so an app's bundler shares one copy;
 *  - `--mode script`: ONE self-contained, minified script that registers every
 *    element, for a plain `<script src>` in any page or CMS.
 * scripts/build.mjs runs both, then the types and the CLI.
 */
export const ENTRIES: Record<string, string> = {
  index: 'src/index.ts',
  signpost: 'src/components/signpost/signpost.ts',
  'group-finder': 'src/components/group-finder/group-finder.ts',
  benefits: 'src/components/benefits/benefits.ts',
  'what-to-expect': 'src/components/what-to-expect/what-to-expect.ts',
  feed: 'src/components/feed/feed.ts',
  react: 'src/react/index.ts',
};

/**
 * Files the one-file script loads from its own directory, only when a page
 * needs them (`--mode script-<name>`, each an ES module with nothing external).
 */
export const SCRIPT_SIBLINGS: Record<string, { entry: string; file: string }> = {
  formats: { entry: 'src/internal/formats.ts', file: 'support-group-widgets.formats.js' },
};

/** What the one-file script and its siblings share: minified, next to each other in dist/. */
const SCRIPT_BUILD = {
  outDir: 'dist',
  emptyOutDir: false,
  target: 'es2020',
  minify: true,
  sourcemap: true,
  reportCompressedSize: false,
} as const;

export default defineConfig(({ mode }) => {
  const sibling = mode.startsWith('script-') ? SCRIPT_SIBLINGS[mode.slice('script-'.length)] : undefined;
  if (sibling) {
    return {
      build: {
        ...SCRIPT_BUILD,
        lib: { entry: sibling.entry, formats: ['es'], fileName: () => sibling.file },
        // One file: Papa Parse, which the CSV reader imports on demand, goes inside.
        rolldownOptions: { output: { codeSplitting: false, minify: true } },
      },
    };
  }
  if (mode === 'script') {
    return {
      resolve: {
        // The script fetches the foreign-format readers as a sibling file instead of carrying them.
        alias: [{ find: /^(\.\.?\/)+internal\/formats-loader\.js$/, replacement: fileURLToPath(new URL('./src/internal/formats-loader.script.ts', import.meta.url)) }],
      },
      build: {
        ...SCRIPT_BUILD,
        lib: {
          entry: 'src/index.ts',
          name: 'SupportGroupWidgets',
          formats: ['iife'],
          fileName: () => 'support-group-widgets.js',
        },
      },
    };
  }
  return {
    build: {
      outDir: 'dist/esm',
      emptyOutDir: true,
      target: 'es2020',
      minify: false,
      sourcemap: true,
      reportCompressedSize: false,
      lib: {
        entry: ENTRIES,
        formats: ['es'],
        fileName: (_format, name) => `${name}.js`,
      },
      rolldownOptions: {
        external: [/^lit($|\/)/, /^@lit\//, /^papaparse($|\/)/, /^react($|\/)/],
        output: { chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  };
});
