// The one seeded generator, for the tests (in the browser) and for
// scripts/make-feed.mjs (in Node): plain ES module, no imports, types in
// random.d.mts beside it.

/**
 * Seeded generator (mulberry32): the same values for the same seed, across
 * runs and machines, so a test's values (and its failures) and a synthetic
 * feed are the same every time.
 * @param {number} seed
 * @returns {() => number} a function giving the next number in [0, 1)
 */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
