/**
 * The one gate every link from a feed passes through before it can reach an
 * `href`. Feeds are written by strangers' spreadsheets and scripts, so a link
 * is only kept when the browser would read it as one of the allowed schemes.
 */
import { ALLOWED_URL_SCHEMES } from './types.js';

/** Longer than any real link; beyond this a value is more likely junk or an attack. */
export const MAX_URL_LENGTH = 2048;

const ALLOWED: ReadonlySet<string> = new Set(ALLOWED_URL_SCHEMES);

// Links repeat across a feed (one organisation, one booking page), and parsing
// is the costly part, so remember recent answers. Bounded so a hostile feed of
// unique links cannot grow it without limit. Plain web links are answered
// before the cache is asked: they are cheap to judge and often unique (one
// joining link per group), so remembering them would only churn it.
const cache = new Map<string, string | null>();
const CACHE_LIMIT = 2000;

/**
 * Returns a link that is safe to put in an `href`, or `undefined`.
 *
 * Accepts absolute `https:`, `http:`, `mailto:`, `tel:` and `sms:` links only.
 * Parsing uses the platform URL parser, so tricks such as `java\nscript:` or
 * `JaVaScRiPt:` are judged exactly as a browser would judge them. Web links
 * with a user name or password (`https://bank.example@evil.example`) are
 * refused because they are used to disguise where a link goes. Web links come
 * back in the parser's normalised form; `tel:` and `sms:` links lose their
 * spaces but keep their national format.
 */
export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (trimmed === '' || trimmed.length > MAX_URL_LENGTH) return undefined;
  if (PLAIN_WEB.test(trimmed)) return plainWeb(trimmed);
  const known = cache.get(trimmed);
  if (known !== undefined) return known ?? undefined;
  const result = judge(trimmed);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(trimmed, result ?? null);
  return result;
}

// Plain web links (lower-case host name, a path of unreserved characters and
// no dot segments) are what nearly every feed holds. For these the parser's
// answer is known in advance, the text itself plus "/" when there is no path,
// so they skip it. Anything else goes through the full parser.
const PLAIN_WEB = /^https?:\/\/(?:[a-z0-9-]+\.)+[a-z]{2,63}(?:\/(?!\.)[A-Za-z0-9_~-]*(?:\.[A-Za-z0-9_~-]+)*)*\/?$/;

function plainWeb(text: string): string {
  return text.indexOf('/', 8) === -1 ? `${text}/` : text;
}

function judge(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (!ALLOWED.has(url.protocol)) return undefined;
  if (url.protocol === 'https:' || url.protocol === 'http:') {
    if (!url.hostname || url.username || url.password) return undefined;
    return url.href;
  }
  if (url.protocol === 'mailto:') return url.pathname.includes('@') ? text : undefined;
  // tel: and sms: — a number needs at least one digit to be dialable.
  const compact = text.replace(/\s+/g, '');
  return /\d/.test(compact) ? compact : undefined;
}
