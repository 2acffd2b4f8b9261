import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHlc, hlcIso, nextHlc, parseHlc } from '../../../src/main/journal/clock';

describe('hybrid logical clock', () => {
  it('round-trips its string form', () => {
    const parts = { millis: 1_795_835_794_758, counter: 3, workstationId: 'a1b2c3d4e5f60718' };
    expect(parseHlc(formatHlc(parts))).toEqual(parts);
    expect(hlcIso(formatHlc(parts))).toBe(new Date(parts.millis).toISOString());
  });

  it('issues strictly increasing stamps whatever the wall clock does', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4_102_444_800_000 }), { minLength: 1, maxLength: 200 }), (walls) => {
        let last: string | null = null;
        for (const wall of walls) {
          const stamp = nextHlc(last, wall, 'a1b2c3d4e5f60718');
          if (last !== null) expect(stamp > last).toBe(true);
          expect(parseHlc(stamp).millis).toBeGreaterThanOrEqual(wall);
          last = stamp;
        }
      }),
    );
  });
});
