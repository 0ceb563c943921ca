import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keeps track of other elements on the page that a host points to (such as
 * the `<sg-group-finder>` its "Find a group" button moves to), so the host
 * re-renders when a CMS or a script adds one after it, or removes it.
 *
 * One MutationObserver on the document serves every host, and only while a
 * host is connected. It watches childList in the light DOM (never attributes
 * or text) and only looks at the nodes added or removed, so a busy page costs
 * a tag comparison per changed node, and nothing runs per frame.
 */

const watching = new Set<PageTargetsController>();
let observer: MutationObserver | undefined;

/** Whether `node` is, or holds, an element matching `selector`. */
const touches = (node: Node, selector: string) =>
  node instanceof Element && (node.matches(selector) || (node.firstElementChild !== null && node.querySelector(selector) !== null));

function onMutations(records: MutationRecord[]): void {
  // Every host watches the same few tags in practice: look at each changed node once per distinct selector.
  const selectors = new Set<string>();
  for (const controller of watching) selectors.add(controller.selector);
  const hit = new Set<string>();
  for (const record of records) {
    for (const nodes of [record.addedNodes, record.removedNodes]) {
      for (let i = 0; i < nodes.length; i++) {
        for (const selector of selectors) if (!hit.has(selector) && touches(nodes[i]!, selector)) hit.add(selector);
      }
    }
  }
  if (hit.size > 0) for (const controller of [...watching]) if (hit.has(controller.selector)) controller.refresh();
}

/** Whether any host is watching the page (for tests: an element that left the page must not keep the observer). */
export const watchingPage = () => observer !== undefined;

export class PageTargetsController implements ReactiveController {
  readonly selector: string;
  private readonly found = new Map<string, HTMLElement>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly tags: readonly string[],
  ) {
    this.selector = tags.join();
    host.addController(this);
  }

  /** The first `tag` element in the page's light DOM, if there is one now. */
  get(tag: string): HTMLElement | undefined {
    return this.found.get(tag);
  }

  hostConnected(): void {
    // Back on the page (or moved): things may have come and gone meanwhile.
    this.refresh();
    watching.add(this);
    if (!observer) {
      observer = new MutationObserver(onMutations);
      observer.observe(document, { childList: true, subtree: true });
    }
  }

  hostDisconnected(): void {
    watching.delete(this);
    this.found.clear();
    if (watching.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }

  /** Looks the targets up again, and re-renders the host when one appeared, went or changed. */
  refresh(): void {
    let changed = false;
    for (const tag of this.tags) {
      const element = document.querySelector<HTMLElement>(tag);
      if (element === (this.found.get(tag) ?? null)) continue;
      changed = true;
      if (element) this.found.set(tag, element);
      else this.found.delete(tag);
    }
    if (changed) this.host.requestUpdate();
  }
}
