/**
 * Sites so close that their diamonds would overlap when zoomed out (Tartus's naval facility and its port, about a
 * kilometre apart) are stacked: each group is drawn as a column of diamonds, north first, centred on the group's
 * middle, so each can be seen and clicked at every zoom. The offsets fade to nothing as the map zooms in far enough
 * for the sites to stand apart on their own (FAN_UNTIL_ZOOM).
 */
export const FAN_SPACING_PX = 20;
/** Sites nearer than this are one group. */
export const FAN_NEAR_KM = 5;
/** Full offsets up to FAN_FULL_ZOOM, none from FAN_UNTIL_ZOOM (the map's deepest zoom; 5 km is then ~150 px). */
export const FAN_FULL_ZOOM = 10;
export const FAN_UNTIL_ZOOM = 12;

interface Placed {
  id: string;
  coordinates: readonly [number, number];
}

/** Distance in km, flat-earth: exact enough to tell "a few kilometres" from "far". */
function km(a: readonly [number, number], b: readonly [number, number]): number {
  const dx = (a[0] - b[0]) * Math.cos((((a[1] + b[1]) / 2) * Math.PI) / 180) * 111.32;
  const dy = (a[1] - b[1]) * 110.57;
  return Math.hypot(dx, dy);
}

/** Each grouped site's offset in screen pixels [dx, dy] (y down); sites standing alone are left out. */
export function siteFan(sites: readonly Placed[], nearKm = FAN_NEAR_KM): Map<string, [number, number]> {
  // Groups by "near a member" (a chain of near sites is one group); sites are few, so pairs are simply compared.
  const group = sites.map((_, i) => i);
  const root = (i: number): number => (group[i] === i ? i : root(group[i] ?? i));
  sites.forEach((a, i) => {
    sites.forEach((b, j) => {
      if (j > i && km(a.coordinates, b.coordinates) < nearKm) group[root(j)] = root(i);
    });
  });
  const members = new Map<number, Placed[]>();
  sites.forEach((s, i) => members.set(root(i), [...(members.get(root(i)) ?? []), s]));
  const out = new Map<string, [number, number]>();
  for (const list of members.values()) {
    if (list.length < 2) continue;
    // North first (then west first), each a row below the last, the column centred on the group's middle.
    const sorted = [...list].sort((a, b) => b.coordinates[1] - a.coordinates[1] || a.coordinates[0] - b.coordinates[0]);
    sorted.forEach((s, k) => out.set(s.id, [0, (k - (sorted.length - 1) / 2) * FAN_SPACING_PX]));
  }
  return out;
}
