/**
 * Reading already-parsed JSON without waiting: for code that has the value in
 * hand and cannot await. It loads the Meeting Guide and Open Referral adapters
 * with it, so prefer `readFeed` in the browser bundle.
 */
import { merge, unreadable } from './merge.js';
import { adaptMeetingGuide } from './meeting-guide.js';
import { adaptOpenReferral } from './open-referral.js';
import { normalise } from '../normalise.js';
import { chooseFormat, formatOf, parseFeedText, type ReadOptions } from '../read.js';
import type { Directory } from '../types.js';

/**
 * Reads a native, Meeting Guide or Open Referral value into a Directory. Never
 * throws. A string is parsed as JSON first; CSV needs `readFeed`, which loads
 * the CSV reader.
 */
export function readFeedSync(value: unknown, options: ReadOptions = {}): Directory {
  let input = value;
  if (typeof value === 'string') {
    const parsed = parseFeedText(value, options);
    if ('error' in parsed) return unreadable(parsed.error.message, formatOf(options));
    input = parsed.value;
  }
  const format = chooseFormat(input, options);
  switch (format) {
    case 'csv':
      return unreadable('This feed is CSV, which needs readFeed() (it loads the CSV reader).', 'csv');
    case 'meeting-guide':
      return merge(adaptMeetingGuide(input), format).directory;
    case 'open-referral':
      return merge(adaptOpenReferral(input), format).directory;
    case 'native':
      return normalise(input, { format });
  }
}
