// The docs' shell samples, run for real: every ```sh block that calls sg-feed
// is a session (`$ command`, then what it prints), and this runs each command
// against the repository's own files with the built CLI and compares the
// output with what the doc says, character for character. Also: the docs
// index lists every doc, and every block marked as a copy of an example file
// still matches it. Run with `node --test test/node/`.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { buildCli } from '../../scripts/build-cli.mjs';
import { codeBlocks, linkedDocs, shellSession } from '../docs/markdown.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const docsDir = join(root, 'docs');
const MARK = '@@sg-docs-step@@';
let dir;
let cli;

const docNames = (await readdir(docsDir)).filter((name) => name.endsWith('.md')).sort();
const docs = await Promise.all(docNames.map(async (name) => ({ name, text: await readFile(join(docsDir, name), 'utf8') })));

before(async () => {
  // A scratch working directory that sees the repository's sample files, so
  // `-o groups.json` in a doc never writes into the repository.
  dir = await mkdtemp(join(tmpdir(), 'sg-docs-'));
  for (const name of ['demo', 'test', 'schema', 'docs']) await symlink(join(root, name), join(dir, name));
  cli = await buildCli({ outfile: join(dir, 'sg-feed.js') });
});

after(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Runs the commands in one shell, as a person would type them; returns each one's output (stdout and stderr). */
function runSession(commands) {
  const script = [
    `sg-feed() { node ${JSON.stringify(cli)} "$@"; }`,
    `npx() { if [ "$1" = sg-feed ]; then shift; node ${JSON.stringify(cli)} "$@"; else echo "npx $1: not available in this test" >&2; return 127; fi; }`,
    ...commands.map((command) => `{ ${command}\n} 2>&1; __s=$?; printf '${MARK}\\n'; (exit $__s)`),
  ].join('\n');
  return new Promise((resolve, reject) => {
    execFile('bash', ['-c', script], { cwd: dir, timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } }, (error, stdout) => {
      if (error && error.killed) return reject(error);
      const parts = stdout.split(`${MARK}\n`);
      resolve(parts.slice(0, commands.length).map((part) => part.replace(/\s+$/, '')));
    });
  });
}

describe('docs: shell samples that call sg-feed', () => {
  const sessions = docs.flatMap(({ name, text }) =>
    codeBlocks(text)
      .filter((block) => ['sh', 'bash', 'shell', 'console'].includes(block.lang) && /\bsg-feed\b/.test(block.text))
      .map((block) => ({ name, block })),
  );

  test('the docs have sg-feed sessions to check', () => {
    assert.ok(sessions.filter(({ block }) => !block.notTested).length >= 3, 'expected several tested sg-feed sessions');
  });

  for (const { name, block } of sessions) {
    const label = `docs/${name}:${block.line}`;
    if (block.notTested) {
      // Listed as skipped, so the count of passes only counts checks that ran.
      test.skip(`${label} is left out: ${block.notTested}`, () => {});
      continue;
    }
    test(`${label} prints what the doc says`, async () => {
      const steps = shellSession(block.text);
      assert.ok(steps.length > 0, `${label}: write the block as a session ("$ sg-feed …" then its output), or mark it <!-- not-tested: reason -->`);
      const outputs = await runSession(steps.map((s) => s.command));
      steps.forEach((step, i) => {
        assert.equal(outputs[i], step.output, `${label}: output of "$ ${step.command}"`);
      });
    });
  }
});

describe('docs: index and copies of example files', () => {
  test('docs/README.md links every doc, and README.md links the index', async () => {
    const index = docs.find((d) => d.name === 'README.md');
    assert.ok(index, 'docs/README.md exists');
    const linked = linkedDocs(index.text).filter((name) => !name.includes('/'));
    for (const name of docNames.filter((n) => n !== 'README.md')) assert.ok(linked.includes(name), `docs/README.md links ${name}`);
    for (const name of linked) assert.ok(docNames.includes(name), `docs/README.md links ${name}, which does not exist`);
    const readme = await readFile(join(root, 'README.md'), 'utf8');
    assert.match(readme, /\]\(docs\/README\.md\)/);
  });

  test('every block marked as a copy of an example file matches the file exactly', async () => {
    let copies = 0;
    for (const { name, text } of docs) {
      for (const block of codeBlocks(text).filter((b) => b.example)) {
        const file = await readFile(join(docsDir, block.example), 'utf8');
        assert.equal(block.text, file, `docs/${name}:${block.line} differs from docs/${block.example}`);
        copies++;
      }
    }
    assert.ok(copies >= 4, `expected the theme and analytics examples to be shown in the docs (found ${copies})`);
  });

  test('every file in docs/examples is shown in a doc', async () => {
    const shown = new Set(docs.flatMap(({ text }) => codeBlocks(text).map((b) => b.example).filter(Boolean)));
    for (const file of await readdir(join(docsDir, 'examples'))) assert.ok(shown.has(`examples/${file}`), `examples/${file} is not shown in any doc`);
  });
});
