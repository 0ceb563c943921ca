/**
 * RFC 5545 text rules: escaping, CRLF lines folded at 75 octets (counting
 * UTF-8 bytes, never splitting a character), and date-time values.
 */
import { pad2 } from './dates.js';

const MAX_OCTETS = 75;

/** TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/** Folds one content line; continuation lines start with a space, which counts towards the 75. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = MAX_OCTETS;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = MAX_OCTETS - 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** Joins content lines into a calendar object: folded, CRLF-terminated. */
export function joinLines(lines: readonly string[]): string {
  return lines.map((line) => foldLine(line) + '\r\n').join('');
}

/** `20261127T120000Z` */
export function utcStamp(date: Date): string {
  return (
    `${date.getUTCFullYear()}${pad2(date.getUTCMonth() + 1)}${pad2(date.getUTCDate())}` +
    `T${pad2(date.getUTCHours())}${pad2(date.getUTCMinutes())}${pad2(date.getUTCSeconds())}Z`
  );
}

/** A floating local date-time, `20261127T183000`. */
export function localStamp(year: number, month: number, day: number, hour: number, minute: number, second = 0): string {
  return `${String(year).padStart(4, '0')}${pad2(month)}${pad2(day)}T${pad2(hour)}${pad2(minute)}${pad2(second)}`;
}

/** A UTC offset in ms as `+0100` / `-0500` (`+053000` style when there are seconds). */
export function offsetText(ms: number): string {
  const sign = ms < 0 ? '-' : '+';
  const total = Math.round(Math.abs(ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return `${sign}${pad2(hours)}${pad2(minutes)}${seconds ? pad2(seconds) : ''}`;
}
