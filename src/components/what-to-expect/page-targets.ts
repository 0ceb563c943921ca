import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keeps track of other elements on the page that a host points to (such as
 * the `<sg-group-finder>` its "Find a group" button moves to), so the host
 * re-renders when a CMS or a script adds one after it, or removes it.
 *
 * One MutationObserver on the document serves every host, and only while a
 * host is connected. It watches childList in the light DOM (never attributes
 * or text) and only looks at the tags of the nodes added or removed, so a
 * busy page costs a few comparisons per change, and nothing runs per frame.
 */

type Listener = (tags: ReadonlySet<string>) => void;

const listeners = new Set<Listener>();
const watched = new Map<string, number>();
let observer: MutationObserver | undefined;

/** The watched tags that `node` is, or holds. */
function collect(node: Node, found: Set<string>): void {
  if (node.nodeType !== Node.ELEMENT_NODE) return;
  const element = node as Element;
  for (const tag of watched.keys()) {
    if (found.has(tag)) continue;
    // getElementsByTagName is a cheap live lookup; most added nodes hold no children at all.
    if (element.localName === tag || (element.firstElementChild && element.getElementsByTagName(tag).length > 0)) found.add(tag);
  }
}

function onMutations(records: MutationRecord[]): void {
  const found = new Set<string>();
  for (const record of records) {
    record.addedNodes.forEach((node) => collect(node, found));
    record.removedNodes.forEach((node) => collect(node, found));
  }
  if (found.size === 0) return;
  for (const listener of [...listeners]) listener(found);
}

function subscribe(listener: Listener, tags: readonly string[]): void {
  listeners.add(listener);
  for (const tag of tags) watched.set(tag, (watched.get(tag) ?? 0) + 1);
  if (!observer) {
    observer = new MutationObserver(onMutations);
    observer.observe(document, { childList: true, subtree: true });
  }
}

function unsubscribe(listener: Listener, tags: readonly string[]): void {
  if (!listeners.delete(listener)) return;
  for (const tag of tags) {
    const left = (watched.get(tag) ?? 1) - 1;
    if (left > 0) watched.set(tag, left);
    else watched.delete(tag);
  }
  if (listeners.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}

/** Whether any host is watching the page (for tests: an element that left the page must not keep the observer). */
export function watchingPage(): boolean {
  return observer !== undefined;
}

export class PageTargetsController implements ReactiveController {
  private readonly found = new Map<string, HTMLElement>();
  private readonly listener: Listener = (tags) => {
    if (this.tags.some((tag) => tags.has(tag)) && this.refresh()) this.host.requestUpdate();
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly tags: readonly string[],
  ) {
    host.addController(this);
  }

  /** The first `tag` element in the page's light DOM, if there is one now. */
  get(tag: string): HTMLElement | undefined {
    return this.found.get(tag);
  }

  hostConnected(): void {
    // Back on the page (or moved), things may have come and gone meanwhile.
    if (this.refresh()) this.host.requestUpdate();
    subscribe(this.listener, this.tags);
  }

  hostDisconnected(): void {
    unsubscribe(this.listener, this.tags);
    this.found.clear();
  }

  /** Looks the targets up again; true when one appeared, went or changed. */
  private refresh(): boolean {
    let changed = false;
    for (const tag of this.tags) {
      const element = document.querySelector<HTMLElement>(tag) ?? undefined;
      if (element === this.found.get(tag)) continue;
      changed = true;
      if (element) this.found.set(tag, element);
      else this.found.delete(tag);
    }
    return changed;
  }
}
