// One rule for a cost written in words, the same in every adapter that reads
// one: a zero amount in any currency and the word free mean free; any amount
// above zero means not free, and the words are kept as the details.
import { expect } from '@open-wc/testing';
import { adaptCsv } from '../../../src/feed/adapters/csv.js';
import { loadCsvParser, type ParseCsv } from '../../../src/feed/adapters/csv-parser.js';
import { adaptMeetingGuide } from '../../../src/feed/adapters/meeting-guide.js';
import { adaptOpenReferral } from '../../../src/feed/adapters/open-referral.js';
import { costFromText, hhmm, saysOnlyFree, splitList, weekday } from '../../../src/feed/adapters/shared.js';
import { adaptHsdsSchedule } from '../../../src/feed/adapters/hsds-schedule.js';
import type { RawGroup } from '../../../src/feed/adapters/types.js';
import { fixtureJson, fixtureText, loadPapaScript } from './fixtures.js';

/** The brief's cases and what every adapter must make of them. */
const CASES: readonly [words: string, free: boolean][] = [
  ['Free', true],
  ['£0', true],
  ['0', true],
  ['$0', true],
  ['€0', true],
  ['£3 suggested donation', false],
  ['donations welcome', true],
];

describe('the cost rule (costFromText)', () => {
  for (const [words, free] of CASES) {
    it(`"${words}" is ${free ? 'free' : 'not free'}, plainly`, () => {
      expect(costFromText(words)).to.deep.equal({ free, sure: true });
    });
  }

  it('reads other amounts and currencies, and is not fooled by numbers that are not money', () => {
    const read = (words: string) => costFromText(words).free;
    expect(['€0.00', 'GBP 0', '0.00', 'Free for under 18s', 'No charge', 'Free. Donations welcome.'].map(read)).to.deep.equal([
      true, true, true, true, true, true,
    ]);
    expect(['$5', '3.50', '50p', '5 pounds', 'EUR 4', '3,50 €', 'Free, £2 for tea', '£0 to £5'].map(read)).to.deep.equal([
      false, false, false, false, false, false, false, false,
    ]);
  });

  it('takes a currency sign after the amount too', () => {
    expect(costFromText('3,50 €')).to.deep.equal({ free: false, sure: true });
    expect(costFromText('0 €')).to.deep.equal({ free: true, sure: true });
  });

  it('says when the words do not say, and reads them as not free', () => {
    expect(costFromText('Ask at reception')).to.deep.equal({ free: false, sure: false });
    expect(costFromText('Meets at 2 pm')).to.deep.equal({ free: false, sure: false });
  });

  it('does not take a time of day for pence ("7 p.m." is not 7p)', () => {
    expect(costFromText('Free, meets 7 p.m.')).to.deep.equal({ free: true, sure: true });
    expect(costFromText('Free, 7pm start')).to.deep.equal({ free: true, sure: true });
    expect(costFromText('Free, starts 2 p m')).to.deep.equal({ free: true, sure: true });
    expect(costFromText('2 p m')).to.deep.equal({ free: false, sure: false });
    expect(costFromText('Meets at 7 P.M.')).to.deep.equal({ free: false, sure: false });
    // Pence are still pence, however they are written.
    for (const words of ['50p', '50p more', '50 p.', '50 p', 'Free, 50p for tea', '3,50 €']) {
      expect(costFromText(words), words).to.deep.equal({ free: false, sure: true });
    }
  });

  it('reads "not free" as not free, even with no amount', () => {
    for (const words of ['Not free', "isn't free", 'It isn’t free', 'No longer free', 'Not always free', '£3, not free for carers']) {
      expect(costFromText(words), words).to.deep.equal({ free: false, sure: true });
    }
    // "Free" near "not" but not saying "not free" is still free.
    expect(costFromText('Free. Not for profit')).to.deep.equal({ free: true, sure: true });
  });

  it('tells words that only say free from words that say more', () => {
    expect(['Free', 'free.', '£0', '0', '$0', '€0.00', '0 €', 'GBP 0', 'No charge', 'Free of charge'].map(saysOnlyFree)).to.deep.equal(
      Array(10).fill(true),
    );
    expect(['Free for under 18s', 'donations welcome', '£0 for members', 'Free, meets 7 p.m.', '£3'].map(saysOnlyFree)).to.deep.equal(
      Array(5).fill(false),
    );
  });
});

