/**
 * Names in an attribute that takes a list, such as `show="benefits, research"`
 * or `attendance="online hybrid"`: split on commas and spaces, lower case.
 * The attribute check (`listOf(…, true)`) reads them the same way.
 */
export function listNames(value: string | null | undefined): string[] {
  return (value ?? '').toLowerCase().split(/[\s,]+/).filter(Boolean);
}

/**
 * Reads a `show` attribute: the sections to show, in the element's own
 * order. Empty or only unknown names (which the attribute check reports)
 * means every section.
 */
export function readSections<T extends string>(value: string | null | undefined, known: readonly T[]): { sections: readonly T[] } {
  const names = listNames(value);
  const chosen = known.filter((k) => names.includes(k));
  return { sections: chosen.length > 0 ? chosen : known };
}

/** The level for a heading `depth` levels below the element's own, never past h6. */
export function subLevel(level: number, depth: number): 2 | 3 | 4 | 5 | 6 {
  return Math.min(6, level + depth) as 2 | 3 | 4 | 5 | 6;
}
