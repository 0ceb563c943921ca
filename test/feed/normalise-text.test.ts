import { expect } from '@open-wc/testing';
import { normalise, safeUrl } from '../../src/feed/normalise.js';

const one = (group: object) => normalise([{ id: 'g1', name: 'Group', attendance: 'online', ...group }]);

describe('safeUrl', () => {
  it('keeps https, http, mailto, tel and sms links', () => {
    expect(safeUrl('https://example.org/groups?id=1')).to.equal('https://example.org/groups?id=1');
    expect(safeUrl('http://example.org')).to.equal('http://example.org/');
    expect(safeUrl('mailto:hello@example.org')).to.equal('mailto:hello@example.org');
    expect(safeUrl('tel:020 7946 0123')).to.equal('tel:02079460123');
    expect(safeUrl('sms:07700900123?body=HELLO')).to.equal('sms:07700900123?body=HELLO');
  });

  it('refuses script, data and file links however they are disguised', () => {
    for (const bad of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\nscript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', 'file:///etc/passwd', 'ftp://example.org']) {
      expect(safeUrl(bad), bad).to.equal(undefined);
    }
  });

  it('refuses relative links, links hiding their host behind a user name, and junk', () => {
    for (const bad of ['/groups', 'example.org', 'https://bank.example@evil.example/', 'tel:', 'mailto:nobody', '', 42, null, {}, `https://example.org/${'a'.repeat(2100)}`]) {
      expect(safeUrl(bad), String(bad).slice(0, 40)).to.equal(undefined);
    }
  });
});

describe('normalise: hostile text', () => {
  it('keeps markup as literal text rather than interpreting or stripping it', () => {
    const d = one({ name: '<script>alert(1)</script> Group', summary: '<img src=x onerror=alert(1)>' });
    expect(d.groups[0].name).to.equal('<script>alert(1)</script> Group');
    expect(d.groups[0].summary).to.equal('<img src=x onerror=alert(1)>');
  });

  it('drops javascript: links wherever a link is expected and says where', () => {
    const d = one({
      online: { url: 'javascript:alert(1)' },
      contact: { url: 'JAVASCRIPT:alert(1)' },
      organisation: { name: 'Org', url: 'data:text/html,hi' },
    });
    expect(d.groups[0]).not.to.have.property('online');
    expect(d.groups[0]).not.to.have.property('contact');
    expect(d.groups[0].organisation).to.deep.equal({ name: 'Org' });
    expect(d.problems.map((p) => p.path)).to.deep.equal(['groups[0].online.url', 'groups[0].contact.url', 'groups[0].organisation.url']);
    expect(d.problems[0].message).to.contain('https://');
  });

  it('collapses control characters and removes text-direction overrides', () => {
    const d = one({ name: '  Tea\u0000\u0007 and\r\ntalk\u202e ', description: 'One\r\n\r\n\r\n\r\nTwo\u0000three' });
    expect(d.groups[0].name).to.equal('Tea and talk');
    expect(d.groups[0].description).to.equal('One\n\nTwo three');
  });

  it('replaces broken surrogate halves so the text is valid Unicode', () => {
    const d = one({ name: 'Walk \ud83d and talk 🌿' });
    expect(d.groups[0].name).to.equal('Walk \ufffd and talk 🌿');
  });

  it('never lets __proto__, constructor or prototype keys pollute anything', () => {
    const json = `[{"id":"__proto__","name":"constructor","attendance":"online","__proto__":{"polluted":"yes","inactive":true},
      "constructor":{"prototype":{"polluted":"yes"}},"location":{"__proto__":{"postcode":"EVIL 1"}},"topics":["__proto__","constructor"]}]`;
    const d = normalise(JSON.parse(json));
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.prototype).not.to.have.property('polluted');
    const g = d.groups[0];
    expect(g.id).to.equal('__proto__');
    expect(g.name).to.equal('constructor');
    expect(g).not.to.have.property('inactive');
    expect(g).not.to.have.property('location');
    expect(g.topics, 'kept as plain words, never as keys').to.deep.equal(['constructor']);
    expect(Object.getPrototypeOf(g)).to.equal(Object.prototype);
  });

  it('ignores fields supplied only through an object prototype', () => {
    const sneaky = Object.create({ id: 'inherited', name: 'Inherited', attendance: 'online' });
    const d = normalise([sneaky]);
    expect(d.groups).to.deep.equal([]);
    expect(d.problems[0].message).to.contain('no id');
  });

  it('still returns a directory when a live object throws as it is read', () => {
    const trap = new Proxy({}, { get: () => { throw new Error('boom'); }, has: () => { throw new Error('boom'); }, getOwnPropertyDescriptor: () => { throw new Error('boom'); } });
    const d = normalise([trap, { id: 'ok', name: 'Fine', attendance: 'online' }]);
    expect(d.groups.map((g) => g.id)).to.deep.equal(['ok']);
    expect(d.problems[0]).to.include({ path: 'groups[0]', action: 'skipped' });
    const whole = normalise(trap);
    expect(Object.isFrozen(whole)).to.equal(true);
    expect(whole.problems[0].message).to.contain('could not be read');
  });

  it('handles a million-character name and a 100,000-deep nesting quickly', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 100_000; i++) deep = { location: deep, schedule: [deep] };
    const started = performance.now();
    const d = normalise({ version: 1, groups: [{ id: 'a', name: 'x'.repeat(1_000_000), attendance: 'online' }, { id: 'b', name: 'Deep', attendance: 'online', ...(deep as object) }] });
    expect(performance.now() - started).to.be.below(1000);
    expect(d.groups.map((g) => g.id)).to.deep.equal(['b']);
    expect(d.problems[0].message).to.contain('longer than 200');
  });
});

describe('safeUrl on plain web links', () => {
  it('gives exactly what the browser URL parser gives', () => {
    const links = [
      'https://example.org', 'https://example.org/', 'http://www.example.org/groups/leeds-tuesday', 'https://example.org/a/b.html',
      'https://example.org/a/./b', 'https://example.org/a/../b', 'https://example.org/a..b/c', 'https://example.org/.hidden',
      'https://Example.org/Path', 'https://example.org/a%20b', 'https://example.org/a b', 'https://example.org:443/x',
      'https://sub-1.example.co.uk/x_y~z-1/', 'https://example.org/a//b', 'https://example.org/a.b.c/d.', 'https://xn--bcher-kva.example/',
    ];
    for (const link of links) expect(safeUrl(link), link).to.equal(new URL(link).href);
  });
});
