import { expect } from '@open-wc/testing';
import { buildIndex, fold, search } from '../../src/search/index.js';
import { GROUPS, group, names, query } from './fixtures.js';

describe('search: typing words', () => {
  const index = buildIndex(GROUPS);

  it('shows every group A–Z when nothing is typed and nothing is chosen', () => {
    const result = search(index, query());
    expect(names(result.items)).to.deep.equal([
      'Anxiety Café Cardiff',
      'Bereavement Circle',
      'Carers Evening',
      'Low Mood Walk',
      'Online Anxiety Circle',
      'Phone Friends',
    ]);
    expect(result.total).to.equal(6);
  });

  it('finds "Café" when the visitor types "cafe", and "cafe" in a description too', () => {
    expect(names(search(index, query({ text: 'cafe' })).items)).to.deep.equal(['Anxiety Café Cardiff', 'Low Mood Walk']);
    expect(names(search(index, query({ text: 'CAFÉ' })).items)).to.deep.equal(['Anxiety Café Cardiff', 'Low Mood Walk']);
  });

  it('matches the start of a word: "anx" finds Anxiety, "xiety" and "iff" find nothing', () => {
    expect(search(index, query({ text: 'anx' })).total).to.equal(4);
    expect(search(index, query({ text: 'xiety' })).total).to.equal(0);
    expect(search(index, query({ text: 'iff' })).total).to.equal(0);
  });

  it('puts name matches first, then summary, then description', () => {
    const result = search(index, query({ text: 'anx' }));
    expect(names(result.items)).to.deep.equal(['Anxiety Café Cardiff', 'Online Anxiety Circle', 'Phone Friends', 'Low Mood Walk']);
    const scores = result.items.map((i) => i.score);
    expect(scores[0]).to.equal(scores[1]);
    expect(scores[1]).to.be.greaterThan(scores[2]);
    expect(scores[2]).to.be.greaterThan(scores[3]);
  });

  it('ranks name over topic over place over summary over description, whatever the A–Z order', () => {
    const ranked = buildIndex([
      group({ id: 'a', name: 'A group', description: 'We walk by the river.' }),
      group({ id: 'b', name: 'B group', summary: 'River walks.' }),
      group({ id: 'c', name: 'C group', location: { name: 'River Hall', accessibility: [] } }),
      group({ id: 'd', name: 'D group', topics: ['river'] }),
      group({ id: 'e', name: 'E River group' }),
      group({ id: 'f', name: 'F group' }),
    ]);
    expect(names(search(ranked, query({ text: 'river' })).items)).to.deep.equal(['E River group', 'D group', 'C group', 'B group', 'A group']);
  });

  it('puts a whole-word match above a prefix match in the same field', () => {
    const exact = buildIndex([group({ id: 'a', name: 'Walking Club' }), group({ id: 'b', name: 'Zebra Walk' })]);
    expect(names(search(exact, query({ text: 'walk' })).items)).to.deep.equal(['Zebra Walk', 'Walking Club']);
  });

  it('needs every word to match (words AND together), in any field', () => {
    expect(names(search(index, query({ text: 'anxiety cardiff' })).items)).to.deep.equal(['Anxiety Café Cardiff']);
    expect(names(search(index, query({ text: 'cardiff  anxiety!' })).items)).to.deep.equal(['Anxiety Café Cardiff']);
    expect(names(search(index, query({ text: 'bereavement trust' })).items)).to.deep.equal(['Bereavement Circle']);
  });

  it('finds a place by postcode, with or without the space, and by region', () => {
    expect(names(search(index, query({ text: 'cf11 9aa' })).items)).to.deep.equal(['Anxiety Café Cardiff']);
    expect(names(search(index, query({ text: 'CF119AA' })).items)).to.deep.equal(['Anxiety Café Cardiff']);
    expect(names(search(index, query({ text: 'wales' })).items)).to.deep.equal(['Anxiety Café Cardiff']);
  });

  it('reads apostrophes as part of the word: "marys" and "mary’s" both find St Mary’s Hall', () => {
    expect(names(search(index, query({ text: 'marys' })).items)).to.deep.equal(['Bereavement Circle']);
    expect(names(search(index, query({ text: "mary's" })).items)).to.deep.equal(['Bereavement Circle']);
  });

  it('finds a topic token by its words: "eating" finds eating-disorders', () => {
    const topics = buildIndex([group({ id: 'a', name: 'Tuesday group', topics: ['eating-disorders'] })]);
    expect(search(topics, query({ text: 'eating dis' })).total).to.equal(1);
  });

  it('shows 0 results for words no group has, but still lists every facet value at 0', () => {
    const result = search(index, query({ text: 'anxiety bristol' }));
    expect(result.total).to.equal(0);
    expect(result.items).to.deep.equal([]);
    expect(result.facets.topics).to.include({ anxiety: 0, depression: 0 });
    expect(result.flagCounts).to.deep.equal({ free: 0, dropIn: 0 });
  });

  it('gives the same answer when words are added and removed as when typed fresh', () => {
    const typed = ['a', 'an', 'anx', 'anxiety', 'anxiety c', 'anxiety car', 'anxiety', 'cafe', 'caf', ''];
    const reused = typed.map((text) => names(search(index, query({ text })).items));
    const fresh = typed.map((text) => names(search(buildIndex(GROUPS), query({ text })).items));
    expect(reused).to.deep.equal(fresh);
    expect(reused[5]).to.deep.equal(['Anxiety Café Cardiff']);
  });

  it('folds text the same way for the feed and the query', () => {
    expect(fold('  Grŵp  Cymorth – Café (Llanelli)! ')).to.equal('grwp cymorth cafe llanelli');
    expect(fold('Straße Ærø')).to.equal('strasse aero');
  });
});
