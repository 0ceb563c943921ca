/**
 * The group finder's search engine: pure functions, no DOM.
 *
 *   const index = buildIndex(directory.groups);          // once per feed
 *   prepareText(index, idleDeadline);                      // in idle time, until it returns true
 *   const result = search(index, { text, filters, ... }); // per keystroke
 */
export { buildIndex, prepareText, textReady, type BuildOptions, type Deadline, type SearchIndex } from './build-index.js';
export { search } from './search.js';
export { fold, foldWords } from './fold.js';
export { timeOfDay, entryDays } from './facet-values.js';
export * from './types.js';
