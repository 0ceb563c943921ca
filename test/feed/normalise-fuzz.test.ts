import { expect } from '@open-wc/testing';
import { normalise } from '../../src/feed/normalise.js';
import type { Directory } from '../../src/feed/types.js';
import { random } from '../helpers/random.mjs';


const NASTY = [
  '', ' ', '<script>alert(1)</script>', 'javascript:alert(1)', '__proto__', 'constructor', 'prototype', 'toString',
  '\u0000\u202e', '\ud800', '18:30', '2TU', '-1FR', 'TU,TH', 'weekly', 'monthly', 'once', 'online', 'in-person',
  '2025-02-29', 'https://example.org', 'tel:020 7946 0000', 'Europe/London', 'x'.repeat(3000), '9:5', 'NaN',
];
const KEYS = [
  'id', 'name', 'attendance', 'schedule', 'freq', 'byday', 'start', 'end', 'interval', 'timezone', 'location', 'lat', 'lng',
  'contact', 'url', 'topics', 'cost', 'free', 'groups', 'version', 'signposting', 'contacts', 'content', 'faqs', '__proto__', 'constructor',
];

function value(rand: () => number, depth: number): unknown {
  const r = rand();
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
  if (depth > 4 || r < 0.35) {
    return pick<unknown>([null, true, false, 0, -1, 1.5, 1e308, -0, Number.MAX_SAFE_INTEGER, 52, 200, pick(NASTY), String(rand())]);
  }
  if (r < 0.65) return Array.from({ length: Math.floor(rand() * 5) }, () => value(rand, depth + 1));
  const object: Record<string, unknown> = {};
  for (let i = Math.floor(rand() * 6); i > 0; i--) object[pick(KEYS)] = value(rand, depth + 1);
  return object;
}

const VALID = {
  version: 1,
  publisher: { name: 'Example Mind', url: 'https://example.org' },
  groups: [
    {
      id: 'a', name: 'Anxiety peer group', attendance: 'hybrid', topics: ['anxiety'], audiences: ['men'],
      schedule: [{ freq: 'monthly', byday: ['2TU'], start: '18:30', end: '20:00', except: ['2025-12-09'] }],
      location: { name: 'Library', postcode: 'LS1 4AP', lat: 53.8, lng: -1.55, accessibility: ['step-free'] },
      online: { platform: 'Zoom', url: 'https://example.org/join' },
      contact: { email: 'a@example.org', phone: '0113 496 0000' }, cost: { free: true }, languages: ['en'],
    },
    { id: 'b', name: 'Carers call', attendance: 'phone', schedule: [{ freq: 'weekly', interval: 2, byday: 'MO,TH', start: '9:00' }] },
  ],
  signposting: { contacts: [{ id: 'l', name: 'Line', channel: 'call', value: '020 7946 0000' }] },
  content: { faqs: [{ question: 'Q?', answer: 'A.' }] },
};

/** Replaces, deletes or duplicates one randomly chosen spot in a copy of `root`. */
function mutate(root: unknown, rand: () => number): unknown {
  const copy = structuredClone(root);
  let node = copy as Record<string, unknown>;
  for (let steps = Math.floor(rand() * 5); steps > 0; steps--) {
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const next = node[keys[Math.floor(rand() * keys.length)]];
    if (typeof next !== 'object' || next === null) break;
    node = next as Record<string, unknown>;
  }
  const keys = Object.keys(node);
  const key = keys.length > 0 && rand() < 0.8 ? keys[Math.floor(rand() * keys.length)] : KEYS[Math.floor(rand() * KEYS.length)];
  const r = rand();
  if (r < 0.2) delete node[key];
  else if (r < 0.3 && Array.isArray(node)) node.push(...node);
  else node[key] = value(rand, 2);
  return copy;
}

function expectDirectory(d: Directory, seed: number): void {
  const label = `seed ${seed}`;
  expect(Object.isFrozen(d), label).to.equal(true);
  expect(Object.isFrozen(d.groups) && Object.isFrozen(d.problems) && Object.isFrozen(d.stats), label).to.equal(true);
  for (const g of d.groups) {
    expect(Object.isFrozen(g) && typeof g.id === 'string' && typeof g.name === 'string', label).to.equal(true);
    for (const url of [g.online?.url, g.contact?.url, g.organisation?.url]) {
      if (url !== undefined) expect(url, label).to.match(/^(https?|mailto|tel|sms):/);
    }
  }
  expect(d.stats.groups, label).to.equal(d.groups.length);
  expect(new Set(d.groups.map((g) => g.id)).size, label).to.equal(d.groups.length);
  for (const p of d.problems) expect(p.message, label).to.be.a('string').and.not.equal('');
}

describe('normalise: fuzzing', () => {
  it('never throws and always returns a frozen directory for 500 random JSON values', () => {
    for (let seed = 1; seed <= 500; seed++) {
      const rand = random(seed);
      const input = rand() < 0.5 ? value(rand, 0) : { version: 1, groups: Array.from({ length: 4 }, () => value(rand, 1)) };
      expectDirectory(normalise(input), seed);
    }
  });

  it('never throws and keeps only sound groups for 500 mutations of a valid feed', () => {
    expect(normalise(VALID).problems).to.deep.equal([]);
    let kept = 0;
    for (let seed = 1; seed <= 500; seed++) {
      const rand = random(seed * 7919);
      let input: unknown = VALID;
      for (let n = 1 + Math.floor(rand() * 3); n > 0; n--) input = mutate(input, rand);
      const d = normalise(input);
      expectDirectory(d, seed);
      kept += d.groups.length;
    }
    expect(kept, 'most mutations should leave some groups intact').to.be.above(300);
    expect(({} as Record<string, unknown>).id).to.equal(undefined);
  });
});
