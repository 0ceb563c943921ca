/**
 * Where the one-file script was loaded from, so it can fetch its sibling files
 * (`support-group-widgets.formats.js`) from the same directory, and only when
 * a page needs them. `document.currentScript` is only set while the script
 * first runs, so `src/index.ts` calls `captureScriptBase()` at the top level.
 * In an ES module build it stays unset: bundlers split `import()` themselves.
 */
let base: string | undefined;

/** Remembers the running classic script's address; does nothing in a module. */
export function captureScriptBase(): void {
  if (base || typeof document === 'undefined') return;
  const script = document.currentScript;
  if (script instanceof HTMLScriptElement && script.src) base = script.src;
}

/**
 * The address of a file next to the script, with the script's query string
 * (so `?v=3` cache-busting reaches the sibling too); undefined when the
 * script's own address is unknown.
 */
export function siblingUrl(name: string): string | undefined {
  if (!base) return undefined;
  try {
    const from = new URL(base);
    const url = new URL(name, from);
    url.search = from.search;
    return url.href;
  } catch {
    return undefined;
  }
}
