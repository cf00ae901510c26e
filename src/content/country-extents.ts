import extents from './country-extents.json';

/**
 * Rough extents of every country, [west, south, east, north], padded by half a degree, under its ISO 3166 alpha-2
 * code: made from Natural Earth and GeoNames by `npm run geo` (country-extents.json). The content checker uses them
 * only to catch swapped or mistyped coordinates; they are not borders.
 */
export const COUNTRY_EXTENTS: Readonly<Record<string, readonly number[] | undefined>> = extents;
