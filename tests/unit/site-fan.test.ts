import { describe, expect, it } from 'vitest';
import { FAN_SPACING_PX, siteFan } from '../../src/features/map/site-fan';

// Fixture places (not content): two a kilometre apart, one 3 km from the second (a chain), one far away.
const sites = [
  { id: 'north', coordinates: [35.875, 34.915] as const },
  { id: 'south', coordinates: [35.869, 34.905] as const },
  { id: 'chain', coordinates: [35.87, 34.88] as const },
  { id: 'alone', coordinates: [36.29, 33.51] as const },
];

describe('sites too close to tell apart are stacked', () => {
  it('gives each member of a group its own row, north first, centred on the group, and leaves a lone site alone', () => {
    const fan = siteFan(sites);
    expect(fan.get('alone')).toBeUndefined();
    expect([fan.get('north'), fan.get('south'), fan.get('chain')]).toEqual([[0, -FAN_SPACING_PX], [0, 0], [0, FAN_SPACING_PX]]);
  });

  it('does not group sites further apart than the threshold', () => {
    expect(siteFan(sites, 0.5).size).toBe(0);
    expect(siteFan([sites[0], sites[3]].filter((s) => s !== undefined)).size).toBe(0);
  });

  it('stacks sites at the very same place', () => {
    const fan = siteFan([{ id: 'a', coordinates: [10, 10] }, { id: 'b', coordinates: [10, 10] }]);
    expect(new Set([fan.get('a')?.[1], fan.get('b')?.[1]])).toEqual(new Set([-FAN_SPACING_PX / 2, FAN_SPACING_PX / 2]));
  });
});
