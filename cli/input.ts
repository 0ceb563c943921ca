/**
 * Reading the feed a command was pointed at: a local file or an http(s) URL.
 * Every failure becomes an InputError with a one-line reason, never a stack trace.
 */
import { readFile } from 'node:fs/promises';

/** Something the CLI could not read; `message` is one line for stderr. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

export interface Input {
  text: string;
  contentType: string | null;
}

/** Reads `source` (a path or an http/https URL), giving up on a URL after `timeoutMs`. */
export async function readInput(source: string, timeoutMs: number): Promise<Input> {
  if (/^https?:\/\//i.test(source)) return fetchInput(source, timeoutMs);
  try {
    return { text: await readFile(source, 'utf8'), contentType: source.toLowerCase().endsWith('.csv') ? 'text/csv' : null };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder, not a file' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new InputError(`cannot read ${source}: ${why}`);
  }
}

async function fetchInput(url: string, timeoutMs: number): Promise<Input> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json, text/csv;q=0.9, */*;q=0.5' } });
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') throw new InputError(`could not fetch ${url}: no answer within ${timeoutMs / 1000} s`);
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const why = cause?.code === 'ECONNREFUSED' ? 'connection refused' : cause?.code === 'ENOTFOUND' ? 'no such host' : (cause?.message ?? (error as Error).message);
    throw new InputError(`could not fetch ${url}: ${why}`);
  }
  if (!response.ok) throw new InputError(`could not fetch ${url}: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  try {
    return { text: await response.text(), contentType: response.headers.get('content-type') };
  } catch (error) {
    throw new InputError(`could not fetch ${url}: the download stopped (${(error as Error).message})`);
  }
}
