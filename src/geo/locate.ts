/**
 * The browser's own location, asked for only when the visitor presses
 * "use my location". The only geo module that touches `navigator`. The
 * position never leaves the page: distances are worked out locally.
 */

export interface Position {
  readonly lat: number;
  readonly lng: number;
  /** Metres, as the browser reports it. */
  readonly accuracyM?: number;
}

export type LocateErrorKind = 'unsupported' | 'denied' | 'unavailable' | 'timeout';

const MESSAGES: Record<LocateErrorKind, string> = {
  unsupported: 'This browser cannot share your location. You can type a town or postcode instead.',
  denied: 'Your location was not shared. You can type a town or postcode instead, or allow location for this site in your browser settings.',
  unavailable: 'Your location could not be found just now. You can type a town or postcode instead.',
  timeout: 'Finding your location took too long. You can try again, or type a town or postcode instead.',
};

/** Why the location could not be had, with a plain message that can be shown as it is. */
export class LocateError extends Error {
  override readonly name = 'LocateError';
  constructor(readonly kind: LocateErrorKind) {
    super(MESSAGES[kind]);
  }
}

/** The part of the Geolocation API used here, so tests can pass a fake. */
export type GeolocationLike = Pick<Geolocation, 'getCurrentPosition'>;

export interface LocateOptions {
  /** How long the browser may take once allowed. Default 10 s. */
  readonly timeoutMs?: number;
  /**
   * Extra time for the permission prompt. Browsers start their timeout only
   * after the visitor answers, and some never call back when the prompt is
   * dismissed; this keeps the promise from waiting forever. Default 60 s.
   */
  readonly promptMs?: number;
  /** A position this recent may be reused. Default 5 minutes. */
  readonly maximumAgeMs?: number;
}

// GeolocationPositionError codes; a fake error object may not carry the constants.
const PERMISSION_DENIED = 1;
const TIMEOUT = 3;

function browserGeolocation(): GeolocationLike | null {
  return typeof navigator !== 'undefined' && 'geolocation' in navigator ? navigator.geolocation : null;
}

/**
 * Asks the browser where the visitor is (coarse accuracy, which is faster and
 * enough for "groups near me"). Rejects with a `LocateError`. Pass `null` for
 * "this browser has none"; leaving it out uses `navigator.geolocation`.
 */
export function currentPosition(geolocation: GeolocationLike | null = browserGeolocation(), options: LocateOptions = {}): Promise<Position> {
  const { timeoutMs = 10_000, promptMs = 60_000, maximumAgeMs = 5 * 60_000 } = options;
  return new Promise<Position>((resolve, reject) => {
    if (!geolocation || typeof geolocation.getCurrentPosition !== 'function') {
      reject(new LocateError('unsupported'));
      return;
    }
    let settled = false;
    const settle = (action: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(guard);
      action();
    };
    const guard = setTimeout(() => settle(() => reject(new LocateError('timeout'))), timeoutMs + promptMs);
    try {
      geolocation.getCurrentPosition(
        (position) => {
          const { latitude, longitude, accuracy } = position.coords;
          if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) {
            settle(() => reject(new LocateError('unavailable')));
            return;
          }
          const found: Position = Number.isFinite(accuracy) ? { lat: latitude, lng: longitude, accuracyM: accuracy } : { lat: latitude, lng: longitude };
          settle(() => resolve(found));
        },
        (error) => {
          const kind: LocateErrorKind = error?.code === PERMISSION_DENIED ? 'denied' : error?.code === TIMEOUT ? 'timeout' : 'unavailable';
          settle(() => reject(new LocateError(kind)));
        },
        { enableHighAccuracy: false, timeout: timeoutMs, maximumAge: maximumAgeMs },
      );
    } catch {
      // Some embedded browsers throw instead of calling back (e.g. blocked by a permissions policy).
      settle(() => reject(new LocateError('unavailable')));
    }
  });
}
