import type KDBush from 'kdbush';

/**
 * The points under a box, for picking what is under the pointer. A k-d tree (kdbush) answers once it is built; it is
 * fetched and built when the first pick asks, not with the first view (which picks nothing): 1.4 KB gzipped less to
 * download, and its building (250 ms for a million points in Node) is off the first idle. Until the tree is ready, a
 * scan of the coordinates gives the same answer (6 ms for a million points).
 */
export class PointIndex {
  private tree: KDBush | null = null;
  private building: Promise<void> | null = null;

  /** `xy`: x, y of each point in turn (finite numbers; put a point that has no place out of the way). */
  constructor(private readonly xy: Float64Array) {}

  /** Indexes of the points inside the box (edges included), in no particular order. */
  range(minX: number, minY: number, maxX: number, maxY: number): number[] {
    if (this.xy.length === 0) return [];
    if (this.tree) return this.tree.range(minX, minY, maxX, maxY);
    this.build();
    const out: number[] = [];
    const xy = this.xy;
    for (let i = 0; i < xy.length; i += 2) {
      const x = xy[i] ?? NaN;
      const y = xy[i + 1] ?? NaN;
      if (x >= minX && x <= maxX && y >= minY && y <= maxY) out.push(i / 2);
    }
    return out;
  }

  /** Resolves once the tree answers (tests; picking never waits for it). */
  ready(): Promise<void> {
    return this.build();
  }

  private build(): Promise<void> {
    if (this.building) return this.building;
    this.building = import('kdbush').then(
      ({ default: Tree }) => {
        const n = this.xy.length / 2;
        const tree = new Tree(Math.max(1, n)); // kdbush needs one point: with none, range never asks it
        for (let i = 0; i < n; i++) tree.add(this.xy[2 * i] ?? 0, this.xy[2 * i + 1] ?? 0);
        if (n === 0) tree.add(0, 0);
        tree.finish();
        this.tree = tree;
      },
      () => {
        // Not fetched (offline before it was cached): the scan goes on answering; the next pick tries again.
        this.building = null;
      },
    );
    return this.building;
  }
}
