/**
 * Moves focus to another element on the page, such as <sg-group-finder> or
 * <sg-signpost>, which we do not own: ask it first (it may delegate focus),
 * then try the places named in `preferred` inside it, then anything
 * focusable, and only then make its host focusable.
 */
const FOCUSABLE = 'input:not([type="hidden"]):not([disabled]), select, textarea, button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

function holdsFocus(target: HTMLElement): boolean {
  // focus() on an element that cannot take focus does nothing, so the
  // target (or something in its light DOM) being active means it worked,
  // including when its shadow root delegates focus inside.
  const active = document.activeElement;
  return active === target || (active !== null && target.contains(active));
}

function firstMatch(target: HTMLElement, selectors: readonly string[]): HTMLElement | undefined {
  const roots: ParentNode[] = target.shadowRoot ? [target.shadowRoot, target] : [target];
  for (const selector of selectors) {
    for (const root of roots) {
      const found = [...root.querySelectorAll<HTMLElement>(selector)].find((el) => el.checkVisibility());
      if (found) return found;
    }
  }
  return undefined;
}

/** Scrolls `target` into view and focuses it or the best place inside it. Returns whether focus moved. */
export function focusOnPage(target: HTMLElement, preferred: readonly string[] = []): boolean {
  target.scrollIntoView({ behavior: reducedMotion() ? 'auto' : 'smooth', block: 'start' });
  target.focus({ preventScroll: true });
  if (holdsFocus(target)) return true;
  const inner = firstMatch(target, [...preferred, FOCUSABLE]);
  if (inner) {
    inner.focus({ preventScroll: true });
    if ((inner.getRootNode() as Document | ShadowRoot).activeElement === inner) return true;
  }
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
  return document.activeElement === target;
}
