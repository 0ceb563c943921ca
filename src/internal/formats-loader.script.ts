/**
 * The one-file script's version of `formats-loader.ts`: the Meeting Guide,
 * Open Referral UK and CSV readers and Papa Parse live in
 * `support-group-widgets.formats.js`, next to the script, and are fetched
 * once, the first time a page's feed needs one. An editor still pastes one
 * script tag; a page whose feed is canonical JSON never requests the file.
 * `import()` from a classic script works under `default-src 'self'` when the
 * file is on the same origin (another origin must send CORS headers).
 */
import { VERSION } from '../version.js';
import type * as Formats from './formats.js';
import type { ForeignFormat, Reader } from './formats-loader.js';
import { siblingUrl } from './script-base.js';

export type { ForeignFormat, Reader } from './formats-loader.js';

export const FORMATS_FILE = 'support-group-widgets.formats.js';

let loading: Promise<typeof Formats> | undefined;

export function readersUrl(): string | undefined {
  return siblingUrl(FORMATS_FILE);
}

function loadFormats(): Promise<typeof Formats> {
  loading ??= (async () => {
    const url = readersUrl();
    if (!url) throw new Error('The address of the script is unknown, so its sibling files cannot be found.');
    const formats = (await import(/* @vite-ignore */ url)) as typeof Formats;
    if (formats.VERSION !== VERSION) {
      console.warn(`support-group-widgets: ${url} is version ${String(formats.VERSION)}, the script is ${VERSION}. Copy both files from the same release.`);
    }
    return formats;
  })().catch((thrown: unknown) => {
    // Once per failed attempt, for the editor; the feed error says the same in words.
    console.error(`support-group-widgets: could not load the feed readers from ${readersUrl() ?? 'beside the script'}.`, thrown);
    // Let "Try again" fetch it again.
    loading = undefined;
    throw thrown;
  });
  return loading;
}

export async function loadReader(format: ForeignFormat): Promise<Reader> {
  const formats = await loadFormats();
  if (format === 'csv') {
    const parse = await formats.loadCsvParser();
    return (value) => formats.adaptCsv(value as string, parse);
  }
  return format === 'meeting-guide' ? formats.adaptMeetingGuide : formats.adaptOpenReferral;
}
