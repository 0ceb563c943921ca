#!/usr/bin/env node
// Writes the element reference in README.md from custom-elements.json, so the
// two can never disagree. The reference sits between two marker comments.
//   node scripts/readme-reference.mjs          rewrite README.md
//   node scripts/readme-reference.mjs --check  exit 1 when README.md is stale
import { readFileSync, writeFileSync } from 'node:fs';

const START = '<!-- reference:start (generated from custom-elements.json by scripts/readme-reference.mjs) -->';
const END = '<!-- reference:end -->';
const ORDER = ['sg-group-finder', 'sg-signpost', 'sg-benefits', 'sg-what-to-expect', 'sg-feed'];

const cell = (text) => String(text ?? '').replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();

function table(head, rows) {
  if (rows.length === 0) return '';
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

export function renderReference(manifest) {
  const elements = [];
  for (const mod of manifest.modules) {
    for (const decl of mod.declarations ?? []) {
      if (decl.customElement && decl.tagName) elements.push(decl);
    }
  }
  elements.sort((a, b) => ORDER.indexOf(a.tagName) - ORDER.indexOf(b.tagName));
  const out = [];
  for (const el of elements) {
    out.push(`### \`<${el.tagName}>\``, '', cell(el.summary ?? el.description), '');
    const attrs = (el.attributes ?? []).map((a) => [`\`${a.name}\``, a.fieldName ? `\`${a.fieldName}\`` : '', a.description ?? '']);
    if (attrs.length) out.push('**Attributes**', '', table(['attribute', 'property', 'what it does'], attrs), '');
    const events = (el.events ?? []).filter((e) => e.name).map((e) => [`\`${e.name}\``, e.description ?? '']);
    if (events.length) out.push('**Events** (bubble and cross shadow roots)', '', table(['event', 'when, and detail'], events), '');
    const slots = (el.slots ?? []).map((s) => [s.name ? `\`${s.name}\`` : '(default)', s.description ?? '']);
    if (slots.length) out.push('**Slots**', '', table(['slot', 'what goes in it'], slots), '');
    const parts = (el.cssParts ?? []).map((p) => [`\`${p.name}\``, p.description ?? '']);
    if (parts.length) out.push('**Parts** (style with `::part()`)', '', table(['part', 'what it is'], parts), '');
    const props = (el.cssProperties ?? []).map((p) => [`\`${p.name}\``, p.description ?? '']);
    if (props.length) out.push('**Custom properties**', '', table(['property', 'what it sets'], props), '');
  }
  return out.join('\n').trim();
}

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const readme = readFileSync('README.md', 'utf8');
const start = readme.indexOf(START);
const end = readme.indexOf(END);
if (start < 0 || end < start) {
  console.error('README.md has no reference markers.');
  process.exit(1);
}
const next = `${readme.slice(0, start + START.length)}\n\n${renderReference(manifest)}\n\n${readme.slice(end)}`;
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('README.md reference is out of date: run `npm run docs:readme`.');
    process.exit(1);
  }
  console.log('README.md reference matches custom-elements.json.');
} else if (next !== readme) {
  writeFileSync('README.md', next);
  console.log('README.md reference updated.');
}
