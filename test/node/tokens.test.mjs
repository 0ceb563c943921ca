// Material Web's habit for design tokens: a token used in a style but never
// defined, or defined but never used, is a bug. Also: sizes in em, never rem.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

function styleFiles(dir = 'src') {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...styleFiles(path));
    else if (/\.styles\.ts$/.test(entry.name) || (dir === join('src', 'styles') && entry.name !== 'tokens.ts')) out.push(path);
  }
  return out;
}

const tokensSource = readFileSync('src/styles/tokens.ts', 'utf8');
const defined = new Set([...tokensSource.matchAll(/\{ name: '([a-z0-9-]+)'/g)].map((m) => m[1]));

test('every global token a style uses is defined, and every defined token is used', () => {
  const used = new Set();
  const local = new Set();
  for (const file of styleFiles()) {
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/--_([a-z0-9-]+)\s*:/g)) local.add(m[1]);
    for (const m of source.matchAll(/var\(--_([a-z0-9-]+)/g)) used.add(m[1]);
  }
  assert.ok(defined.size > 10, 'tokens were read from src/styles/tokens.ts');
  const undefinedTokens = [...used].filter((name) => !defined.has(name) && !local.has(name));
  assert.deepEqual(undefinedTokens, [], 'used but never defined');
  const unused = [...defined].filter((name) => !used.has(name));
  assert.deepEqual(unused, [], 'defined but never used');
});

test('styles size things in em, never bare rem', () => {
  for (const file of [...styleFiles(), 'src/styles/tokens.ts']) {
    assert.doesNotMatch(readFileSync(file, 'utf8'), /\d(\.\d+)?rem\b/, file);
  }
});

test('templates carry no inline style attributes (CSP without unsafe-inline)', () => {
  const walk = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
    );
  for (const file of walk('src/components')) {
    assert.doesNotMatch(readFileSync(file, 'utf8'), /\sstyle=\$?\{|\sstyle="/, file);
  }
});
