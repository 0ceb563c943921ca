import type { LocalizeController } from '../../i18n/localize.js';
import { lookup, type StringKey } from '../../i18n/registry.js';
import type { Attendance, Weekday } from '../../feed/types.js';
import { dayLabel } from './meeting-text.js';

/**
 * Words for the values a feed uses. Known values have translated labels;
 * anything else a charity invents is shown tidied ("peer-led" → "Peer led"),
 * so a new topic in a feed still reads well.
 */

const PREFIX: Record<string, string> = {
  topics: 'finder.topic.',
  audiences: 'finder.audience.',
  accessibility: 'finder.access.',
  attendance: 'finder.attendance.',
  times: 'finder.time.',
  facilitation: 'finder.facilitation.',
};

const DAY_INDEX: Record<string, number> = { MO: 0, TU: 1, WE: 2, TH: 3, FR: 4, SA: 5, SU: 6 };
export const DAY_ORDER = Object.keys(DAY_INDEX);

export function tidy(value: string): string {
  const text = value.replace(/[-_]+/g, ' ').trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const languageNames = new Map<string, Intl.DisplayNames | null>();
function languageName(code: string, locale: string): string {
  if (!languageNames.has(locale)) {
    try {
      languageNames.set(locale, new Intl.DisplayNames([locale], { type: 'language' }));
    } catch {
      languageNames.set(locale, null);
    }
  }
  try {
    return languageNames.get(locale)?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** The label for one value of one facet, in the element's language. */
export function facetLabel(localize: LocalizeController, facet: string, value: string): string {
  if (facet === 'days') {
    return value in DAY_INDEX ? dayLabel(value as Weekday, localize) : value;
  }
  if (facet === 'languages') return languageName(value, localize.locale);
  const prefix = PREFIX[facet];
  if (prefix) {
    const key = `${prefix}${value}`;
    if (lookup(localize.lang, key)) return localize.t(key as StringKey);
  }
  return tidy(value);
}

/** "In person and online" for hybrid: never just "Online". */
export function attendanceLabel(localize: LocalizeController, attendance: Attendance): string {
  return localize.t(`finder.attendance.${attendance}` as StringKey);
}
