import type { Group, ScheduleEntry, Weekday } from '../../feed/types.js';
import type { LocalizeController } from '../../i18n/localize.js';
import { lookup, onTranslationsChange, registerStrings, translate, type StringsBundle } from '../../i18n/registry.js';
import { finderStrings } from './group-finder.strings.js';
import { describeSchedule, formatMeetingTime } from '../../schedule/describe.js';
import { nextMeetings, type Meeting } from '../../schedule/recurrence.js';
import { en as scheduleEn, cy as scheduleCy, type ScheduleStrings } from '../../schedule/strings.js';
import { capitalise, dateWords, dayName } from '../../schedule/words.js';

/**
 * The finder's bridge to the schedule module: words for meetings and
 * schedules in the visitor's language, upcoming dates, and the directions
 * link. The schedule words are registered with the project's localiser, so a
 * site's own translation reaches them like every other string.
 */

const bundle: StringsBundle = { en: scheduleEn, cy: scheduleCy };
const tables = new Map<string, ScheduleStrings>();
let watching = false;

/** The schedule word table for an element's language, read through the localiser. */
function wordsFor(lang: string): ScheduleStrings {
  if (!watching) {
    watching = true;
    registerStrings(bundle);
    registerStrings(finderStrings);
    onTranslationsChange(() => tables.clear());
  }
  let table = tables.get(lang);
  if (!table) {
    const entries = Object.keys(scheduleEn).map((key) => {
      const found = lookup(lang, key)?.message;
      return [key, typeof found === 'string' ? found : (scheduleEn as Record<string, string>)[key]!] as const;
    });
    table = Object.fromEntries(entries);
    tables.set(lang, table);
  }
  return table;
}

function visitorZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'Europe/London';
  } catch {
    return 'Europe/London';
  }
}

/** The next `count` meetings of a group from now. */
export function upcoming(group: Group, count: number, now = new Date()): Meeting[] {
  return nextMeetings(group.schedule, { from: now, count });
}

/**
 * "Today, 6:30pm to 8pm", "Tuesday 2 December, 6:30pm to 8pm", and for a
 * visitor in another time zone both times with the group's city named.
 */
export function meetingText(
  meeting: Meeting,
  localize: LocalizeController,
  now = new Date(),
  visitorTimeZone = visitorZone(),
): string {
  const locale = localize.locale;
  const words = wordsFor(localize.lang);
  const [y, m, d] = meeting.localDate.split('-').map(Number) as [number, number, number];
  const today = new Date(now.getTime());
  const todayNumber = Math.round(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()) / 86_400_000);
  const offset = Math.round(Date.UTC(y, m - 1, d) / 86_400_000) - todayNumber;
  // Intl has no Welsh relative days in every browser, so these two are our own strings.
  const date =
    offset === 0
      ? translate(localize.lang, 'finder.today')
      : offset === 1
        ? translate(localize.lang, 'finder.tomorrow')
        : dateWords(y, m, d, locale, true, false, words);
  return `${date}, ${formatMeetingTime(meeting, visitorTimeZone, locale, words)}`;
}

/**
 * A day's name for a filter label ("Monday", "Dydd Llun"), from the same
 * words as the schedules, so it is Welsh even where the browser has no Welsh
 * calendar (Chromium has none).
 */
export function dayLabel(day: Weekday, localize: LocalizeController): string {
  return capitalise(dayName(day, localize.locale, wordsFor(localize.lang)));
}

export function scheduleWords(entry: ScheduleEntry, localize: LocalizeController): string {
  return describeSchedule(entry, localize.locale, wordsFor(localize.lang));
}

/** A directions link on OpenStreetMap: a plain link, no map library, nothing loaded until chosen. */
export function directionsUrl(group: Group): string | undefined {
  const { lat, lng } = group.location ?? {};
  if (group.attendance === 'online' || group.attendance === 'phone') return undefined;
  if (typeof lat !== 'number' || typeof lng !== 'number') return undefined;
  const point = `${lat.toFixed(5)},${lng.toFixed(5)}`;
  return `https://www.openstreetmap.org/directions?route=%3B${encodeURIComponent(point)}#map=16/${lat.toFixed(5)}/${lng.toFixed(5)}`;
}
