/**
 * Which format a feed is in, judged from its shape alone, so an editor can
 * paste any supported feed URL without saying what it is.
 */
import type { FeedFormat } from './types.js';

/** Every format `readFeed` understands, for option parsing and messages. */
export { FEED_FORMATS } from './types.js';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

// Fields only the foreign formats use; the canonical feed never has them on a group.
const MEETING_GUIDE_KEYS = ['day', 'time', 'slug'];
const OPEN_REFERRAL_KEYS = ['service_at_locations', 'organization', 'regular_schedules', 'service_taxonomys', 'cost_options'];

/**
 * Guesses the format of a feed, given as text or as already-parsed JSON.
 *
 * - text that is not JSON but looks like a table → `csv`
 * - a list of objects with `day`, `time` or `slug` → `meeting-guide`
 * - an object with `contents`/`content` (an API page), or services with
 *   `service_at_locations` or `organization` → `open-referral`
 * - anything else → `native` (normalise then reports what is wrong)
 */
export function detectFormat(value: unknown): FeedFormat {
  if (typeof value === 'string') {
    const text = value.replace(/^\uFEFF/, '').trim();
    if (text.startsWith('{') || text.startsWith('[')) {
      try {
        return detectFormat(JSON.parse(text) as unknown);
      } catch {
        // Not JSON after all; a CSV whose first cell starts with a bracket is still possible.
      }
    }
    return looksLikeCsv(text) ? 'csv' : 'native';
  }
  if (Array.isArray(value)) {
    const sample = value.slice(0, 20).filter(isObject);
    if (sample.some((item) => MEETING_GUIDE_KEYS.some((k) => k in item))) return 'meeting-guide';
    if (sample.some(isService)) return 'open-referral';
    return 'native';
  }
  if (isObject(value)) {
    if ('groups' in value) return 'native';
    if (Array.isArray(value.contents) || Array.isArray(value.content)) return 'open-referral';
    if (isService(value)) return 'open-referral';
  }
  return 'native';
}

function isService(item: Record<string, unknown>): boolean {
  return OPEN_REFERRAL_KEYS.some((k) => k in item);
}

/** A header line with at least one separator, and nothing that marks it as HTML or JSON. */
function looksLikeCsv(text: string): boolean {
  if (text === '' || text.startsWith('<') || text.startsWith('{')) return false;
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  return /[,;\t]/.test(firstLine);
}
