import { expect } from '@open-wc/testing';
import { buildIndex, search } from '../../src/search/index.js';
import { BRISTOL, CARDIFF, GROUPS, LEEDS, group, names, query } from './fixtures.js';

describe('search: online groups, distance and order', () => {
  const index = buildIndex(GROUPS);

  describe('online and phone groups', () => {
    it('"with" lists them among the others', () => {
      expect(search(index, query({ includeOnline: 'with' })).total).to.equal(6);
    });

    it('"hide" leaves out online and phone groups but keeps hybrid ones', () => {
      expect(names(search(index, query({ includeOnline: 'hide' })).items)).to.deep.equal([
        'Anxiety Café Cardiff',
        'Bereavement Circle',
        'Carers Evening',
        'Low Mood Walk',
      ]);
    });

    it('"only" shows groups that can be joined from home, hybrid included', () => {
      expect(names(search(index, query({ includeOnline: 'only' })).items)).to.deep.equal([
        'Carers Evening',
        'Online Anxiety Circle',
        'Phone Friends',
      ]);
    });

    it('"apart" gives them their own list, not counted in the total', () => {
      const result = search(index, query({ includeOnline: 'apart' }));
      expect(result.total).to.equal(4);
      expect(names(result.items)).to.not.include('Online Anxiety Circle');
      expect(names(result.online ?? [])).to.deep.equal(['Online Anxiety Circle', 'Phone Friends']);
      // The panel counts both lists, as the visitor can see both.
      expect(result.facets.attendance.phone).to.equal(1);
    });

    it('has no second list unless asked for "apart"', () => {
      expect(search(index, query()).online).to.equal(undefined);
    });
  });

  describe('distance', () => {
    it('gives each in-person and hybrid group its distance, and online ones none', () => {
      const result = search(index, query({ near: CARDIFF }));
      const byName = new Map(result.items.map((i) => [i.group.name, i.distanceKm]));
      expect(byName.get('Anxiety Café Cardiff')).to.be.within(1.4, 1.8);
      expect(byName.get('Low Mood Walk')).to.be.within(38, 46);
      expect(byName.get('Carers Evening')).to.be.greaterThan(250);
      expect(byName.get('Online Anxiety Circle')).to.equal(undefined);
      expect(byName.get('Phone Friends')).to.equal(undefined);
      expect(byName.get('Bereavement Circle')).to.equal(undefined);
    });

    it('drops far-away groups beyond the radius, keeps online ones, and keeps groups with no map point last', () => {
      const result = search(index, query({ near: CARDIFF, radiusKm: 20, sort: 'nearest' }));
      expect(names(result.items)).to.deep.equal(['Anxiety Café Cardiff', 'Bereavement Circle', 'Online Anxiety Circle', 'Phone Friends']);
    });

    it('with a strict radius, leaves out groups that gave no map point', () => {
      const result = search(index, query({ near: CARDIFF, radiusKm: 20, strictRadius: true }));
      expect(names(result.items)).to.not.include('Bereavement Circle');
      expect(result.total).to.equal(3);
    });

    it('widening the radius brings Bristol in, nearest first', () => {
      const result = search(index, query({ near: CARDIFF, radiusKm: 60, sort: 'nearest', includeOnline: 'hide' }));
      expect(names(result.items)).to.deep.equal(['Anxiety Café Cardiff', 'Low Mood Walk', 'Bereavement Circle']);
    });

    it('measures from the new place when the visitor moves', () => {
      search(index, query({ near: CARDIFF, radiusKm: 20 }));
      const leeds = search(index, query({ near: LEEDS, radiusKm: 20, strictRadius: true, includeOnline: 'hide' }));
      expect(names(leeds.items)).to.deep.equal(['Carers Evening']);
      expect(leeds.items[0].distanceKm).to.be.lessThan(5);
    });

    it('ignores the radius when there is no place to measure from', () => {
      expect(search(index, query({ radiusKm: 5 })).total).to.equal(6);
    });

    it('in "only" mode a hybrid group is not cut by the radius, since it can be joined online', () => {
      const result = search(index, query({ near: BRISTOL, radiusKm: 10, includeOnline: 'only' }));
      expect(names(result.items)).to.include('Carers Evening');
    });
  });

  describe('order', () => {
    const inDays = (days: number) => new Date(Date.UTC(2026, 11, 1) + days * 86_400_000);
    const next: Record<string, Date> = { 'phone-line': inDays(1), 'anx-cardiff': inDays(2), 'low-mood-bristol': inDays(3), 'online-anx': inDays(1.5) };
    const nextStarts = Float64Array.from(index.groups, (g) => next[g.id]?.getTime() ?? NaN);

    it('"soonest" puts the next meeting first and groups with none last, A–Z', () => {
      const result = search(index, query({ sort: 'soonest', nextStarts }));
      expect(names(result.items)).to.deep.equal([
        'Phone Friends',
        'Online Anxiety Circle',
        'Anxiety Café Cardiff',
        'Low Mood Walk',
        'Bereavement Circle',
        'Carers Evening',
      ]);
    });

    it('"soonest" without a way to know meetings falls back to A–Z', () => {
      expect(names(search(index, query({ sort: 'soonest' })).items)[0]).to.equal('Anxiety Café Cardiff');
    });

    it('uses the chosen order to break ties between equally good text matches', () => {
      const result = search(index, query({ text: 'anx', sort: 'soonest', nextStarts }));
      expect(names(result.items).slice(0, 2)).to.deep.equal(['Online Anxiety Circle', 'Anxiety Café Cardiff']);
    });

    it('"nearest" without a place keeps A–Z order', () => {
      expect(names(search(index, query({ sort: 'nearest' })).items)[0]).to.equal('Anxiety Café Cardiff');
    });

    it('"az" ignores case and accents and reads numbers as numbers', () => {
      const az = buildIndex([
        group({ id: '1', name: 'Group 10' }),
        group({ id: '2', name: 'Group 2' }),
        group({ id: '3', name: 'Éclair club' }),
        group({ id: '4', name: 'apple group' }),
        group({ id: '5', name: 'Eagles' }),
      ]);
      expect(names(search(az, query()).items)).to.deep.equal(['apple group', 'Eagles', 'Éclair club', 'Group 2', 'Group 10']);
    });

    it('keeps groups with the same name in feed order, every time', () => {
      const twins = buildIndex([group({ id: 'x', name: 'Same' }), group({ id: 'y', name: 'same' }), group({ id: 'z', name: 'Same' })]);
      const ids = () => search(twins, query()).items.map((i) => i.group.id);
      expect(ids()).to.deep.equal(['x', 'y', 'z']);
      expect(ids()).to.deep.equal(ids());
    });
  });
});
