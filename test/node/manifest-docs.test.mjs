// Storybook's autodocs and the README reference are written from
// custom-elements.json. A row with no description is a setting nobody can
// understand, so every element, attribute, property, event, part, slot and
// custom property an element offers must say what it does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
const elements = manifest.modules.flatMap((mod) => (mod.declarations ?? []).filter((d) => d.tagName));

test('the manifest lists the five elements', () => {
  assert.deepEqual(elements.map((d) => d.tagName).sort(), ['sg-benefits', 'sg-feed', 'sg-group-finder', 'sg-signpost', 'sg-what-to-expect']);
});

for (const element of elements) {
  test(`<${element.tagName}>: every part of its API is described`, () => {
    const missing = [];
    if (!element.description?.trim()) missing.push('the element itself');
    for (const kind of ['attributes', 'events', 'cssParts', 'cssProperties', 'slots']) {
      for (const item of element[kind] ?? []) if (!item.description?.trim()) missing.push(`${kind}: ${item.name}`);
    }
    for (const member of element.members ?? []) {
      const isPublicField = member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public' && !member.name.startsWith('_');
      if (isPublicField && !member.description?.trim()) missing.push(`property: ${member.name}`);
    }
    assert.deepEqual(missing, [], `undescribed in custom-elements.json (add JSDoc or @attr/@fires/@csspart text):\n${missing.join('\n')}`);
  });

  test(`<${element.tagName}>: every attribute is backed by a property of the same setting`, () => {
    const fields = new Set((element.members ?? []).filter((m) => m.kind === 'field').map((m) => m.name));
    const orphans = (element.attributes ?? []).filter((a) => !a.fieldName || !fields.has(a.fieldName)).map((a) => a.name);
    assert.deepEqual(orphans, [], 'attributes with no property to set from script');
  });
}
