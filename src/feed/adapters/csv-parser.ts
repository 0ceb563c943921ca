/**
 * Papa Parse, loaded only when a feed turns out to be CSV, so pages whose feed
 * is JSON never download it.
 */

/** Cells of each record in source order (the header is record 0), and what the parser complained about. */
export interface CsvParsed {
  rows: string[][];
  errors: { row?: number; message: string }[];
}

/** Splits CSV text into records. */
export type ParseCsv = (text: string) => CsvParsed;

interface PapaLike {
  parse(
    text: string,
    config: { header: false; skipEmptyLines: false; delimiter: string },
  ): { data: unknown[]; errors: { row?: number; message: string; type?: string }[] };
}

function isPapa(value: unknown): value is PapaLike {
  return typeof value === 'object' && value !== null && typeof (value as PapaLike).parse === 'function';
}

/**
 * Returns a CSV parser backed by Papa Parse. A page that already loaded Papa
 * Parse with its own script tag (`window.Papa`) is reused rather than
 * downloading a second copy.
 */
export async function loadCsvParser(): Promise<ParseCsv> {
  let papa: unknown = (globalThis as { Papa?: unknown }).Papa;
  if (!isPapa(papa)) {
    const mod: unknown = await import('papaparse');
    // Bundlers expose this CommonJS module either as the namespace or as its default export.
    papa = isPapa((mod as { default?: unknown }).default) ? (mod as { default: unknown }).default : mod;
  }
  if (!isPapa(papa)) throw new Error('The CSV reader could not be loaded.');
  const parser = papa;
  return (text) => {
    const result = parser.parse(text, {
      header: false,
      // Row numbers must match what an editor sees, so blank lines are kept and skipped later.
      skipEmptyLines: false,
      delimiter: guessDelimiter(text),
    });
    const rows = result.data.map((row) => (Array.isArray(row) ? row.map((cell) => (typeof cell === 'string' ? cell : String(cell ?? ''))) : []));
    return { rows, errors: result.errors.filter((e) => e.type !== 'Delimiter') };
  };
}

/**
 * The separator the header row uses most: commas, or semicolons as Excel
 * saves CSV in much of Europe, or tabs. Decided from the header alone because
 * Papa Parse's own guess can pick the comma inside a quoted cell of a short
 * semicolon file.
 */
export function guessDelimiter(text: string): string {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t' || ch === '|')) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ',';
  for (const [ch, n] of counts) if (n > (counts.get(best) ?? 0)) best = ch;
  return best;
}
