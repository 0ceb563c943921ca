import { expect } from '@open-wc/testing';
import { AZ_COLLATOR, azOrder } from '../../src/search/az-order.js';

describe('A–Z order of group names', () => {
  // The fast path must agree with the collator exactly, or lists would look shuffled.
  it('matches Intl.Collator for plain, accented, numbered and punctuated names alike', () => {
    const parts = ['group', 'Group', 'café', 'Cafe', 'Walk', 'walkers', 'a', 'Z', '2', '10', '007', '7', 'drop-in', "St John's", 'Ōtautahi', '', ' '];
    const names: string[] = [];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let i = 0; i < 400; i++) {
      const words = 1 + (next() % 3);
      names.push(Array.from({ length: words }, () => parts[next() % parts.length]).join(next() % 4 === 0 ? '' : ' '));
    }
    const expected = names.map((_, i) => i).sort((a, b) => AZ_COLLATOR.compare(names[a], names[b]) || a - b);
    expect([...azOrder(names)].map((i) => names[i])).to.deep.equal(expected.map((i) => names[i]));
  });

  it('puts Group 2 before Group 10 and ignores case and accents', () => {
    const names = ['Group 10', 'group 2', 'Éire walk', 'eire talk', 'Apple'];
    expect([...azOrder(names)].map((i) => names[i])).to.deep.equal(['Apple', 'eire talk', 'Éire walk', 'group 2', 'Group 10']);
  });
});
