import { area as turfArea, circle, distance, point, polygon } from '@turf/turf';
import type { Area } from './schema';

/** Great-circle distance in kilometres (turf, on a sphere of the Earth's mean radius). */
export function distanceKm(a: readonly [number, number], b: readonly [number, number]): number {
  return distance(point([...a]), point([...b]), { units: 'kilometers' });
}

/** A ring of `km` around a point, as a GeoJSON polygon (64 steps). */
export function ringPolygon(center: readonly [number, number], km: number) {
  return circle([...center], km, { units: 'kilometers', steps: 64 });
}

/** The area of an area feature in square kilometres. */
export function areaKm2(a: Pick<Area, 'polygon'>): number {
  return turfArea(polygon(a.polygon.map((ring) => ring.map((p) => [...p])))) / 1e6;
}
