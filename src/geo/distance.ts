/**
 * Distances, worked out in the browser so no location leaves the page.
 */

export interface LatLng {
  readonly lat: number;
  readonly lng: number;
}

/** Mean Earth radius (IUGG), in km. */
const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;
export const KM_PER_MILE = 1.609344;

/**
 * Great-circle distance in km (haversine). Good to well under 1 % at the
 * scales a visitor cares about; the Earth is not quite a sphere.
 */
export function distanceKm(a: LatLng, b: LatLng): number {
  return haversineKm(a.lat, a.lng, b.lat, b.lng);
}

/** `distanceKm` on plain numbers, for loops over typed arrays. */
export function haversineKm(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLng = (lng2 - lng1) * RAD;
  const s = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLng / 2) ** 2;
  // min() guards against rounding taking s a hair over 1 for antipodal points.
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(s)));
}

export function kmToMiles(km: number): number {
  return km / KM_PER_MILE;
}

export function milesToKm(miles: number): number {
  return miles * KM_PER_MILE;
}

/** Languages whose readers think in miles: the UK's (English, Welsh) and the US. */
function usesMiles(locale: string): boolean {
  const [language, region] = locale.toLowerCase().split(/[-_]/);
  if (language === 'cy') return true;
  return language === 'en' && (region === undefined || region === 'gb' || region === 'us');
}

const formats = new Map<string, Intl.NumberFormat>();

function unitFormat(locale: string, miles: boolean, digits: number): Intl.NumberFormat {
  const key = `${locale}|${miles}|${digits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      style: 'unit',
      unit: miles ? 'mile' : 'kilometer',
      unitDisplay: miles ? 'long' : 'short',
      maximumFractionDigits: digits,
    });
    formats.set(key, format);
  }
  return format;
}

/**
 * A distance in words: "0.4 miles", "12 miles" for en, en-GB, en-US and cy;
 * "0.6 km", "19 km" elsewhere. One decimal place under 10, whole numbers
 * above, never "0" (a group 30 m away shows as 0.1).
 */
export function formatDistance(km: number, locale = 'en-GB'): string {
  const miles = usesMiles(locale);
  const shown = Math.max(0.1, miles ? kmToMiles(km) : km);
  const digits = shown < 9.95 ? 1 : 0;
  try {
    return unitFormat(locale, miles, digits).format(shown);
  } catch {
    // An unusable locale tag from a page attribute must not break the list.
    return unitFormat('en-GB', miles, digits).format(shown);
  }
}
