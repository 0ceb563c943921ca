#!/usr/bin/env node
// Synthetic canonical feeds for benchmarks and load tests:
//   node scripts/make-feed.mjs N [out.json] [--seed S]
// The same N and seed always give the same feed, byte for byte. Everything in
// it is invented: example.org links and phone numbers from Ofcom's drama ranges.
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
// The seeded generator the tests use too (mulberry32: deterministic across runs and machines);
// re-exported for the scripts that take it from here.
import { random } from '../test/helpers/random.mjs';

export { random };

const TOWNS = [
  ['Leeds', 'LS1', 53.799, -1.549, 'england', '0113 496'],
  ['Bristol', 'BS1', 51.454, -2.588, 'england', '0117 496'],
  ['London', 'SE1', 51.501, -0.094, 'england', '020 7946'],
  ['Cardiff', 'CF10', 51.481, -3.179, 'wales', '029 2018'],
  ['Edinburgh', 'EH1', 55.953, -3.189, 'scotland', '0131 496'],
  ['Belfast', 'BT1', 54.597, -5.93, 'northern-ireland', '028 9649'],
  ['York', 'YO1', 53.96, -1.081, 'england', '0113 496'],
  ['Swansea', 'SA1', 51.621, -3.943, 'wales', '029 2018'],
];
const TOPICS = ['anxiety', 'depression', 'bipolar', 'bereavement', 'eating-disorders', 'carers', 'psychosis', 'ocd', 'ptsd', 'self-harm', 'postnatal', 'loneliness', 'hearing-voices', 'suicide-bereavement'];
const AUDIENCES = ['young-people', 'men', 'women', 'lgbtq', 'carers', 'veterans', 'parents', 'older-people', 'students'];
const ACCESS = ['step-free', 'hearing-loop', 'accessible-toilet', 'quiet-room', 'parking'];
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const ATTENDANCE = ['in-person', 'in-person', 'online', 'hybrid', 'phone'];
const WORDS = ['Tuesday', 'Evening', 'Morning', 'Circle', 'Walk and talk', 'Tea', 'Connect', 'Together', 'Open door', 'Sunrise'];

function schedule(rand, pick) {
  const start = `${String(9 + Math.floor(rand() * 11)).padStart(2, '0')}:${pick(['00', '15', '30', '45'])}`;
  const end = `${String(Number(start.slice(0, 2)) + 2).padStart(2, '0')}:${start.slice(3)}`;
  const r = rand();
  if (r < 0.55) return { freq: 'weekly', byday: [pick(DAYS)], start, end };
  if (r < 0.75) return { freq: 'weekly', interval: 2, byday: [pick(DAYS)], start, end, from: '2025-01-06' };
  if (r < 0.95) return { freq: 'monthly', byday: [`${pick(['1', '2', '3', '4', '-1'])}${pick(DAYS)}`], start, end, except: ['2025-12-25'] };
  return { freq: 'once', date: '2026-06-13', start, end };
}

/**
 * A canonical feed (version 1) of `count` fictional groups.
 * @param {number} count
 * @param {number} [seed]
 */
export function makeFeed(count, seed = 1) {
  const rand = random(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const some = (list, max) => [...new Set(Array.from({ length: 1 + Math.floor(rand() * max) }, () => pick(list)))];
  const groups = [];
  for (let i = 0; i < count; i++) {
    const [town, district, lat, lng, nation, phone] = pick(TOWNS);
    const attendance = pick(ATTENDANCE);
    const topic = pick(TOPICS);
    const id = `syn-${i + 1}`;
    const group = {
      id,
      name: `${town} ${pick(WORDS)} ${topic.replace(/-/g, ' ')} group ${i + 1}`,
      summary: `A friendly ${pick(['peer', 'small', 'relaxed'])} group for people living with ${topic.replace(/-/g, ' ')}. Come as you are.`,
      description: 'We meet to listen and share. Nobody has to talk.\n\nTea, coffee and biscuits are on us.',
      topics: some([topic, ...TOPICS], 2),
      audiences: rand() < 0.5 ? some(AUDIENCES, 2) : [],
      attendance,
      facilitation: pick(['peer', 'professional', 'co-facilitated']),
      booking: pick(['drop-in', 'register', 'referral']),
      cost: rand() < 0.85 ? { free: true } : { free: false, details: '£2 towards refreshments' },
      schedule: Array.from({ length: rand() < 0.8 ? 1 : 2 }, () => schedule(rand, pick)),
      contact: { email: `group${i + 1}@example.org`, phone: `${phone} ${String(Math.floor(rand() * 1000)).padStart(3, '0')}`, url: `https://example.org/groups/${id}` },
      organisation: { name: `Example Mind ${town}`, url: `https://example.org/${town.toLowerCase()}`, charityNumber: '1000000' },
      languages: nation === 'wales' && rand() < 0.3 ? ['cy', 'en'] : ['en'],
      size: pick(['6 to 10 people', 'up to 12', 'about 15']),
      lastVerified: '2025-11-01',
    };
    if (attendance !== 'online' && attendance !== 'phone') {
      group.location = {
        name: `${town} Community Centre`,
        address: `${1 + Math.floor(rand() * 200)} Example Street, ${town}`,
        postcode: `${district} ${1 + Math.floor(rand() * 9)}${pick(['AA', 'AB', 'BD', 'XY'])}`,
        lat: Number((lat + (rand() - 0.5) * 0.05).toFixed(5)),
        lng: Number((lng + (rand() - 0.5) * 0.05).toFixed(5)),
        region: nation,
        accessibility: some(ACCESS, 3),
      };
    }
    if (attendance === 'online' || attendance === 'hybrid') group.online = { platform: pick(['Zoom', 'Teams', 'Google Meet']), url: `https://example.org/join/${id}` };
    groups.push(group);
  }
  return {
    version: 1,
    publisher: { name: 'Synthetic Example Network', url: 'https://example.org/' },
    updated: '2025-11-27T09:00:00Z',
    groups,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const seedAt = args.indexOf('--seed');
  const seed = seedAt >= 0 ? Number(args.splice(seedAt, 2)[1]) : 1;
  const [countText, out] = args;
  const count = Number(countText);
  if (!Number.isInteger(count) || count < 0 || !Number.isInteger(seed)) {
    console.error('Usage: node scripts/make-feed.mjs N [out.json] [--seed S]   (N groups, a whole number)');
    process.exit(2);
  }
  const json = JSON.stringify(makeFeed(count, seed));
  if (out) writeFileSync(out, json);
  else process.stdout.write(`${json}\n`);
}
