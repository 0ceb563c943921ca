import { expect } from '@open-wc/testing';
import { AZ_COLLATOR, azOrder } from '../../src/search/az-order.js';
import { random } from '../helpers/random.mjs';

describe('A–Z order of group names', () => {
  // The same order as the collator, position by position (equal names keep the feed's order).
  const reference = (names: readonly string[]) => names.map((_, i) => i).sort((a, b) => AZ_COLLATOR.compare(names[a], names[b]) || a - b);
  function randomNames(parts: readonly string[], count: number, seed: number): string[] {
    const next = random(seed);
    const pick = (n: number) => Math.floor(next() * n);
    return Array.from({ length: count }, () =>
      Array.from({ length: 1 + pick(3) }, () => parts[pick(parts.length)]).join(pick(5) === 0 ? '' : ' '),
    );
  }

  // The fast path must agree with the collator exactly, or lists would look shuffled.
  it('matches Intl.Collator for plain, accented, numbered and punctuated names alike', () => {
    const parts = ['group', 'Group', 'café', 'Cafe', 'Walk', 'walkers', 'a', 'Z', '2', '10', '007', '7', 'drop-in', "St John's", 'Ōtautahi', '', ' '];
    const names = randomNames(parts, 400, 7);
    expect([...azOrder(names)]).to.deep.equal(reference(names));
  });

  // Feeds of only plain names (the fast path alone), of only punctuated ones, and of a mix.
  for (const [kind, parts] of [
    ['plain', ['group', 'Group', 'walk', 'Walkers', 'a', 'Z', '2', '10', '007', '7', '', 'leeds', 'LEEDS', '99999999999999']],
    ['punctuated', ["St John's", 'drop-in', 'café', 'Cafe', 'Ōtautahi', 'carers & friends', '(online)']],
    ['mixed', ['group', 'Group', "St John's", 'drop-in', 'café', 'Cafe', '2', '10', 'walk', 'Ōtautahi', '']],
  ] as const) {
    it(`gives the collator's order, ties in feed order, for ${kind} names`, () => {
      for (const seed of [1, 2, 3]) {
        const names = randomNames(parts, 1500, seed);
        expect([...azOrder(names)]).to.deep.equal(reference(names));
      }
    });
  }

  it('handles no names and one name', () => {
    expect([...azOrder([])]).to.deep.equal([]);
    expect([...azOrder(['Only'])]).to.deep.equal([0]);
    expect([...azOrder(["O'Neill"])]).to.deep.equal([0]);
  });

  it('puts Group 2 before Group 10 and ignores case and accents', () => {
    const names = ['Group 10', 'group 2', 'Éire walk', 'eire talk', 'Apple'];
    expect([...azOrder(names)].map((i) => names[i])).to.deep.equal(['Apple', 'eire talk', 'Éire walk', 'group 2', 'Group 10']);
  });
});
