/**
 * Rough extents of the countries content may place things in: [west, south, east, north], padded by about
 * half a degree. Used only to catch swapped or mistyped coordinates, not as borders.
 */
export const COUNTRY_EXTENTS: Readonly<Record<string, readonly [number, number, number, number]>> = {
  SY: [35.2, 31.8, 42.9, 37.8],
  RU: [19.0, 41.0, 180.0, 82.0],
  LB: [34.9, 32.8, 36.9, 34.9],
  IL: [34.0, 29.3, 36.0, 33.5],
  PS: [34.0, 31.0, 35.8, 32.8],
  JO: [34.7, 28.9, 39.5, 33.6],
  IQ: [38.5, 28.8, 48.9, 37.6],
  TR: [25.5, 35.6, 45.0, 42.3],
  CY: [32.0, 34.4, 34.8, 35.9],
  IR: [43.8, 24.8, 63.5, 40.0],
  SA: [34.3, 15.9, 55.9, 32.4],
  EG: [24.5, 21.7, 37.1, 31.9],
  LY: [9.1, 19.3, 25.4, 33.4],
  UA: [21.9, 44.1, 40.4, 52.6],
  US: [-125.0, 24.0, -66.0, 49.5],
};
