import { expect } from '@open-wc/testing';
import { openFrame } from './frame.js';
import { random } from './random.mjs';
import { uid } from './uid.js';
import { waitFor } from './wait-for.js';

// The shared test helpers do what the tests rely on: waitFor gives up (so a
// test can fail), frames have loaded when they arrive, ids differ, and the
// seeded generator repeats itself for a seed.

describe('test helpers', () => {
  describe('waitFor', () => {
    it('returns the first truthy value read', async () => {
      let reads = 0;
      const value = await waitFor(() => (++reads >= 3 ? { reads } : null), 'the third read');
      expect(value).to.deep.equal({ reads: 3 });
    });

    it('fails after its time, naming what it waited for', async () => {
      const started = Date.now();
      let error: unknown;
      try {
        await waitFor(() => false, 'something that never comes', 100);
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(Error);
      expect((error as Error).message).to.contain('timed out waiting for something that never comes');
      expect(Date.now() - started).to.be.at.least(100);
    });
  });

  describe('openFrame', () => {
    it('resolves with a loaded frame for a document or an address, at the size asked', async () => {
      const doc = await openFrame({ srcdoc: '<!doctype html><title>T</title><p id="p">Hello</p>' }, { width: '321px', height: '123px' });
      expect(doc.contentDocument!.getElementById('p')!.textContent).to.equal('Hello');
      expect([doc.clientWidth, doc.clientHeight]).to.deep.equal([321, 123]);
      doc.remove();
      const page = await openFrame({ src: '/test/helpers/random.mjs' });
      expect(page.contentDocument!.body.textContent).to.contain('export function random(seed)');
      page.remove();
    });
  });

  describe('openFrame with removeAfterTest', () => {
    let kept: HTMLIFrameElement | undefined;
    it('opens the frame', async () => {
      kept = await openFrame({ srcdoc: '<!doctype html><title>T</title>' }, { removeAfterTest: true });
      expect(kept.isConnected).to.equal(true);
    });
    it('has removed it after that test', function () {
      // Only meaningful after the test above (skipped when this one is run on its own).
      if (!kept) this.skip();
      expect(kept!.isConnected).to.equal(false);
    });
  });

  it('uid gives a different id each time, safe in a URL', () => {
    const ids = Array.from({ length: 50 }, uid);
    expect(new Set(ids).size).to.equal(50);
    for (const id of ids) expect(id).to.match(/^[a-z0-9]+$/);
  });

  it('random gives the same numbers for a seed, in [0, 1), and other numbers for another seed', () => {
    const a = Array.from({ length: 5 }, random(7));
    expect(Array.from({ length: 5 }, random(7))).to.deep.equal(a);
    expect(Array.from({ length: 5 }, random(8))).not.to.deep.equal(a);
    for (const n of a) expect(n).to.be.within(0, 1).and.not.equal(1);
  });
});
