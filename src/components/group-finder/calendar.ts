import type { Group } from '../../feed/types.js';
import { toICalendar } from '../../schedule/ical.js';
import { VERSION } from '../../version.js';

/** An iCalendar file for one group, for "Add to calendar". */
export function calendarFile(group: Group, now = new Date()): string {
  const url = group.online?.url ?? group.contact?.url;
  return toICalendar(group, {
    now,
    prodId: `-//support-group-widgets//${VERSION}//EN`,
    ...(url ? { url } : {}),
  });
}