describe('the cost rule in the CSV adapter (groups.csv, blank free column)', () => {
  let parse: ParseCsv;
  let sheet: string;
  const FREE_CELL = 'online,,,,Free,Mon; Thursday';

  before(async () => {
    await loadPapaScript();
    parse = await loadCsvParser();
    sheet = await fixtureText('csv/groups.csv');
    expect(sheet).to.contain(FREE_CELL);
  });

  /** Row 4 of the fixture (free column blank) with `words` as its cost details. */
  const adaptWith = (words: string) => {
    const result = adaptCsv(sheet.replace(FREE_CELL, `online,,,,${words},Mon; Thursday`), parse);
    const group = result.feed.groups.find((g) => g.id === 'carers-circle-2');
    if (!group) throw new Error('row 4 was not read');
    return { group, problems: result.problems.filter((p) => p.path.startsWith('row 4, ')) };
  };

  for (const [words, free] of CASES) {
    it(`"${words}" gives free: ${free}, with the words kept, and asks for the free column`, () => {
      const { group, problems } = adaptWith(words);
      expect(group.cost).to.deep.equal({ free, details: words });
      expect(problems.map((p) => p.path)).to.deep.equal(['row 4, free']);
      expect(problems[0]!.message).to.contain(`read as ${free ? 'free' : 'not free'}`);
    });
  }

  it('reads words that do not say as not free, with a warning', () => {
    const { group, problems } = adaptWith('Ask at reception');
    expect(group.cost).to.deep.equal({ free: false, details: 'Ask at reception' });
    expect(problems[0]?.action).to.equal('warning');
  });

  it('still reports placeholders in the cost column other than a zero', () => {
    const { group, problems } = adaptWith('N/A');
    expect(group.cost).to.equal(undefined);
    expect(problems.map((p) => p.path)).to.deep.equal(['row 4, cost_details']);
  });
});

