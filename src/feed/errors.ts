/**
 * Why a feed could not be used, typed so an element can say it in words
 * (and in the visitor's language, by `kind`) rather than print a stack trace.
 */

export type FeedErrorKind = 'network' | 'timeout' | 'http' | 'parse' | 'schema' | 'cors';

export interface FeedErrorInit {
  readonly status?: number;
  /** Technical detail for the console; never shown to visitors. */
  readonly detail?: string;
  /** Overrides the default sentence for this kind. */
  readonly message?: string;
  readonly cause?: unknown;
}

/** A failure to load or read a feed. `message` is a plain-English sentence an editor or visitor can act on. */
export class FeedError extends Error {
  override readonly name = 'FeedError';
  readonly kind: FeedErrorKind;
  readonly url: string;
  readonly status?: number;
  readonly detail?: string;

  constructor(kind: FeedErrorKind, url: string, init: FeedErrorInit = {}) {
    super(init.message ?? defaultMessage(kind, init.status), init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = kind;
    this.url = url;
    if (init.status !== undefined) this.status = init.status;
    if (init.detail !== undefined) this.detail = init.detail;
  }

  /** Worth asking again: the connection failed, or the server said it was busy or broken. */
  get retryable(): boolean {
    if (this.kind === 'network') return true;
    return this.kind === 'http' && this.status !== undefined && (this.status >= 500 || this.status === 429);
  }
}

function defaultMessage(kind: FeedErrorKind, status?: number): string {
  switch (kind) {
    case 'network':
      return 'The list of groups could not be loaded because the connection failed. Check your internet connection and try again.';
    case 'timeout':
      return 'The list of groups took too long to load. Try again in a moment.';
    case 'cors':
      return 'The feed’s server does not let other websites read it. Its owner needs to allow cross-origin requests (CORS) for this website.';
    case 'parse':
      return 'The feed could not be read: it is not complete, valid JSON or CSV.';
    case 'schema':
      return 'The feed was read, but it is not in a format we recognise.';
    case 'http':
      return httpMessage(status);
  }
}

function httpMessage(status?: number): string {
  const code = status === undefined ? '' : ` (error ${status})`;
  if (status === 404 || status === 410) return `The feed address was not found${code}. The website may need to update its link.`;
  if (status === 401 || status === 403) return `The feed’s server refused to share the list of groups${code}.`;
  if (status === 429) return `The feed’s server is busy${code}. Try again in a few minutes.`;
  if (status !== undefined && status >= 500) return `The feed’s server had a problem${code}. Try again in a few minutes.`;
  return `The feed’s server could not send the list of groups${code}.`;
}

/** Whatever was thrown, as a FeedError for `url`. */
export function toFeedError(error: unknown, url: string): FeedError {
  if (error instanceof FeedError) {
    // A reader deep in the chain may not know the address it was reading (a feed reader that could not be loaded).
    if (error.url || !url) return error;
    return new FeedError(error.kind, url, {
      message: error.message,
      ...(error.status !== undefined ? { status: error.status } : {}),
      ...(error.detail !== undefined ? { detail: error.detail } : {}),
      cause: error,
    });
  }
  if (error instanceof SyntaxError) return new FeedError('parse', url, { detail: error.message, cause: error });
  const detail = error instanceof Error ? error.message : String(error);
  return new FeedError('schema', url, { detail, cause: error });
}
