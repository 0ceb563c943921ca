import type { ByDay, ScheduleEntry, Weekday } from '../../src/feed/types.js';

/** A weekly London entry with the given overrides, as the normaliser would produce it. */
export function entry(overrides: Partial<ScheduleEntry> = {}): ScheduleEntry {
  return {
    freq: 'weekly',
    interval: 1,
    byday: [{ day: 'TU', ordinal: 0 }],
    start: '18:30',
    end: '20:00',
    timezone: 'Europe/London',
    except: [],
    ...overrides,
  };
}

/** `2TU`, `-1FR`, `TU` → ByDay. */
export function days(...codes: string[]): ByDay[] {
  return codes.map((code) => {
    const match = /^(-?\d)?([A-Z]{2})$/.exec(code)!;
    return { day: match[2] as Weekday, ordinal: match[1] ? Number(match[1]) : 0 };
  });
}

export const iso = (d: Date): string => d.toISOString().replace('.000', '');
