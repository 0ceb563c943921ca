import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { feedContext, IDLE, type FeedState } from '../feed/context.js';
import type { FeedRequest } from '../feed/store.js';
import { FEED_FORMATS, type Directory, type FeedFormat } from '../feed/types.js';

/** An element that can name its own feed. */
export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  feed: string;
  format: string;
  cache: string;
}


/**
 * The loading code (fetch, cache, adapters, normalise) is fetched only by an
 * element that names a feed, so a signpost alone stays small in a module build.
 */
const store = () => import('../feed/store.js');
const reportedProblems = new WeakSet<Directory>();

/**
 * Gives an element its feed: its own `feed` attribute wins; otherwise the
 * nearest <sg-feed> provides one through context. Elements naming the same
 * URL share one request and one parsed Directory (the store sees to that).
 * Announces feed problems once: console, and an `sg-feed-problems` event.
 */
export class FeedController implements ReactiveController {
  state: FeedState = IDLE;
  private fromContext: FeedState = IDLE;
  private loadedKey = '';
  private unsubscribe: (() => void) | undefined;
  private announced: Directory | undefined;

  constructor(private readonly host: FeedHost) {
    host.addController(this);
    // The consumer registers itself with the host; it needs no handle here.
    new ContextConsumer(host, {
      context: feedContext,
      subscribe: true,
      callback: (value) => {
        this.fromContext = value;
        if (!this.ownUrl) this.set(value);
      },
    });
  }

  private get ownUrl(): string {
    return this.host.feed?.trim() ?? '';
  }

  /** The feed format the editor forced, if it is one we know. */
  private get format(): FeedFormat | undefined {
    return (FEED_FORMATS as readonly string[]).includes(this.host.format) ? (this.host.format as FeedFormat) : undefined;
  }

  hostConnected(): void {
    this.sync();
  }

  hostUpdate(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.loadedKey = '';
  }

  /** Loads again from the network (the "Try again" button). */
  retry(): void {
    const url = this.ownUrl || this.state.url;
    if (!url) return;
    // A feed from <sg-feed> is asked for again the way <sg-feed> asked (its format and cache), not with this element's attributes.
    const request = this.ownUrl ? this.request() : (this.state.request ?? this.request());
    this.set({ ...this.state, status: 'loading' });
    void store().then(({ refreshFeed }) => refreshFeed(url, request));
  }

  private request(): FeedRequest {
    const format = this.format;
    return { ...(format ? { format } : {}), cache: this.host.cache === 'off' ? 'off' : 'local' };
  }

  private sync(): void {
    const url = this.ownUrl;
    const key = url ? `${url}|${this.host.format}|${this.host.cache}` : '';
    if (key === this.loadedKey) return;
    this.loadedKey = key;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    if (!url) {
      this.set(this.fromContext ?? IDLE);
      return;
    }
    this.set({ status: 'loading', url, stale: false });
    const request = this.request();
    void store().then(({ getFeed, subscribeFeed }) => {
      // The attribute may have changed while the loader was being fetched.
      if (this.loadedKey !== key) return;
      const unsubscribe = subscribeFeed(url, request, (state) => {
        if (this.loadedKey === key) this.set(state);
      });
      this.unsubscribe = unsubscribe;
      void getFeed(url, request);
    });
  }

  private set(state: FeedState): void {
    if (state === this.state) return;
    this.state = state;
    this.host.requestUpdate();
    const directory = state.directory;
    if (directory && directory.problems.length > 0 && !reportedProblems.has(directory)) {
      reportedProblems.add(directory);
      console.warn(
        `support-group-widgets: the feed ${state.url ?? ''} has ${directory.problems.length} problem(s); ` +
          `add the debug attribute to an element to list them on the page.`,
        directory.problems,
      );
    }
    // Only the element that names the feed (or <sg-feed>) tells the page, once per Directory.
    if (directory && directory.problems.length > 0 && this.ownUrl && directory !== this.announced) {
      this.announced = directory;
      this.host.dispatchEvent(
        new CustomEvent('sg-feed-problems', {
          bubbles: true,
          composed: true,
          detail: { url: state.url, problems: directory.problems },
        }),
      );
    }
  }
}
