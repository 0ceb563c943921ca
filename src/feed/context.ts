import { createContext } from '@lit/context';
import type { FeedRequest } from './store.js';
import type { Directory } from './types.js';

/** Why a feed could not be used, in words an element can show. */
export interface FeedFailure {
  readonly kind: string;
  readonly message: string;
  readonly status?: number;
}

/** What an element knows about its feed at a moment. */
export interface FeedState {
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  readonly url?: string;
  readonly directory?: Directory;
  /** The listings come from an older cached copy because the network failed. */
  readonly stale: boolean;
  readonly error?: FeedFailure;
  /** How the feed was asked for (format, cache), so "Try again" from any element asks the same way. */
  readonly request?: FeedRequest;
}

export const IDLE: FeedState = { status: 'idle', stale: false };

/** Provided by <sg-feed> to every element inside it. */
export const feedContext = createContext<FeedState>(Symbol.for('support-group-widgets.feed'));
