import { expect } from '@open-wc/testing';
import { buildIndex, search, type SearchFilters } from '../../src/search/index.js';
import { GROUPS, names, query } from './fixtures.js';

describe('search: filters and facet counts', () => {
  const index = buildIndex(GROUPS);
  const only = (filters: SearchFilters) => names(search(index, query({ filters })).items);

  it('filters by topic, and two topics mean either', () => {
    expect(only({ topics: ['anxiety'] })).to.deep.equal(['Anxiety Café Cardiff', 'Online Anxiety Circle']);
    expect(only({ topics: ['anxiety', 'carers'] })).to.deep.equal(['Anxiety Café Cardiff', 'Carers Evening', 'Online Anxiety Circle']);
  });

  it('filters by audience, facilitation, accessibility and language', () => {
    expect(only({ audiences: ['carers'] })).to.deep.equal(['Carers Evening']);
    expect(only({ facilitation: ['peer'] })).to.deep.equal(['Anxiety Café Cardiff', 'Online Anxiety Circle']);
    expect(only({ accessibility: ['step-free'] })).to.deep.equal(['Anxiety Café Cardiff', 'Carers Evening']);
    expect(only({ languages: ['cy'] })).to.deep.equal(['Anxiety Café Cardiff']);
  });

  it('counts a monthly "second Tuesday" as Tuesday and a "last Friday" as Friday', () => {
    expect(only({ days: ['TU'] })).to.deep.equal(['Low Mood Walk']);
    expect(only({ days: ['FR'] })).to.deep.equal(['Bereavement Circle', 'Phone Friends']);
  });

  it('splits the day at 12:00 and 17:00 by the meeting’s own start time', () => {
    expect(only({ times: ['morning'] })).to.deep.equal(['Anxiety Café Cardiff', 'Online Anxiety Circle']);
    expect(only({ times: ['afternoon'] })).to.deep.equal(['Low Mood Walk', 'Phone Friends']);
    expect(only({ times: ['evening'] })).to.deep.equal(['Bereavement Circle', 'Carers Evening', 'Online Anxiety Circle']);
  });

  it('filters to free and to drop-in groups; false means no filter', () => {
    expect(only({ free: true })).to.deep.equal(['Anxiety Café Cardiff', 'Low Mood Walk', 'Online Anxiety Circle', 'Phone Friends']);
    expect(only({ dropIn: true })).to.deep.equal(['Anxiety Café Cardiff', 'Low Mood Walk', 'Online Anxiety Circle']);
    expect(only({ free: false, dropIn: false })).to.have.length(6);
  });

  it('finds hybrid groups under both "in person" and "online", and phone groups only under "phone"', () => {
    expect(only({ attendance: ['in-person'] })).to.deep.equal(['Anxiety Café Cardiff', 'Bereavement Circle', 'Carers Evening', 'Low Mood Walk']);
    expect(only({ attendance: ['online'] })).to.deep.equal(['Carers Evening', 'Online Anxiety Circle']);
    expect(only({ attendance: ['phone'] })).to.deep.equal(['Phone Friends']);
  });

  it('needs every chosen facet to match (facets AND together)', () => {
    expect(only({ topics: ['anxiety'], times: ['evening'] })).to.deep.equal(['Online Anxiety Circle']);
    expect(only({ topics: ['anxiety'], days: ['WE'] })).to.deep.equal([]);
  });

  it('matches nothing for a value the feed does not have (say, from an old shared link)', () => {
    expect(only({ topics: ['gardening'] })).to.deep.equal([]);
    expect(only({ topics: ['gardening', 'carers'] })).to.deep.equal(['Carers Evening']);
  });

  it('still shows how many in-person groups there are after choosing "online"', () => {
    const result = search(index, query({ filters: { attendance: ['online'] } }));
    expect(result.total).to.equal(2);
    expect(result.facets.attendance).to.deep.equal({ 'in-person': 4, hybrid: 1, online: 2, phone: 1 });
    // Other facets count only what the attendance choice leaves.
    expect(result.facets.topics).to.include({ anxiety: 1, carers: 1, panic: 1, depression: 0 });
  });

  it('counts each facet with every other filter applied but not its own', () => {
    const result = search(index, query({ filters: { topics: ['anxiety'], times: ['evening'] } }));
    expect(result.facets.topics).to.deep.equal({ anxiety: 1, bereavement: 1, carers: 1, depression: 0, loneliness: 0, panic: 1 });
    expect(result.facets.times).to.deep.equal({ morning: 2, afternoon: 0, evening: 1 });
    expect(result.facets.days).to.deep.equal({ MO: 0, TU: 0, WE: 0, TH: 1, FR: 0, SA: 1 });
  });

  it('counts the free and drop-in choices the same way', () => {
    const result = search(index, query({ filters: { free: true, topics: ['carers'] } }));
    expect(result.total).to.equal(0);
    expect(result.flagCounts.free).to.equal(0);
    expect(result.facets.topics).to.include({ anxiety: 2, carers: 0, loneliness: 1 });
    const dropIn = search(index, query({ filters: { dropIn: true } }));
    expect(dropIn.flagCounts).to.deep.equal({ free: 3, dropIn: 3 });
  });

  it('lists only values found in the feed, days Monday first and times in day order', () => {
    const { facets } = search(index, query());
    expect(Object.keys(facets.days)).to.deep.equal(['MO', 'TU', 'WE', 'TH', 'FR', 'SA']);
    expect(Object.keys(facets.times)).to.deep.equal(['morning', 'afternoon', 'evening']);
    expect(Object.keys(facets.languages)).to.deep.equal(['cy', 'en']);
    expect(Object.keys(facets.audiences)).to.deep.equal(['adults', 'carers', 'young-people']);
    expect(facets.accessibility).to.deep.equal({ 'hearing-loop': 1, 'step-free': 2 });
  });

  it('counts facets within the words typed', () => {
    const result = search(index, query({ text: 'anxiety' }));
    expect(result.facets.attendance).to.deep.equal({ 'in-person': 2, hybrid: 0, online: 1, phone: 1 });
  });
});
