import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { postcodesIoGeocoder, type Geocoder } from '../../geo/geocoder.js';
import { currentPosition } from '../../geo/locate.js';
import type { LocalizeController } from '../../i18n/localize.js';

/** Where distances are measured from. */
export interface Origin {
  readonly lat: number;
  readonly lng: number;
  /** Words for the place: what the geocoder called it, or "your location". */
  readonly label: string;
  /** What the visitor typed, kept for the URL and the box. */
  readonly typed?: string;
  /** True when the visitor chose it (so "nearest" becomes the natural sort). */
  readonly fromVisitor: boolean;
}

interface PlaceHost extends ReactiveControllerHost, HTMLElement {
  readonly geocoder: string;
  /** Whether a geocoder is configured (not empty, not `off`). */
  readonly geocoderEnabled: boolean;
  readonly l10n: LocalizeController;
  placeChanged(): void;
}

const LAT_LNG = /^\s*(-?\d{1,2}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)\s*$/;

/**
 * The finder's "where": a typed town or postcode (looked up only when the
 * visitor submits it, and only with the configured geocoder) or the browser's
 * location (asked only when the visitor presses the button). Nothing typed is
 * stored. Distances are worked out in the browser.
 */
export class PlaceController implements ReactiveController {
  origin: Origin | undefined;
  /** What the visitor has typed in the place box. */
  typed = '';
  /** A message while looking something up. */
  busy = '';
  /** A message when a look-up failed, in the visitor's language. */
  message = '';
  private abort: AbortController | undefined;
  private geocoderFor: { base: string; geocoder: Geocoder } | undefined;

  constructor(private readonly host: PlaceHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  get canLocate(): boolean {
    return typeof navigator !== 'undefined' && 'geolocation' in navigator;
  }

  private get geocoder(): Geocoder | undefined {
    if (!this.host.geocoderEnabled) return undefined;
    const base = this.host.geocoder.trim();
    if (this.geocoderFor?.base !== base) this.geocoderFor = { base, geocoder: postcodesIoGeocoder(base) };
    return this.geocoderFor.geocoder;
  }

  setTyped(text: string): void {
    this.typed = text;
  }

  /** `near` from the editor: "lat,lng" is used as it is; a place name is looked up. */
  setFromAttribute(near: string): void {
    const match = LAT_LNG.exec(near);
    if (match) {
      const lat = Number(match[1]);
      const lng = Number(match[2]);
      if (Math.abs(lat) <= 90 && Math.abs(lng) <= 180) {
        this.origin = { lat, lng, label: near.trim(), fromVisitor: false };
        return;
      }
    }
    void this.lookUp(near, false);
  }

  async lookUp(text: string, fromVisitor = true): Promise<void> {
    const query = text.trim().slice(0, 100);
    this.typed = query;
    if (!query) {
      this.clear();
      return;
    }
    const geocoder = this.geocoder;
    if (!geocoder) return;
    const t = this.host.l10n;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.message = '';
    this.busy = t.t('finder.lookingUp', { place: query });
    this.host.requestUpdate();
    try {
      const found = await geocoder.lookup(query, abort.signal);
      if (abort.signal.aborted) return;
      this.busy = '';
      if (!found) {
        this.message = t.t('finder.placeNotFound', { place: query });
      } else {
        this.origin = { lat: found.lat, lng: found.lng, label: found.label || query, typed: query, fromVisitor };
        this.host.placeChanged();
      }
    } catch {
      if (abort.signal.aborted) return;
      this.busy = '';
      this.message = t.t('finder.geocodeFailed');
    }
    this.host.requestUpdate();
  }

  async useLocation(): Promise<void> {
    const t = this.host.l10n;
    this.message = '';
    this.busy = t.t('finder.locating');
    this.host.requestUpdate();
    try {
      const position = await currentPosition();
      this.busy = '';
      this.typed = '';
      this.origin = { lat: position.lat, lng: position.lng, label: t.t('finder.nearYou'), fromVisitor: true };
      this.host.placeChanged();
    } catch (error) {
      this.busy = '';
      const denied = (error as { kind?: string })?.kind === 'denied';
      this.message = t.t(denied ? 'finder.locationDenied' : 'finder.locationFailed');
    }
    this.host.requestUpdate();
  }

  clear(): void {
    this.abort?.abort();
    this.origin = undefined;
    this.typed = '';
    this.busy = '';
    this.message = '';
    this.host.placeChanged();
    this.host.requestUpdate();
  }
}
