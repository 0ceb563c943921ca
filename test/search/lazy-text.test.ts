import { expect } from '@open-wc/testing';
import type { Group } from '../../src/feed/types.js';
import { buildIndex, foldWords, prepareText, search, textReady, timeOfDay, type SearchIndex, type SearchQuery } from '../../src/search/index.js';
import { WordTable } from '../../src/search/word-table.js';
import { group, query } from './fixtures.js';

/** Seeded so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

// Plain, capitalised, accented, Welsh, apostrophes, hyphens, digits, odd punctuation.
const WORDS = ['anxiety', 'Anxiety', 'café', 'CAFE', 'Grŵp', 'cymorth', 'St', "John's", 'Mary’s', 'drop-in', 'walk', 'walking', 'Walkers', 'low', 'mood', 'Straße', 'Ærø', '2', '10', 'CF11', '9AA', 'B&B', '—', '(Leeds)', 'ǅemal', 'ﬁsh', 'naïve', 'x’y', 'İstanbul'];
const TOPICS = ['anxiety', 'depression', 'carers', 'eating-disorders', 'bereavement'];
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

function makeGroups(count: number, next: () => number): Group[] {
  const pick = <T,>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const text = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(next() < 0.2 ? ', ' : ' ');
  return Array.from({ length: count }, (_, i) =>
    group({
      id: `g${i}`,
      name: `${text(3)} ${i % 7}`,
      summary: text(6),
      description: next() < 0.7 ? text(20) : undefined,
      topics: [pick(TOPICS), pick(TOPICS)].filter((t, j, all) => all.indexOf(t) === j),
      attendance: pick(['in-person', 'hybrid', 'online', 'phone'] as const),
      facilitation: pick(['peer', 'professional', 'co-facilitated'] as const),
      booking: pick(['drop-in', 'register'] as const),
      cost: { free: next() < 0.6 },
      location: next() < 0.8 ? { name: text(2), postcode: pick(['CF11 9AA', 'LS1 4AP', 'BS1']), region: pick(['wales', 'england']), accessibility: next() < 0.5 ? ['step-free'] : [] } : undefined,
      organisation: next() < 0.5 ? { name: text(2) } : undefined,
      meets: [`${pick(DAYS)} ${pick(['09:30', '13:00', '18:45'])}`],
    }),
  );
}

function randomQuery(next: () => number): SearchQuery {
  const typed = Array.from({ length: 1 + Math.floor(next() * 2) }, () => {
    const word = WORDS[Math.floor(next() * WORDS.length)];
    return word.slice(0, 1 + Math.floor(next() * word.length));
  }).join(' ');
  return query({
    text: next() < 0.85 ? typed : '',
    filters: next() < 0.3 ? { topics: [TOPICS[Math.floor(next() * TOPICS.length)]], free: next() < 0.5 } : {},
    includeOnline: (['with', 'apart', 'only', 'hide'] as const)[Math.floor(next() * 4)],
    sort: next() < 0.5 ? 'az' : 'soonest',
  });
}

const answer = (index: SearchIndex, q: SearchQuery) => {
  const result = search(index, q);
  const hits = (list: readonly { group: Group; score: number }[] = []) => list.map((h) => `${h.group.id}:${h.score}`);
  return { items: hits(result.items), online: hits(result.online), facets: result.facets, flags: result.flagCounts };
};

/** A deadline that has run out: `prepareText` does its smallest step. */
const spent = { timeRemaining: () => 0 };

describe('search: text index built later', () => {
  it('gives the same results whether the text index is built at once, in idle steps or by the first search', () => {
    const next = random(2026);
    const groups = makeGroups(300, next);
    const eager = buildIndex(groups, { text: 'now' });
    const stepped = buildIndex(groups);
    const onDemand = buildIndex(groups);
    expect(textReady(eager)).to.equal(true);
    expect(textReady(stepped)).to.equal(false);
    let steps = 0;
    while (!prepareText(stepped, spent)) steps++;
    // 300 groups in steps of 32, then one step for the layout.
    expect(steps).to.be.greaterThan(5);
    expect(textReady(stepped)).to.equal(true);
    let withWords = 0;
    for (let i = 0; i < 400; i++) {
      const q = randomQuery(next);
      if (q.text) withWords++;
      const expected = answer(eager, q);
      expect(answer(stepped, q), q.text).to.deep.equal(expected);
      expect(answer(onDemand, q), q.text).to.deep.equal(expected);
    }
    expect(textReady(onDemand)).to.equal(true);
    expect(withWords).to.be.greaterThan(300);
  });

  it('shows first results with no text index, and a search with words part-way through finishes it', () => {
    const groups = makeGroups(200, random(7));
    const index = buildIndex(groups);
    expect(search(index, query()).total).to.equal(200);
    expect(textReady(index)).to.equal(false);
    prepareText(index, spent);
    expect(textReady(index)).to.equal(false);
    const found = search(index, query({ text: 'anx' }));
    expect(textReady(index)).to.equal(true);
    expect(found.items.map((h) => h.group.id)).to.deep.equal(search(buildIndex(groups, { text: 'now' }), query({ text: 'anx' })).items.map((h) => h.group.id));
    expect(found.total).to.be.greaterThan(0);
    expect(prepareText(index, spent)).to.equal(true);
  });

  it('builds everything in one call without a deadline', () => {
    const index = buildIndex(makeGroups(100, random(3)));
    expect(prepareText(index)).to.equal(true);
    expect(textReady(index)).to.equal(true);
  });
});

describe('search: reading words quickly', () => {
  it('splits and folds feed text exactly as foldWords does, ASCII or not', () => {
    const next = random(11);
    const pieces = [...WORDS, ' ', '  ', '-', '.', "'", '`', '’', 'ʼ', '\n', 'ABC', 'x'.repeat(5000), 'Ω', 'ΟΔΟΣ', 'é'];
    const table = new WordTable();
    for (let i = 0; i < 500; i++) {
      const text = Array.from({ length: Math.floor(next() * 8) }, () => pieces[Math.floor(next() * pieces.length)]).join(next() < 0.5 ? ' ' : '');
      const read: string[] = [];
      table.read(text, (w) => read.push(table.words[w]));
      // A non-ASCII text may send its leading ASCII words twice; the index keeps one of each.
      const expected = foldWords(text);
      expect(read.slice(read.length - expected.length), JSON.stringify(text)).to.deep.equal(expected);
      expect(new Set(read), JSON.stringify(text)).to.deep.equal(new Set(expected));
    }
    expect(new Set(table.words).size).to.equal(table.words.length);
  });

  it('reads meeting times into morning, afternoon and evening the way the schedule says', () => {
    const reference = (start: string) => {
      const m = /^(\d{1,2}):(\d{2})/.exec(start);
      if (!m) return undefined;
      const minutes = Number(m[1]) * 60 + Number(m[2]);
      return minutes < 720 ? 'morning' : minutes < 1020 ? 'afternoon' : 'evening';
    };
    const samples = ['09:30', '9:30', '11:59', '12:00', '16:59', '17:00', '23:45', '7:05pm', '', ':30', '123:45', '1:5', 'ab:cd', '12:3x', '0:00'];
    for (const s of samples) expect(timeOfDay(s), s).to.equal(reference(s));
  });
});
