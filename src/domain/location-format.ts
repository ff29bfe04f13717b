import type { GeoLocation, LocationPrecision } from './types';

/* Coordinates in words: "49.99° N, 36.23° E, at the named place". */

const PRECISION_WORDS: Readonly<Record<LocationPrecision, string>> = {
  place: 'at the named place',
  near: 'near the named place',
  region: 'somewhere in the region named',
};

function degrees(value: number, positive: string, negative: string): string {
  return `${Math.abs(value)}° ${value < 0 ? negative : positive}`;
}

export function formatLocation({ lat, lon, precision }: GeoLocation): string {
  const where = `${degrees(lat, 'N', 'S')}, ${degrees(lon, 'E', 'W')}`;
  return precision ? `${where}, ${PRECISION_WORDS[precision]}` : where;
}
