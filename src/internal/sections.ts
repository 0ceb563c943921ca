/**
 * Reads a `show` attribute such as `benefits, research`: the sections to show,
 * in the element's own order, and any names it does not know (so the editor
 * can be told). Empty or only unknown names means every section.
 */
export function readSections<T extends string>(
  value: string | null | undefined,
  known: readonly T[],
): { sections: readonly T[]; unknown: readonly string[] } {
  const names = (value ?? '')
    .split(/[\s,]+/)
    .map((n) => n.trim().toLowerCase())
    .filter(Boolean);
  const unknown = names.filter((n) => !(known as readonly string[]).includes(n));
  const chosen = known.filter((k) => names.includes(k));
  return { sections: chosen.length > 0 ? chosen : known, unknown };
}

/** The level for a heading `depth` levels below the element's own, never past h6. */
export function subLevel(level: number, depth: number): 2 | 3 | 4 | 5 | 6 {
  return Math.min(6, level + depth) as 2 | 3 | 4 | 5 | 6;
}
