import { expect } from '@open-wc/testing';
import { GeocodeError, postcodesIoGeocoder } from '../../src/geo/geocoder.js';

type Logged = { path: string; q: string | null; limit: string | null; cookie: string | null; referer: string | null };

let run = 0;
/** A fresh stub base with its own request log, so tests never see each other's requests. */
function stub(mode = 'ok') {
  const id = `t${Date.now()}-${run++}`;
  return { base: `/__geo/${mode}/${id}`, sent: async (): Promise<Logged[]> => (await fetch(`/__geo/log/${id}`)).json() };
}

async function rejection(promise: Promise<unknown>): Promise<GeocodeError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(GeocodeError);
    return error as GeocodeError;
  }
  throw new Error('expected the look-up to fail');
}

describe('postcodes.io geocoder', () => {
  it('finds a full postcode typed any way', async () => {
    const { base, sent } = stub();
    const found = await postcodesIoGeocoder(base).lookup(' cf10 1ep ');
    expect(found).to.deep.equal({ lat: 51.4816, lng: -3.1791, label: 'CF10 1EP' });
    expect((await sent()).map((r) => r.path)).to.deep.equal([`${base}/postcodes/CF101EP`]);
  });

  it('finds the first half of a postcode through /outcodes', async () => {
    const { base, sent } = stub();
    expect(await postcodesIoGeocoder(base).lookup('m1')).to.deep.equal({ lat: 53.478, lng: -2.232, label: 'M1' });
    expect((await sent())[0].path).to.equal(`${base}/outcodes/M1`);
  });

  it('finds a town through /places, asking for one answer, and names its county', async () => {
    const { base, sent } = stub();
    expect(await postcodesIoGeocoder(base).lookup('Llanelli')).to.deep.equal({ lat: 51.681, lng: -4.161, label: 'Llanelli, Carmarthenshire' });
    expect(await postcodesIoGeocoder(base).lookup('leeds')).to.deep.equal({ lat: 53.797, lng: -1.548, label: 'Leeds' });
    const [first] = await sent();
    expect(first).to.include({ path: `${base}/places`, q: 'Llanelli', limit: '1' });
  });

  it('answers "not found" (not an error) for an unknown postcode, an unknown town, or a postcode with no map point', async () => {
    const geocoder = postcodesIoGeocoder(stub().base);
    expect(await geocoder.lookup('ZZ9 9ZZ')).to.equal(undefined);
    expect(await geocoder.lookup('Nowhere-on-Sea')).to.equal(undefined);
    expect(await geocoder.lookup('BT1 1AA')).to.equal(undefined);
  });

  it('sends nothing until asked, and nothing for blank input', async () => {
    const { base, sent } = stub();
    const geocoder = postcodesIoGeocoder(base);
    expect(await geocoder.lookup('   ')).to.equal(undefined);
    expect(await sent()).to.deep.equal([]);
  });

  it('sends only what was typed: no cookies, no referrer, nothing for the same words twice', async () => {
    const { base, sent } = stub();
    document.cookie = 'sg-geo-test=1; path=/';
    try {
      const geocoder = postcodesIoGeocoder(base);
      await geocoder.lookup('Llanelli');
      await geocoder.lookup('Llanelli');
      await geocoder.lookup('SW1A 1AA');
      await geocoder.lookup('sw1a1aa');
      const log = await sent();
      expect(log.map((r) => r.path)).to.deep.equal([`${base}/places`, `${base}/postcodes/SW1A1AA`]);
      expect(log.every((r) => r.cookie === null && r.referer === null)).to.equal(true);
    } finally {
      document.cookie = 'sg-geo-test=; path=/; max-age=0';
    }
  });

  it('gives up after the timeout with a plain "took too long" error', async () => {
    const error = await rejection(postcodesIoGeocoder(stub('slow').base, { timeoutMs: 150 }).lookup('CF10 1EP'));
    expect(error.kind).to.equal('timeout');
    expect(error.message).to.match(/took too long/);
  });

  it('stops when the caller aborts (a newer search replaced it)', async () => {
    const abort = new AbortController();
    const pending = postcodesIoGeocoder(stub('slow').base).lookup('Leeds', abort.signal);
    setTimeout(() => abort.abort(), 50);
    expect((await rejection(pending)).kind).to.equal('aborted');
  });

  it('reports a failing service, and one that answers with something other than JSON', async () => {
    const broken = await rejection(postcodesIoGeocoder(stub('broken').base).lookup('Leeds'));
    expect(broken).to.include({ kind: 'status', status: 500 });
    expect(broken.message).to.match(/not working/);
    expect((await rejection(postcodesIoGeocoder(stub('garbage').base).lookup('Leeds'))).kind).to.equal('format');
  });

  it('reports a network failure in plain words', async () => {
    const offline = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    const error = await rejection(postcodesIoGeocoder('https://geo.example.org', { fetch: offline }).lookup('Leeds'));
    expect(error.kind).to.equal('network');
    expect(error.message).to.match(/could not be reached/);
  });

  it('sends to the configured service only, keeping the typed words out of the path', async () => {
    const urls: string[] = [];
    const spy = ((url: string) => {
      urls.push(url);
      return Promise.resolve(new Response('{"status":200,"result":[]}', { status: 200 }));
    }) as typeof fetch;
    const geocoder = postcodesIoGeocoder('https://geo.example.org/api/', { fetch: spy });
    await geocoder.lookup('../../evil.example.com/x?y=1#z');
    expect(urls).to.have.length(1);
    const url = new URL(urls[0]);
    expect(url.origin + url.pathname).to.equal('https://geo.example.org/api/places');
    expect(url.searchParams.get('q')).to.equal('../../evil.example.com/x?y=1#z');
  });

  it('refuses a base address that is not http(s), without sending anything', async () => {
    let called = false;
    const spy = (() => {
      called = true;
      return Promise.reject(new Error('should not be called'));
    }) as typeof fetch;
    for (const base of ['javascript:alert(1)', 'ftp://geo.example.org', 'https://geo.example.org/?key=1']) {
      expect((await rejection(postcodesIoGeocoder(base, { fetch: spy }).lookup('Leeds'))).kind, base).to.equal('config');
    }
    expect(called).to.equal(false);
  });
});
