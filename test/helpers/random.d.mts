/**
 * Seeded generator (mulberry32): the same values for the same seed, across
 * runs and machines. Returns a function giving the next number in [0, 1).
 */
export declare function random(seed: number): () => number;
