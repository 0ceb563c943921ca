#!/usr/bin/env node
// Fails when custom-elements.json is not what the analyzer writes from the
// source today. Run `npm run analyze` to refresh it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// The analyzer resolves --outdir against the project, so stay inside it.
const out = '.cache/cem-check';

/**
 * What the manifest promises: each element's tag, attributes, public
 * properties, events, slots, parts and custom properties, with their
 * descriptions. Private members and helper functions are left out, so the
 * check is about the API, not about the analyzer's view of internals.
 */
function api(manifest) {
  const pick = (list, keys) =>
    (list ?? []).map((item) => Object.fromEntries(keys.map((k) => [k, item[k] ?? null]))).sort((a, b) => String(a.name).localeCompare(String(b.name)));
  const elements = [];
  for (const mod of manifest.modules ?? []) {
    for (const d of mod.declarations ?? []) {
      if (!d.customElement) continue;
      elements.push({
        path: mod.path,
        name: d.name,
        tagName: d.tagName ?? null,
        summary: d.summary ?? null,
        attributes: pick(d.attributes, ['name', 'fieldName', 'description']),
        members: pick((d.members ?? []).filter((m) => !m.privacy || m.privacy === 'public'), ['name', 'kind', 'description', 'static']),
        events: pick(d.events, ['name', 'description']),
        slots: pick(d.slots, ['name', 'description']),
        cssParts: pick(d.cssParts, ['name', 'description']),
        cssProperties: pick(d.cssProperties, ['name', 'description']),
      });
    }
  }
  return elements.sort((a, b) => a.path.localeCompare(b.path));
}
mkdirSync(out, { recursive: true });
try {
  execFileSync('node_modules/.bin/cem', ['analyze', '--outdir', out], { stdio: ['ignore', 'ignore', 'inherit'] });
  const fresh = readFileSync(join(out, 'custom-elements.json'), 'utf8');
  let committed = '';
  try {
    committed = readFileSync('custom-elements.json', 'utf8');
  } catch {
    // missing: reported below
  }
  if (!committed || JSON.stringify(api(JSON.parse(fresh))) !== JSON.stringify(api(JSON.parse(committed)))) {
    console.error('custom-elements.json is out of date: run `npm run analyze` and commit the result.');
    process.exit(1);
  }
  console.log('custom-elements.json is up to date.');
} finally {
  rmSync(out, { recursive: true, force: true });
}
