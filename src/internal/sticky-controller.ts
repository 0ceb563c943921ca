import type { ReactiveController, ReactiveControllerHost } from 'lit';

interface StickyHost extends ReactiveControllerHost, HTMLElement {
  /** Whether the element is sticky (and showing) right now. */
  readonly stuck: boolean;
}

/**
 * Keeps a sticky element from hiding what the visitor is looking at:
 * - WCAG 2.4.11: when focus lands under it, the page scrolls just enough to
 *   show the focused element;
 * - the page's scroll padding makes room for it, so links to #anchors land
 *   below it — only when the page has set no scroll padding of its own, and
 *   undone when the element goes.
 */
export class StickyController implements ReactiveController {
  private paddingSet = false;
  private readonly resizeObserver =
    typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(() => this.sync());

  constructor(private readonly host: StickyHost) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('focusin', this.keepFocusVisible);
    this.resizeObserver?.observe(this.host);
  }

  hostDisconnected(): void {
    document.removeEventListener('focusin', this.keepFocusVisible);
    this.resizeObserver?.disconnect();
    this.setScrollPadding(false);
  }

  hostUpdated(): void {
    this.sync();
  }

  private sync(): void {
    this.setScrollPadding(this.host.stuck);
  }

  private setScrollPadding(on: boolean): void {
    const root = document.documentElement;
    if (on) {
      if (!this.paddingSet && getComputedStyle(root).scrollPaddingTop !== 'auto') return;
      root.style.setProperty('scroll-padding-top', `${Math.ceil(this.host.getBoundingClientRect().height) + 8}px`);
      this.paddingSet = true;
    } else if (this.paddingSet) {
      root.style.removeProperty('scroll-padding-top');
      this.paddingSet = false;
    }
  }

  private readonly keepFocusVisible = (event: FocusEvent): void => {
    if (!this.host.stuck) return;
    const target = event.composedPath()[0];
    if (!(target instanceof Element) || this.host.contains(target) || this.host.shadowRoot?.contains(target)) return;
    const banner = this.host.getBoundingClientRect();
    const rect = target.getBoundingClientRect();
    const overlap = banner.bottom - rect.top;
    const covered = rect.top < banner.bottom && rect.bottom > banner.top;
    if (covered && overlap > 0) {
      window.scrollBy({ top: -(overlap + 8), behavior: 'instant' as ScrollBehavior });
    }
  };
}