describe('the cost rule in the Open Referral adapter (hsds3-service.json)', () => {
  let service: Record<string, unknown>;
  before(async () => {
    service = (await fixtureJson('open-referral/hsds3-service.json')) as Record<string, unknown>;
    expect(service.cost_options).to.equal(undefined);
  });

  const adaptWith = (extra: Record<string, unknown>) => {
    const result = adaptOpenReferral({ ...service, ...extra });
    const [group] = result.feed.groups as [RawGroup];
    return { group, problems: result.problems };
  };

  for (const [words, free] of CASES) {
    it(`fees "${words}" give free: ${free}, with the words kept`, () => {
      const { group, problems } = adaptWith({ fees_description: words });
      expect(group.cost).to.deep.equal({ free, details: words });
      expect(problems.filter((p) => p.path.startsWith('fees'))).to.deep.equal([]);
    });

    it(`a cost option "${words}" with no amount gives free: ${free}, with the words kept unless they only say free`, () => {
      const { group } = adaptWith({ cost_options: [{ id: 'c1', option: words }] });
      const onlyFree = ['Free', '£0', '0', '$0', '€0'].includes(words);
      expect(group.cost).to.deep.equal(onlyFree ? { free } : { free, details: words });
    });
  }

  it('keeps the words of a free option beside a paid one (the saved behaviour)', () => {
    const { group } = adaptWith({ cost_options: [{ id: 'c1', option: 'Free for under 18s' }, { id: 'c2', amount: 5, option: 'Adults' }] });
    expect(group.cost).to.deep.equal({ free: false, details: 'Free for under 18s. £5.00 Adults' });
  });

  it('keeps free words that say more, and drops a bare "free" beside them', () => {
    expect(adaptWith({ cost_options: [{ id: 'c1', option: 'Donations welcome' }] }).group.cost).to.deep.equal({
      free: true,
      details: 'Donations welcome',
    });
    expect(adaptWith({ cost_options: [{ id: 'c1', option: 'Free' }, { id: 'c2', option: 'Free', amount_description: 'tea and biscuits' }] }).group.cost).to.deep.equal({
      free: true,
      details: 'Free: tea and biscuits',
    });
  });

  it('keeps who a zero-amount option is for, beside a paid one', () => {
    const { group } = adaptWith({ cost_options: [{ id: 'c1', amount: 0, option: 'Under 18s' }, { id: 'c2', amount: 5, option: 'Adults' }] });
    expect(group.cost).to.deep.equal({ free: false, details: '£0.00 Under 18s. £5.00 Adults' });
  });

  it('reads a cost option that says "not free" as not free, and keeps its words', () => {
    expect(adaptWith({ cost_options: [{ id: 'c1', option: 'Not free' }] }).group.cost).to.deep.equal({ free: false, details: 'Not free' });
    expect(adaptWith({ fees: 'Free, meets 7 p.m.' }).group.cost).to.deep.equal({ free: true, details: 'Free, meets 7 p.m.' });
  });

  it('reads a zero amount in any currency as free, and any amount above zero as not free', () => {
    for (const currency of ['GBP', 'USD', 'EUR']) {
      expect(adaptWith({ cost_options: [{ id: 'c1', amount: 0, currency }] }).group.cost, currency).to.deep.equal({ free: true });
    }
    expect(adaptWith({ cost_options: [{ id: 'c1', amount: 3, currency: 'EUR', option: 'Per session' }] }).group.cost).to.deep.equal({
      free: false,
      details: '3.00 EUR Per session',
    });
  });

  it('reads fees that do not say as not free, keeps them and warns', () => {
    const { group, problems } = adaptWith({ fees: 'Ask at reception' });
    expect(group.cost).to.deep.equal({ free: false, details: 'Ask at reception' });
    expect(problems.find((p) => p.path === 'fees')?.action).to.equal('warning');
  });
});

describe('the Meeting Guide adapter and cost', () => {
  it('has no cost field to read, so it never makes one up', async () => {
    const meetings = (await fixtureJson('meeting-guide/meetings.json')) as unknown[];
    const result = adaptMeetingGuide(meetings);
    expect(result.feed.groups.length).to.be.greaterThan(0);
    expect(result.feed.groups.filter((g) => g.cost !== undefined)).to.deep.equal([]);
  });
});

describe('small readers the adapters share', () => {
  it('splits lists on the given separator, or on spaces, commas and semicolons', () => {
    expect(splitList(' anxiety ; depression;; ', ';')).to.deep.equal(['anxiety', 'depression']);
    expect(splitList('TH,FR; 2MO  -1FR')).to.deep.equal(['TH', 'FR', '2MO', '-1FR']);
    expect(splitList(undefined)).to.deep.equal([]);
  });

  it('reads plural day names, as people write "Mondays"', () => {
    expect(['Mondays', 'Thursdays', 'tues', 'dydd Sul', 'Sundays.'].map(weekday)).to.deep.equal(['MO', 'TH', 'TU', 'SU', 'SU']);
    expect(['Moonday', 'days', 's'].map(weekday)).to.deep.equal([undefined, undefined, undefined]);
  });

  it('writes times as HH:MM', () => {
    expect([hhmm(9, 5), hhmm(0, 0), hhmm(23, 59)]).to.deep.equal(['09:05', '00:00', '23:59']);
  });

  it('reads an Open Referral weekday by the same day names as the CSV adapter (and no longer takes any word starting MO)', () => {
    const byWeekday = (name: string) => adaptHsdsSchedule({ freq: 'WEEKLY', weekday: name, opens_at: '10:00' }, () => {})[0]?.byday;
    expect(byWeekday('Wednesday')).to.deep.equal(['WE']);
    expect(byWeekday('Thurs')).to.deep.equal(['TH']);
    expect(byWeekday('Dydd Llun')).to.deep.equal(['MO']);
    expect(byWeekday('Moonday')).to.equal(undefined);
  });
});
