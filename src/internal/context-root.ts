import { ContextRoot } from '@lit/context';

const KEY = Symbol.for('support-group-widgets.context-root');
type WithRoot = typeof globalThis & { [KEY]?: ContextRoot };

/**
 * With the one-file script, markup already in the page upgrades in document
 * order, so an element can ask for a feed before <sg-feed> exists. A
 * ContextRoot on the document replays those requests when the provider
 * arrives. One per page, whichever copy of the bundle gets there first.
 */
export function ensureContextRoot(): void {
  const g = globalThis as WithRoot;
  if (g[KEY] || typeof document === 'undefined') return;
  const root = new ContextRoot();
  root.attach(document.documentElement);
  g[KEY] = root;
}
