import { expect } from '@open-wc/testing';
import { normalise } from '../../src/feed/normalise.js';

const withContacts = (contacts: unknown, mode?: unknown) => normalise({ version: 1, groups: [], signposting: { mode, contacts } });

describe('normalise: signposting contacts', () => {
  it('builds call and text links from the number as shown, keeping national format', () => {
    const d = withContacts([
      { id: 'line', name: 'Example Listening Line', channel: 'call', value: '0117 496 0123', hours: 'Evenings 6pm to 11pm', regions: ['england', 'Wales'] },
      { id: 'text', name: 'Example Text Line', channel: 'text', value: '07700 900123', keyword: 'TALK' },
      { id: 'mail', name: 'Example Email', channel: 'email', value: 'listen@example.org' },
    ]);
    expect(d.problems).to.deep.equal([]);
    const [line, text, mail] = d.signposting?.contacts ?? [];
    expect(line).to.include({ href: 'tel:01174960123', value: '0117 496 0123', hours: 'Evenings 6pm to 11pm' });
    expect(line.regions).to.deep.equal(['england', 'wales']);
    expect(text.href).to.equal('sms:07700900123?body=TALK');
    expect(mail.href).to.equal('mailto:listen@example.org');
    expect(d.signposting?.mode).to.equal('add');
  });

  it('keeps a given safe link and drops a javascript: one, rebuilding it from the number', () => {
    const d = withContacts([{ id: 'x', name: 'X', channel: 'call', value: '020 7946 0999', href: 'javascript:alert(1)' }]);
    expect(d.signposting?.contacts[0].href).to.equal('tel:02079460999');
    expect(d.problems[0]).to.include({ path: 'signposting.contacts[0].href', action: 'dropped', id: 'x', index: 0 });
  });

  it('skips a contact missing its name, channel or value and says what is missing', () => {
    const d = withContacts([{ id: 'x', channel: 'fax', value: '' }, 'Samaritans']);
    expect(d.signposting?.contacts).to.deep.equal([]);
    expect(d.problems[0]).to.include({ path: 'signposting.contacts[0]', action: 'skipped' });
    expect(d.problems[0].message).to.contain('a name').and.contain('a channel').and.contain('a value');
    expect(d.problems[1].path).to.equal('signposting.contacts[1]');
  });

  it('skips a second contact with the same id', () => {
    const c = { id: 'x', name: 'X', channel: 'call', value: '020 7946 0999' };
    const d = withContacts([c, c]);
    expect(d.signposting?.contacts).to.have.length(1);
    expect(d.problems[0]).to.include({ index: 1, action: 'skipped' });
  });

  it('drops unknown regions', () => {
    const d = withContacts([{ id: 'x', name: 'X', channel: 'call', value: '020 7946 0999', regions: ['uk', 'narnia'] }]);
    expect(d.signposting?.contacts[0].regions).to.deep.equal(['uk']);
    expect(d.problems[0].path).to.equal('signposting.contacts[0].regions[1]');
  });

  it('honours replace, but never replaces the built-in helplines with nothing', () => {
    const ok = withContacts([{ id: 'x', name: 'X', channel: 'call', value: '020 7946 0999' }], 'replace');
    expect(ok.signposting?.mode).to.equal('replace');
    const empty = withContacts([{ id: 'x' }], 'replace');
    expect(empty.signposting?.mode).to.equal('add');
    expect(empty.problems.some((p) => p.path === 'signposting.mode' && p.action === 'warning')).to.equal(true);
  });

  it('drops an unknown mode, keeping the default', () => {
    const d = withContacts([], 'override');
    expect(d.signposting?.mode).to.equal('add');
    expect(d.problems[0].path).to.equal('signposting.mode');
  });
});

describe('normalise: content overrides', () => {
  it('keeps well-formed items and drops incomplete ones, naming each', () => {
    const d = normalise({
      version: 1,
      groups: [],
      content: {
        benefits: [{ title: 'Shared experience', text: 'Others have been there.', example: '"I felt less alone."' }, { title: 'No text' }],
        steps: [{ title: 'Arrive', text: 'Someone will say hello.' }, 'Sit down'],
        faqs: [{ question: 'Do I have to talk?', answer: 'No. Listening is fine.' }, { question: '', answer: 'x' }],
        comparison: [{ aspect: 'Cost', peer: 'Usually free', therapy: 'Free on the NHS, sometimes after a wait', medication: 'Prescription charge in England' }, { aspect: 'Who leads' }],
      },
    });
    expect(d.content.benefits).to.deep.equal([{ title: 'Shared experience', text: 'Others have been there.', example: '"I felt less alone."' }]);
    expect(d.content.steps).to.have.length(1);
    expect(d.content.faqs).to.have.length(1);
    expect(d.content.comparison).to.have.length(1);
    expect(d.problems.map((p) => [p.path, p.action])).to.deep.equal([
      ['content.benefits[1]', 'dropped'],
      ['content.comparison[1]', 'dropped'],
      ['content.steps[1]', 'dropped'],
      ['content.faqs[1]', 'dropped'],
    ]);
  });

  it('reads the comparison written as { caption, columns, rows }, as docs/content.md shows it', () => {
    const d = normalise({
      version: 1,
      groups: [],
      content: {
        comparison: {
          caption: 'Our groups and other kinds of help',
          columns: { peer: 'Our groups', unknown: 'ignored' },
          rows: [{ aspect: 'Cost', peer: 'Free', therapy: 'Free on the NHS', medication: 'Prescription charges may apply' }, { aspect: 'Who leads' }],
        },
      },
    });
    expect(d.content.comparison).to.deep.equal({
      caption: 'Our groups and other kinds of help',
      columns: { peer: 'Our groups' },
      rows: [{ aspect: 'Cost', peer: 'Free', therapy: 'Free on the NHS', medication: 'Prescription charges may apply' }],
    });
    expect(d.problems.map((p) => [p.path, p.action])).to.deep.equal([['content.comparison.rows[1]', 'dropped']]);
  });

  it('drops a section that is not a list', () => {
    const d = normalise({ version: 1, groups: [], content: { faqs: 'ask us' } });
    expect(d.content).to.deep.equal({});
    expect(d.problems[0].path).to.equal('content.faqs');
  });
});
