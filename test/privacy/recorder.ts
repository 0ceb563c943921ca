/**
 * Records every request the page makes, two ways, from the moment this module
 * runs (import it before any element):
 *
 * - Resource Timing (a buffered PerformanceObserver): the browser's own list
 *   of everything fetched — fetch, XHR, images, scripts, styles, fonts,
 *   beacons — whoever asked for it and however.
 * - Wrappers around fetch, XMLHttpRequest, navigator.sendBeacon, WebSocket,
 *   EventSource and image `src`: these see a request as it starts, even one
 *   that never finishes (Resource Timing lists a request when it ends).
 */

export interface Seen {
  readonly url: string;
  /** `resource:<initiatorType>` or the wrapper's name. */
  readonly how: string;
  /** performance.now() when it was seen. */
  readonly at: number;
}

const seen: Seen[] = [];
const note = (url: string | URL, how: string): void => {
  seen.push({ url: new URL(String(url), location.href).href, how, at: performance.now() });
};

performance.setResourceTimingBufferSize(100_000);
for (const entry of performance.getEntriesByType('resource')) note(entry.name, `resource:${(entry as PerformanceResourceTiming).initiatorType}`);
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    seen.push({ url: entry.name, how: `resource:${(entry as PerformanceResourceTiming).initiatorType}`, at: entry.startTime });
  }
}).observe({ type: 'resource' });

const realFetch = window.fetch;
window.fetch = function (input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  note(input instanceof Request ? input.url : input, 'fetch');
  return realFetch.call(this, input, init);
};

const realOpen = XMLHttpRequest.prototype.open as (this: XMLHttpRequest, ...args: unknown[]) => void;
XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
  note(args[1] as string, 'xhr');
  return realOpen.apply(this, args);
} as typeof XMLHttpRequest.prototype.open;

const realBeacon = navigator.sendBeacon.bind(navigator);
navigator.sendBeacon = (url: string | URL, data?: BodyInit | null): boolean => {
  note(url, 'beacon');
  return realBeacon(url, data);
};

const RealWebSocket = window.WebSocket;
window.WebSocket = class extends RealWebSocket {
  constructor(url: string | URL, protocols?: string | string[]) {
    note(url, 'websocket');
    super(url, protocols);
  }
};

const RealEventSource = window.EventSource;
window.EventSource = class extends RealEventSource {
  constructor(url: string | URL, init?: EventSourceInit) {
    note(url, 'eventsource');
    super(url, init);
  }
};

const imageSrc = Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, 'src')!;
Object.defineProperty(HTMLImageElement.prototype, 'src', {
  ...imageSrc,
  set(this: HTMLImageElement, value: string) {
    note(value, 'image');
    imageSrc.set!.call(this, value);
  },
});

/** Everything seen at or after `since` (a performance.now() time). */
export function requestsSince(since = 0): Seen[] {
  return seen.filter((s) => s.at >= since);
}

/** The origins of the http(s) requests seen since `since`; blob: and data: URLs never leave the browser. */
export function originsSince(since = 0): Set<string> {
  const origins = new Set<string>();
  for (const { url } of requestsSince(since)) {
    const parsed = new URL(url);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:' || parsed.protocol === 'ws:' || parsed.protocol === 'wss:') {
      origins.add(parsed.origin);
    }
  }
  return origins;
}

/** Requests since `since` to anywhere but `allowed`, as readable lines. */
export function outside(allowed: readonly string[], since = 0): string[] {
  return requestsSince(since)
    .filter((s) => /^(https?|wss?):/.test(s.url) && !allowed.includes(new URL(s.url).origin))
    .map((s) => `${s.how} ${s.url}`);
}
