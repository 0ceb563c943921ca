/**
 * A fresh random id (a few letters and digits) for a test's feed address or
 * server state, so tests sharing the dev server never see each other's counts,
 * logs or saved copies.
 */
export const uid = (): string => Math.random().toString(36).slice(2);
