import { expect } from '@open-wc/testing';
import { detectFormat } from '../../../src/feed/detect.js';
import { fixtureJson, fixtureText } from './fixtures.js';

describe('detectFormat', () => {
  it('recognises each fixture format from its shape', async () => {
    expect(detectFormat(await fixtureJson('meeting-guide/meetings.json'))).to.equal('meeting-guide');
    expect(detectFormat(await fixtureJson('open-referral/oruk-v1-page.json'))).to.equal('open-referral');
    expect(detectFormat(await fixtureJson('open-referral/hsds3-page.json'))).to.equal('open-referral');
    expect(detectFormat(await fixtureJson('open-referral/hsds3-service.json'))).to.equal('open-referral');
    expect(detectFormat(await fixtureText('csv/groups.csv'))).to.equal('csv');
    expect(detectFormat(await fixtureText('meeting-guide/meetings.json'))).to.equal('meeting-guide');
  });

  it('treats the canonical feed, a bare list of groups and unknown shapes as native', () => {
    expect(detectFormat({ version: 1, groups: [] })).to.equal('native');
    expect(detectFormat([{ id: 'a', name: 'A', schedule: [] }])).to.equal('native');
    expect(detectFormat([])).to.equal('native');
    expect(detectFormat(42)).to.equal('native');
    expect(detectFormat(null)).to.equal('native');
  });

  it('recognises a list of services and a single Meeting Guide meeting list by their telltale fields', () => {
    expect(detectFormat([{ id: 's', name: 'S', organization: { name: 'O' } }])).to.equal('open-referral');
    expect(detectFormat([{ name: 'M', slug: 'm' }])).to.equal('meeting-guide');
    expect(detectFormat({ content: [] })).to.equal('open-referral');
  });

  it('does not mistake an HTML error page or broken JSON for a spreadsheet', () => {
    expect(detectFormat('<!doctype html><title>Not found</title>')).to.equal('native');
    expect(detectFormat('{"groups": [')).to.equal('native');
    expect(detectFormat('name;day\nA;MO')).to.equal('csv');
  });
});
