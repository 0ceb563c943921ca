// sg-feed, run as a person would run it: the built file, real exit codes,
// real files and a local HTTP server. Run with `node --test test/node/`.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { buildCli } from '../../scripts/build-cli.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = join(root, 'test/feed/fixtures');
let cli;
let dir;

/** Runs the CLI; resolves with exit code, stdout and stderr (never rejects on a non-zero exit). */
function run(...args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { cwd: dir, timeout: 20_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

function assertOneLineReason(result) {
  assert.equal(result.code, 2);
  const lines = result.stderr.trim().split('\n');
  assert.equal(lines.length, 1, `one line on stderr, got:\n${result.stderr}`);
  assert.match(lines[0], /^sg-feed: /);
  assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
}

before(async () => {
  cli = await buildCli();
  dir = await mkdtemp(join(tmpdir(), 'sg-feed-test-'));
});

after(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('sg-feed basics', () => {
  test('--version prints the package version', async () => {
    const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
    const result = await run('--version');
    assert.equal(result.code, 0);
    assert.equal(result.stdout.trim(), pkg.version);
  });

  test('--help explains both commands and the exit codes', async () => {
    const result = await run('--help');
    assert.equal(result.code, 0);
    assert.match(result.stdout, /sg-feed validate <file\|url>/);
    assert.match(result.stdout, /sg-feed convert/);
    assert.match(result.stdout, /Exit codes/);
  });

  test('a mistyped command, format or option exits 2 with one line', async () => {
    assertOneLineReason(await run('check', 'x.json'));
    assertOneLineReason(await run('validate', 'x.json', '--format', 'xml'));
    assertOneLineReason(await run('validate', '--bogus', 'x.json'));
    assertOneLineReason(await run('validate'));
  });
});

describe('sg-feed validate', () => {
  test('lists each problem with its path and exits 1 when a record is skipped', async () => {
    const result = await run('validate', join(fixtures, 'meeting-guide/meetings.json'));
    assert.equal(result.code, 1);
    assert.match(result.stdout, /^skipped\s+\[9\]\.name \[nameless\]: This meeting has no name/m);
    assert.match(result.stdout, /^dropped\s+\[7\]\.latitude/m);
    assert.match(result.stdout, /^9 groups from 11 records \(meeting-guide\): 2 skipped/m);
  });

  test('exits 0 when there are only warnings and dropped fields', async () => {
    const file = join(dir, 'closed.json');
    await writeFile(file, JSON.stringify([
      { name: 'Closed for now', slug: 'closed', day: 1, time: '18:00', formatted_address: '1 Example Street, Leeds LS1 4AP', types: ['TC'], latitude: 0, longitude: 0 },
    ]));
    const result = await run('validate', file);
    assert.equal(result.code, 0, result.stdout);
    assert.match(result.stdout, /temporarily closed/);
    assert.match(result.stdout, /0 skipped, 1 dropped field, 1 warning/);
  });

  test('--json prints one JSON report for scripts', async () => {
    const result = await run('validate', '--json', join(fixtures, 'csv/groups.csv'));
    assert.equal(result.code, 1);
    const report = JSON.parse(result.stdout);
    assert.equal(report.format, 'csv');
    assert.equal(report.stats.groups, 5);
    assert.ok(report.problems.some((p) => p.path === 'row 5, name' && p.action === 'skipped'));
  });

  test('a missing file exits 2 with a one-line reason', async () => {
    const result = await run('validate', 'no-such-feed.json');
    assertOneLineReason(result);
    assert.match(result.stderr, /no-such-feed\.json: no such file/);
  });

  test('a file that is not JSON or CSV exits 2 with a one-line reason', async () => {
    const file = join(dir, 'broken.json');
    await writeFile(file, '{"version": 1, "groups": [');
    const result = await run('validate', file);
    assertOneLineReason(result);
    assert.match(result.stderr, /not valid JSON or CSV/);
  });
});

describe('sg-feed convert', () => {
  test('converts a CSV sheet to a canonical feed that then validates cleanly', async () => {
    const out = join(dir, 'from-csv.json');
    const result = await run('convert', '--from', 'csv', join(fixtures, 'csv/groups.csv'), '-o', out);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /Wrote .*from-csv\.json/);
    const feed = JSON.parse(await readFile(out, 'utf8'));
    assert.equal(feed.version, 1);
    assert.deepEqual(feed.groups.map((g) => g.id), ['tues-calm', 'carers-circle', 'carers-circle-2', 'walk', 'monthly-no-week']);
    assert.deepEqual(feed.groups[0].schedule, [{ freq: 'weekly', interval: 1, byday: ['TU'], start: '18:30', end: '20:00' }]);
    const again = await run('validate', out);
    assert.equal(again.code, 0, again.stdout);
  });

  test('detects the format with --from auto and leaves skipped groups out of the output', async () => {
    const out = join(dir, 'from-oruk.json');
    const result = await run('convert', '--from', 'auto', join(fixtures, 'open-referral/hsds3-page.json'), '-o', out, '--json');
    assert.equal(result.code, 0, result.stderr);
    const report = JSON.parse(result.stdout);
    assert.equal(report.format, 'open-referral');
    const feed = JSON.parse(await readFile(out, 'utf8'));
    assert.equal(feed.groups.length, report.stats.groups);
    assert.ok(!feed.groups.some((g) => g.id === 'svc-no-place'), 'the group with no way to attend was skipped');
  });

  test('without -o writes the feed to stdout and the report to stderr', async () => {
    const result = await run('convert', '--from', 'meeting-guide', join(fixtures, 'meeting-guide/meetings.json'));
    assert.equal(result.code, 0);
    const feed = JSON.parse(result.stdout);
    assert.equal(feed.groups.length, 9);
    assert.match(result.stderr, /9 groups from 11 records/);
  });
});

describe('sg-feed with URLs', () => {
  let server;
  let base;
  before(async () => {
    const meetings = await readFile(join(fixtures, 'meeting-guide/meetings.json'));
    server = createServer((req, res) => {
      if (req.url === '/meetings.json') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(meetings);
      } else if (req.url === '/sheet') {
        res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8' });
        res.end('name,attendance,online_url\nOnline Circle,online,https://example.org/join\n');
      } else if (req.url === '/slow') {
        setTimeout(() => res.end('[]'), 3000);
      } else {
        res.writeHead(404);
        res.end('not found');
      }
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${server.address().port}`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  test('validates a feed served over HTTP', async () => {
    const result = await run('validate', `${base}/meetings.json`);
    assert.equal(result.code, 1);
    assert.match(result.stdout, /\(meeting-guide\)/);
  });

  test('reads CSV from a URL by its content type', async () => {
    const result = await run('validate', '--json', `${base}/sheet`);
    assert.equal(result.code, 0, result.stdout);
    assert.equal(JSON.parse(result.stdout).format, 'csv');
  });

  test('a 404 exits 2 naming the status', async () => {
    const result = await run('validate', `${base}/gone.json`);
    assertOneLineReason(result);
    assert.match(result.stderr, /HTTP 404/);
  });

  test('a slow server is given up on after --timeout', async () => {
    const started = Date.now();
    const result = await run('validate', `${base}/slow`, '--timeout', '0.5');
    assertOneLineReason(result);
    assert.match(result.stderr, /no answer within 0\.5 s/);
    assert.ok(Date.now() - started < 2900, 'did not wait for the server');
  });

  test('a closed port exits 2 with a one-line reason', async () => {
    const closed = createServer();
    await new Promise((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address();
    await new Promise((resolve) => closed.close(resolve));
    const result = await run('validate', `http://127.0.0.1:${port}/feed.json`);
    assertOneLineReason(result);
    assert.match(result.stderr, /connection refused/);
  });
});
