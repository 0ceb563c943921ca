import type { Group } from '../../feed/types.js';
import type { LocalizeController } from '../../i18n/localize.js';
import { toICalendar } from '../../schedule/ical.js';
import { VERSION } from '../../version.js';

/** An iCalendar file for one group, for "Add to calendar", with its few words in the visitor's language. */
export function calendarFile(group: Group, t: LocalizeController, now = new Date()): string {
  const url = group.online?.url ?? group.contact?.url;
  return toICalendar(group, {
    now,
    prodId: `-//support-group-widgets//${VERSION}//EN`,
    ...(url ? { url } : {}),
    words: { online: t.t('finder.attendance.online'), phone: t.t('finder.attendance.phone'), join: t.t('finder.join') },
  });
}
