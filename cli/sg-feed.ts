/**
 * sg-feed: check a groups feed, or convert Meeting Guide, Open Referral UK or
 * CSV into the canonical feed. Runs on Node 20; built into dist/cli/sg-feed.js
 * by scripts/build-cli.mjs.
 *
 * Exit codes: 0 fine (warnings and dropped fields allowed), 1 a record was
 * skipped (validate), 2 the input or the command could not be used.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { FEED_FORMATS } from '../src/feed/detect.js';
import { convertFeed, parseFeedText, readFeed, type ReadOptions } from '../src/feed/read.js';
import type { FeedFormat } from '../src/feed/types.js';
import { InputError, readInput } from './input.js';
import { jsonReport, problemLines, summaryLine } from './report.js';

/** Replaced with the package version at build time. */
declare const __SG_FEED_VERSION__: string;
const VERSION = typeof __SG_FEED_VERSION__ === 'string' ? __SG_FEED_VERSION__ : '0.0.0-dev';

const HELP = `sg-feed ${VERSION}: check and convert support-group feeds

Usage:
  sg-feed validate <file|url> [--format <format>] [--json]
  sg-feed convert [--from <format>] <file|url> [-o <out.json>] [--json]

Commands:
  validate   Read a feed and list every problem with where it is.
             Exits 1 when a group had to be left out, 0 otherwise.
  convert    Write the feed in the canonical JSON format (to stdout without -o).
             Groups that could not be read are left out and listed.

Options:
  --format, --from <format>  auto (default), native, meeting-guide, open-referral or csv
  -o, --output <file>        where convert writes the canonical feed
  --json                     print the report as JSON (format, stats, problems)
  --timeout <seconds>        how long to wait for a URL (default 15)
  -h, --help                 show this help
  -v, --version              show the version

Exit codes: 0 fine, 1 a group was left out (validate), 2 unusable input or command.
`;

/** A mistake in how the command was typed. */
class UsageError extends Error {}

const FORMATS = new Set<string>(['auto', ...FEED_FORMATS]);

/**
 * Runs the CLI with `argv` (without `node` and the script) and returns the
 * exit code. Never throws; `out` and `err` receive whole lines.
 */
export async function main(
  argv: readonly string[],
  out: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
  err: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        from: { type: 'string' },
        output: { type: 'string', short: 'o' },
        json: { type: 'boolean', default: false },
        timeout: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
    if (values.help) return print(out, HELP.trimEnd());
    if (values.version) return print(out, VERSION);
    const [command, source, ...rest] = positionals;
    if (!command) throw new UsageError('no command given');
    if (command !== 'validate' && command !== 'convert') throw new UsageError(`unknown command "${command}"`);
    if (!source) throw new UsageError(`${command} needs a file or URL`);
    if (rest.length > 0) throw new UsageError(`unexpected "${rest.join(' ')}"`);
    const format = values.format ?? values.from ?? 'auto';
    if (!FORMATS.has(format)) throw new UsageError(`unknown format "${format}"; use ${[...FORMATS].join(', ')}`);
    const seconds = values.timeout === undefined ? 15 : Number(values.timeout);
    if (!Number.isFinite(seconds) || seconds <= 0) throw new UsageError(`--timeout needs a number of seconds, not "${values.timeout}"`);

    const input = await readInput(source, seconds * 1000);
    const options: ReadOptions = { format: format as FeedFormat | 'auto', contentType: input.contentType };
    const parsed = parseFeedText(input.text, options);
    if ('error' in parsed) throw new InputError(`${source}: ${lowerFirst(parsed.error.message)}`);

    if (command === 'validate') {
      const directory = await readFeed(parsed.value, options);
      if (values.json) out(jsonReport(directory, { source }));
      else {
        for (const line of problemLines(directory.problems)) out(line);
        out(summaryLine(directory));
      }
      return directory.stats.skipped > 0 ? 1 : 0;
    }

    const { feed, directory } = await convertFeed(parsed.value, options);
    if (feed === undefined) throw new InputError(`${source}: ${directory.problems[0]?.message ?? 'nothing could be read'}`);
    const text = `${JSON.stringify(feed, null, 2)}\n`;
    // With no -o the feed owns stdout, so the report goes to stderr.
    const report = values.output ? out : err;
    if (values.output) {
      try {
        await writeFile(values.output, text, 'utf8');
      } catch (error) {
        throw new InputError(`cannot write ${values.output}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      }
    } else out(text.trimEnd());
    if (values.json) report(jsonReport(directory, { source, output: values.output ?? null }));
    else {
      for (const line of problemLines(directory.problems)) report(line);
      report(`${summaryLine(directory)}${values.output ? ` Wrote ${values.output}.` : ''}`);
    }
    return 0;
  } catch (error) {
    if (error instanceof UsageError || String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS')) {
      // Node's own parseArgs messages run on with advice about "--"; the first sentence is the point.
      const message = error instanceof UsageError ? error.message : firstSentence((error as Error).message);
      err(`sg-feed: ${message} (see sg-feed --help)`);
      return 2;
    }
    if (error instanceof InputError) {
      err(`sg-feed: ${error.message}`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    err(`sg-feed: ${message.split('\n')[0]}`);
    return 2;
  }
}

function print(out: (line: string) => void, text: string): number {
  out(text);
  return 0;
}

function firstSentence(text: string): string {
  const end = text.indexOf('. ');
  return end > 0 ? text.slice(0, end) : text.replace(/\.$/, '');
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

// Run when executed as a program, not when imported by a test.
const invoked = process.argv[1] ?? '';
if (/sg-feed(\.[cm]?js)?$/.test(invoked)) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
