/**
 * Turning what a visitor typed (a postcode or a town) into a map point, with
 * a postcodes.io-compatible service. Private by design: nothing is sent until
 * `lookup` is called, only the visitor's words are sent, only to the
 * configured base URL, with no cookies and no referrer.
 */
import { parsePostcode } from './postcode.js';

export interface GeoResult {
  readonly lat: number;
  readonly lng: number;
  /** The place as the service names it: "SW1A 1AA", "CF10", "Llanelli, Carmarthenshire". */
  readonly label: string;
}

export interface Geocoder {
  /**
   * Finds a place. Resolves undefined when the service does not know it;
   * rejects with a `GeocodeError` when the service cannot be asked.
   */
  lookup(query: string, signal?: AbortSignal): Promise<GeoResult | undefined>;
}

export type GeocodeErrorKind = 'network' | 'timeout' | 'status' | 'format' | 'aborted' | 'config';

const MESSAGES: Record<GeocodeErrorKind, string> = {
  network: 'The place search could not be reached. Check your connection and try again.',
  timeout: 'The place search took too long to answer. Please try again.',
  status: 'The place search is not working at the moment. Please try again later.',
  format: 'The place search sent back an answer that could not be read.',
  aborted: 'The place search was stopped.',
  config: 'The place search address on this page is not a web address, so no search was made.',
};

/** Why a look-up failed, with a plain message that can be shown as it is. */
export class GeocodeError extends Error {
  override readonly name = 'GeocodeError';
  constructor(
    readonly kind: GeocodeErrorKind,
    /** The HTTP status, for `status`. */
    readonly status?: number,
  ) {
    super(MESSAGES[kind]);
  }
}

/** The public service. Pages may point at their own copy instead. */
export const POSTCODES_IO = 'https://api.postcodes.io';

export interface PostcodesIoOptions {
  /** Give up after this long. Default 5 s. */
  readonly timeoutMs?: number;
  /** For tests and unusual hosts. Default: the global `fetch`. */
  readonly fetch?: typeof fetch;
}

/** Longer input is not a place name; it is not sent. */
const MAX_QUERY = 100;
const CACHE_LIMIT = 50;

/** A base URL we may add paths to: http(s) or a same-site path, without a query or fragment. */
function checkBase(baseUrl: string): string | undefined {
  const base = baseUrl.trim().replace(/\/+$/, '');
  try {
    const url = new URL(base || '/', 'https://relative.invalid/');
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash || base.includes('?') || base.includes('#')) return undefined;
  } catch {
    return undefined;
  }
  return base;
}

function requestPath(query: string): string {
  const postcode = parsePostcode(query);
  if (postcode?.full) return `/postcodes/${encodeURIComponent(postcode.full.replace(' ', ''))}`;
  if (postcode) return `/outcodes/${encodeURIComponent(postcode.outward)}`;
  return `/places?q=${encodeURIComponent(query)}&limit=1`;
}

interface ServiceRecord {
  readonly latitude?: unknown;
  readonly longitude?: unknown;
  readonly postcode?: unknown;
  readonly outcode?: unknown;
  readonly name_1?: unknown;
  readonly county_unitary?: unknown;
  readonly district_borough?: unknown;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

function placeLabel(record: ServiceRecord, fallback: string): string {
  const name = text(record.name_1);
  // "Newport, Gwent" tells apart the Newports; a county that repeats the name adds nothing.
  const area = text(record.county_unitary) ?? text(record.district_borough);
  if (name) return area && area !== name ? `${name}, ${area}` : name;
  return text(record.postcode) ?? text(record.outcode) ?? fallback;
}

function toResult(body: unknown, query: string): GeoResult | undefined {
  if (typeof body !== 'object' || body === null || !('result' in body)) throw new GeocodeError('format');
  const result = (body as { result: unknown }).result;
  const record = (Array.isArray(result) ? result[0] : result) as ServiceRecord | null | undefined;
  if (record === null || record === undefined) return undefined;
  if (typeof record !== 'object') throw new GeocodeError('format');
  const { latitude: lat, longitude: lng } = record;
  // Some postcodes (new, or Channel Islands) are known but have no coordinates.
  if (typeof lat !== 'number' || typeof lng !== 'number' || !Number.isFinite(lat) || !Number.isFinite(lng)) return undefined;
  return { lat, lng, label: placeLabel(record, query) };
}

/**
 * A `Geocoder` for postcodes.io or a service with the same API:
 * full postcodes via `/postcodes/{pc}`, outward codes via `/outcodes/{code}`,
 * anything else via `/places?q=…&limit=1`. Answers (found or not) are kept in
 * memory for the page's life, so asking twice sends one request.
 */
export function postcodesIoGeocoder(baseUrl: string = POSTCODES_IO, options: PostcodesIoOptions = {}): Geocoder {
  const base = checkBase(baseUrl);
  const timeoutMs = options.timeoutMs ?? 5000;
  const cache = new Map<string, GeoResult | undefined>();

  async function ask(url: string, words: string, signal: AbortSignal | undefined): Promise<GeoResult | undefined> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const stop = () => controller.abort();
    signal?.addEventListener('abort', stop, { once: true });
    try {
      let response: Response;
      try {
        const doFetch = options.fetch ?? fetch;
        response = await doFetch(url, { signal: controller.signal, credentials: 'omit', referrerPolicy: 'no-referrer' });
      } catch {
        throw new GeocodeError(signal?.aborted ? 'aborted' : timedOut ? 'timeout' : 'network');
      }
      if (response.status === 404) return undefined;
      if (!response.ok) throw new GeocodeError('status', response.status);
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        throw new GeocodeError(signal?.aborted ? 'aborted' : timedOut ? 'timeout' : 'format');
      }
      return toResult(body, words);
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', stop);
    }
  }

  return {
    async lookup(query, signal) {
      const words = query.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY);
      if (!words) return undefined;
      if (base === undefined) throw new GeocodeError('config');
      if (signal?.aborted) throw new GeocodeError('aborted');
      const url = base + requestPath(words);
      if (cache.has(url)) return cache.get(url);
      const found = await ask(url, words, signal);
      if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
      cache.set(url, found);
      return found;
    },
  };
}
