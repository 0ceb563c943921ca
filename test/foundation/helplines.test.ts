import { expect } from '@open-wc/testing';
import { HELPLINES, REGION_HELP, REGIONS } from '../../src/content/helplines.js';

// Crisis numbers are pinned: changing one must be a deliberate edit here,
// checked against the service's own page (see shared/HELPLINES.md).
const PINNED: Record<string, [channel: string, value: string, href: string]> = {
  samaritans: ['call', '116 123', 'tel:116123'],
  'samaritans-email': ['email', 'jo@samaritans.org', 'mailto:jo@samaritans.org'],
  shout: ['text', '85258', 'sms:85258?body=SHOUT'],
  'nhs-111-england': ['call', '111', 'tel:111'],
  'nhs-24': ['call', '111', 'tel:111'],
  'breathing-space': ['call', '0800 83 85 87', 'tel:0800838587'],
  'nhs-111-wales': ['call', '111', 'tel:111'],
  lifeline: ['call', '0808 808 8000', 'tel:08088088000'],
  'lifeline-textphone': ['textphone', '18001 0808 808 8000', 'tel:1800108088088000'],
  'samaritans-ireland': ['call', '116 123', 'tel:116123'],
  'text-50808': ['text', '50808', 'sms:50808'],
  papyrus: ['call', '0800 068 4141', 'tel:08000684141'],
  'papyrus-email': ['email', 'pat@papyrus-uk.org', 'mailto:pat@papyrus-uk.org'],
  childline: ['call', '0800 1111', 'tel:08001111'],
  calm: ['call', '0800 58 58 58', 'tel:0800585858'],
};

describe('built-in crisis contacts', () => {
  const lines = Object.values(HELPLINES);

  it('are exactly the confirmed ones, with their numbers pinned', () => {
    const actual = Object.fromEntries(lines.map((l) => [l.id, [l.channel, l.value, l.href]]));
    expect(actual).to.deep.equal(PINNED);
  });

  it('each carry a source and the date they were checked', () => {
    for (const line of lines) {
      expect(line.source, line.id).to.match(/^https:\/\/|HELPLINES\.md|announcements|pages/);
      expect(line.checked, line.id).to.match(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(line.checked)), line.id).to.equal(false);
    }
  });

  it('link only to numbers that are shown as text', () => {
    for (const line of lines) {
      const digits = line.href.replace(/^(tel|sms):/, '').replace(/\?.*$/, '');
      if (line.channel !== 'email') expect(line.value.replace(/\s/g, ''), line.id).to.equal(digits);
    }
  });

  it('keep the unconfirmed lines out (C.A.L.L., chat, Papyrus text)', () => {
    const all = JSON.stringify(HELPLINES);
    expect(all).not.to.match(/132 ?737|137 ?737|81066|C\.A\.L\.L/);
    expect(all).not.to.match(/chat/i);
  });

  it('give every region an emergency number and at least two ways to get help', () => {
    for (const region of REGIONS) {
      const help = REGION_HELP[region];
      expect(help.emergency.numbers.length, region).to.be.greaterThan(0);
      expect(help.primary.length, region).to.be.at.least(2);
    }
    expect(REGION_HELP.ireland.emergency.numbers.map((n) => n.value)).to.deep.equal(['112', '999']);
    expect(REGION_HELP.uk.emergency.numbers.map((n) => n.value)).to.deep.equal(['999']);
  });

  it('have Welsh for every piece of descriptive text', () => {
    for (const line of lines) {
      for (const text of [line.audience, 'hours' in line ? line.hours : undefined, 'note' in line ? line.note : undefined]) {
        if (text) expect(text.cy, line.id).to.be.a('string').and.not.equal('');
      }
    }
  });
});
