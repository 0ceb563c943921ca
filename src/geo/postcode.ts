/**
 * UK postcodes: recognise what a visitor typed ("sw1a1aa", "Cf10 1ep", "M1")
 * and write it the standard way, so the geocoder gets a clean request and
 * nothing else. Shape checks only; whether a postcode exists is the
 * geocoder's business.
 */

export interface ParsedPostcode {
  /** The whole postcode, upper case with one space: "SW1A 1AA". */
  readonly full?: string;
  /** The part before the space: "SW1A". Always present. */
  readonly outward: string;
}

// Letters each position may hold (Royal Mail's rules): no Q, V or X first;
// no I, J or Z second; limited sets for the letter after the district digit.
const A1 = '[A-PR-UWYZ]';
const A2 = '[A-HK-Y]';
const A3 = '[A-HJKPS-UW]';
const A4 = '[ABEHMNPRV-Y]';
const OUTWARD = new RegExp(`^(?:${A1}\\d{1,2}|${A1}${A2}\\d{1,2}|${A1}\\d${A3}|${A1}${A2}\\d${A4})$`);
const INWARD = /^\d[ABD-HJLNP-UW-Z]{2}$/;
/** Girobank's old postcode, still in use and outside every rule. */
const GIR = 'GIR';

/**
 * Reads a full or outward-only UK postcode, ignoring case and spaces.
 * Returns undefined when the text is not shaped like one (a town name, say).
 */
export function parsePostcode(text: string): ParsedPostcode | undefined {
  const compact = text.replace(/\s+/g, '').toUpperCase();
  if (compact.length < 2 || compact.length > 7) return undefined;
  if (compact === 'GIR0AA') return { full: 'GIR 0AA', outward: GIR };
  if (OUTWARD.test(compact)) return { outward: compact };
  if (compact.length < 5) return undefined;
  const outward = compact.slice(0, -3);
  const inward = compact.slice(-3);
  return OUTWARD.test(outward) && INWARD.test(inward) ? { full: `${outward} ${inward}`, outward } : undefined;
}
