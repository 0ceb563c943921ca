/**
 * `content`: a charity's own words for the explainer elements. Each section
 * is a list of small items; an item missing its words is left out, and a
 * section left empty falls back to the built-in text.
 */
import type { Scope } from './problems.js';
import type { ContentOverrides } from './types.js';
import { describe, isBlank, isRecord, own, readText } from './normalise-text.js';

type FieldSpec = readonly (readonly [key: string, max: number, required: boolean])[];

const SECTIONS: Record<'benefits' | 'comparison' | 'steps' | 'faqs', FieldSpec> = {
  benefits: [
    ['title', 200, true],
    ['text', 2000, true],
    ['example', 1000, false],
  ],
  comparison: [
    ['aspect', 200, true],
    ['peer', 1000, true],
    ['therapy', 1000, true],
    ['medication', 1000, true],
  ],
  steps: [
    ['title', 200, true],
    ['text', 2000, true],
  ],
  faqs: [
    ['question', 300, true],
    ['answer', 3000, true],
  ],
};
const MAX_ITEMS = 50;

/** Content overrides from the feed; always an object, possibly empty. */
export function readContent(value: unknown, scope: Scope): ContentOverrides {
  if (isBlank(value)) return Object.freeze({});
  if (!isRecord(value)) {
    scope.report(scope.path, `content should be a group of fields but is ${describe(value)}, so it was left out.`, 'dropped');
    return Object.freeze({});
  }
  const out: Record<string, unknown> = {};
  for (const [section, spec] of Object.entries(SECTIONS)) {
    const list = own(value, section);
    if (isBlank(list)) continue;
    // The comparison may also be `{ caption, columns, rows }` (docs/content.md).
    if (section === 'comparison' && isRecord(list) && Array.isArray(own(list, 'rows'))) {
      const rowList = own(list, 'rows') as unknown[];
      const rows = readItems(rowList, spec, scope.child(section).child('rows'), section);
      if (rowList.length > MAX_ITEMS) scope.warning(section, `Only the first ${MAX_ITEMS} rows of ${section} were read.`);
      if (rows.length > 0) out[section] = readComparisonTable(list, rows, scope.child(section));
      continue;
    }
    if (!Array.isArray(list)) {
      scope.dropped(section, `${section} should be a list${section === 'comparison' ? ' (or have rows)' : ''} but is ${describe(list)}, so it was left out.`);
      continue;
    }
    const items = readItems(list, spec, scope.child(section), section);
    if (list.length > MAX_ITEMS) scope.warning(section, `Only the first ${MAX_ITEMS} items of ${section} were read.`);
    if (items.length > 0) out[section] = Object.freeze(items);
  }
  return Object.freeze(out) as ContentOverrides;
}

function readItems(list: readonly unknown[], spec: FieldSpec, scope: Scope, section: string): object[] {
  const items: object[] = [];
  for (let i = 0; i < Math.min(list.length, MAX_ITEMS); i++) {
    const item = readItem(list[i], spec, scope.child(i), section);
    if (item) items.push(item);
  }
  return items;
}

const COLUMN_KEYS = ['aspect', 'peer', 'therapy', 'medication'] as const;

/** The comparison with its own caption and column headings, each optional. */
function readComparisonTable(raw: Record<string, unknown>, rows: object[], scope: Scope): object {
  const table: Record<string, unknown> = { rows: Object.freeze(rows) };
  const caption = readText(raw, 'caption', scope, 300);
  if (caption) table.caption = caption;
  const columnsRaw = own(raw, 'columns');
  if (isRecord(columnsRaw)) {
    const columnsScope = scope.child('columns');
    const columns: Record<string, string> = {};
    for (const key of COLUMN_KEYS) {
      const heading = readText(columnsRaw, key, columnsScope, 100);
      if (heading) columns[key] = heading;
    }
    if (Object.keys(columns).length > 0) table.columns = Object.freeze(columns);
  } else if (!isBlank(columnsRaw)) {
    scope.dropped('columns', `columns should be a group of fields but is ${describe(columnsRaw)}, so it was left out.`);
  }
  return Object.freeze(table);
}

function readItem(raw: unknown, spec: FieldSpec, scope: Scope, section: string): object | undefined {
  const names = spec.filter(([, , required]) => required).map(([key]) => key);
  if (!isRecord(raw)) {
    scope.report(scope.path, `Each item in ${section} should have ${names.join(', ')}, but this one is ${describe(raw)}, so it was left out.`, 'dropped');
    return undefined;
  }
  const item: Record<string, string> = {};
  const missing: string[] = [];
  for (const [key, max, required] of spec) {
    const text = readText(raw, key, scope, max, { multiline: max > 200 });
    if (text) item[key] = text;
    else if (required) missing.push(key);
  }
  if (missing.length > 0) {
    scope.report(scope.path, `This item in ${section} has no ${missing.join(' or ')}, so it was left out.`, 'dropped');
    return undefined;
  }
  return Object.freeze(item);
}
