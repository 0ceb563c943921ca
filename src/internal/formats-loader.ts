/**
 * Loads the reader for a foreign feed format on demand.
 *
 * This is the ES module version (the npm package, tests, the demo): each
 * reader is its own `import()`, so an app's bundler puts each in its own
 * chunk and a canonical feed downloads none. The one-file script swaps in
 * `formats-loader.script.ts` (see the script mode of `vite.config.ts`), which
 * fetches them all as one sibling file from the script's own directory.
 */
import type { AdapterResult } from '../feed/adapters/types.js';
import type { FeedFormat } from '../feed/types.js';

export type ForeignFormat = Exclude<FeedFormat, 'native'>;

/** Converts a parsed foreign feed (CSV: its text) to the canonical feed. */
export type Reader = (value: unknown) => AdapterResult;

/** Where the readers are loaded from, for messages; undefined when the bundler decides. */
export function readersUrl(): string | undefined {
  return undefined;
}

/** The reader for a format. Rejects when it cannot be loaded (offline, a missing chunk). */
export async function loadReader(format: ForeignFormat): Promise<Reader> {
  if (format === 'csv') {
    const [{ adaptCsv }, { loadCsvParser }] = await Promise.all([import('../feed/adapters/csv.js'), import('../feed/adapters/csv-parser.js')]);
    const parse = await loadCsvParser();
    return (value) => adaptCsv(value as string, parse);
  }
  if (format === 'meeting-guide') return (await import('../feed/adapters/meeting-guide.js')).adaptMeetingGuide;
  return (await import('../feed/adapters/open-referral.js')).adaptOpenReferral;
}
