// One never-throwing way to reach Web Storage, for the feed's saved copy
// (localStorage) and the signpost's dismissal (sessionStorage).
import { expect } from '@open-wc/testing';
import { defaultStorage } from '../../src/feed/cache.js';
import { readItem, safeSession, safeStorage, writeItem } from '../../src/feed/storage.js';

type Kind = 'localStorage' | 'sessionStorage';

/** Makes reading `globalThis[kind]` throw, as in a sandboxed frame, until the returned function is called. */
function blockStorage(kind: Kind): () => void {
  let owner: object | null = globalThis;
  while (owner && !Object.getOwnPropertyDescriptor(owner, kind)) owner = Object.getPrototypeOf(owner) as object | null;
  const original = owner ? Object.getOwnPropertyDescriptor(owner, kind) : undefined;
  if (!original?.configurable) throw new Error(`${kind} cannot be replaced in this browser`);
  Object.defineProperty(globalThis, kind, {
    configurable: true,
    get() {
      throw new DOMException('The document is sandboxed', 'SecurityError');
    },
  });
  return () => {
    if (owner === globalThis) Object.defineProperty(globalThis, kind, original);
    else delete (globalThis as Record<string, unknown>)[kind];
  };
}

describe('safeStorage', () => {
  it('gives the page’s own storage of each kind', () => {
    expect(safeStorage('localStorage')).to.equal(localStorage);
    expect(safeStorage('sessionStorage')).to.equal(sessionStorage);
    expect(defaultStorage(), 'the feed’s saved copy uses localStorage').to.equal(localStorage);
    expect(safeSession(), 'the signpost uses sessionStorage').to.equal(sessionStorage);
  });

  for (const kind of ['localStorage', 'sessionStorage'] as const) {
    it(`gives undefined, not an error, where reading ${kind} throws`, () => {
      const restore = blockStorage(kind);
      try {
        expect(() => globalThis[kind], 'the stand-in throws').to.throw();
        expect(safeStorage(kind)).to.equal(undefined);
        const other: Kind = kind === 'localStorage' ? 'sessionStorage' : 'localStorage';
        expect(safeStorage(other), 'the other kind still works').to.equal(globalThis[other]);
        const named = kind === 'localStorage' ? defaultStorage() : safeSession();
        expect(named).to.equal(undefined);
        // And the reads and writes built on it skip quietly.
        expect(readItem(safeStorage(kind), 'sg-test')).to.equal(null);
        expect(writeItem(safeStorage(kind), 'sg-test', '1')).to.equal(false);
      } finally {
        restore();
      }
      expect(safeStorage(kind), 'restored').to.equal(globalThis[kind]);
    });
  }
});
