/**
 * The foreign-format feed readers as one file: the entry of
 * `dist/support-group-widgets.formats.js`, which the one-file script loads
 * from its own directory only when a feed is in Meeting Guide, Open Referral
 * UK or CSV format (Papa Parse is bundled in). See `formats-loader.ts`.
 */
export { adaptCsv } from '../feed/adapters/csv.js';
export { loadCsvParser } from '../feed/adapters/csv-parser.js';
export { adaptMeetingGuide } from '../feed/adapters/meeting-guide.js';
export { adaptOpenReferral } from '../feed/adapters/open-referral.js';
export { VERSION } from '../version.js';
