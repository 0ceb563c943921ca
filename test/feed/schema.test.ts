import { expect } from '@open-wc/testing';

// No validator library: these tests check that the schema and the sample feed
// describe the same format, so neither can drift without a test failing.

type Json = Record<string, unknown>;

async function load(path: string): Promise<Json> {
  const response = await fetch(path);
  expect(response.ok, path).to.equal(true);
  return (await response.json()) as Json;
}

/** Every property name defined anywhere in the schema, with its description. */
function schemaProperties(node: unknown, out = new Map<string, unknown>()): Map<string, unknown> {
  if (Array.isArray(node)) node.forEach((n) => schemaProperties(n, out));
  else if (node && typeof node === 'object') {
    const props = (node as Json).properties as Json | undefined;
    if (props) for (const [name, def] of Object.entries(props)) out.set(name, (def as Json).description);
    Object.values(node).forEach((n) => schemaProperties(n, out));
  }
  return out;
}

/** Every object key used anywhere in a JSON value, with where it was first seen. */
function keysUsed(value: unknown, path = '', out = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(value)) value.forEach((v, i) => keysUsed(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (!out.has(k)) out.set(k, `${path}.${k}`);
      keysUsed(v, `${path}.${k}`, out);
    }
  }
  return out;
}

describe('feed JSON Schema', () => {
  it('is draft 2020-12 with an $id and a title', async () => {
    const schema = await load('/schema/feed.schema.json');
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).to.match(/^https:\/\/.+feed\.schema\.json$/);
    expect(schema.title).to.be.a('string');
  });

  it('describes every field it defines, in words', async () => {
    const props = schemaProperties(await load('/schema/feed.schema.json'));
    const undescribed = [...props].filter(([, d]) => typeof d !== 'string' || d.length < 5).map(([name]) => name);
    expect(undescribed).to.deep.equal([]);
  });

  it('defines every field the sample feeds use', async () => {
    const props = schemaProperties(await load('/schema/feed.schema.json'));
    for (const sample of ['/demo/data/groups.json', '/demo/data/groups-with-problems.json']) {
      const used = keysUsed(await load(sample));
      const missing = [...used].filter(([k]) => !props.has(k)).map(([k, where]) => `${k} (${where})`);
      expect(missing, sample).to.deep.equal([]);
    }
  });

  it('lists the same choices as the code for attendance, facilitation, booking and frequency', async () => {
    const { ATTENDANCE, FACILITATION, BOOKING, FREQUENCY } = await import('../../src/feed/types.js');
    const defs = (await load('/schema/feed.schema.json')).$defs as Record<string, { properties: Record<string, { enum?: string[] }> }>;
    expect(defs.group.properties.attendance.enum).to.deep.equal([...ATTENDANCE]);
    expect(defs.group.properties.facilitation.enum).to.deep.equal([...FACILITATION]);
    expect(defs.group.properties.booking.enum).to.deep.equal([...BOOKING]);
    expect(defs.scheduleEntry.properties.freq.enum).to.deep.equal([...FREQUENCY]);
  });
});
