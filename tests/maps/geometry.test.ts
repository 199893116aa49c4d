/** The outlines from @svg-maps/japan, keyed by JIS code, and the path arithmetic under them. */
import { describe, expect, it } from 'vitest';
import { boundsOf, parseRings, writeRings } from '../../src/lib/geometry-path.ts';
import { geometry, GEOMETRY_ID_TO_CODE } from '../../src/lib/geometry.ts';

describe('geometry-path', () => {
  it('reads relative moves, implicit line-tos and z (the pen returns to the ring start)', () => {
    expect(parseRings('m 10,10 5,0 0,5 z m 1,1 2,0 0,2 z')).toEqual([
      [
        [10, 10],
        [15, 10],
        [15, 15],
      ],
      [
        [11, 11],
        [13, 11],
        [13, 13],
      ],
    ]);
    expect(boundsOf(parseRings('m 10,10 5,0 0,5 z'))).toEqual([10, 10, 15, 15]);
  });

  it('writes rounded rings, dropping repeated points, that read back to the same rounded points', () => {
    const rings = parseRings('m 10.04,10.06 5.12,0 0,5.22 0.01,0 z m 1,1 2,0 0,2 z');
    const written = writeRings(rings);
    // (15.17, 15.28) rounds onto (15.2, 15.3), the point before it, and is dropped.
    expect(written).toBe('m10,10.1 5.2,0 0,5.2zm1,1 2,0 0,2z');
    const back = parseRings(written).map((ring) => ring.map(([x, y]) => [Number(x.toFixed(6)), Number(y.toFixed(6))]));
    expect(back).toEqual([
      [
        [10, 10.1],
        [15.2, 10.1],
        [15.2, 15.3],
      ],
      [
        [11, 11.1],
        [13, 11.1],
        [13, 13.1],
      ],
    ]);
  });
});

describe('geometry()', () => {
  const g = geometry();

  it('maps all 47 package ids to distinct JIS codes, in code order', () => {
    expect(new Set(Object.values(GEOMETRY_ID_TO_CODE)).size).toBe(47);
    expect(g.shapes.map((s) => s.code)).toEqual(Array.from({ length: 47 }, (_, i) => String(i + 1).padStart(2, '0')));
  });

  it('finds Hokkaido top-right and Aomori below it, and crops the empty bottom of the box', () => {
    const bounds = (code: string) => g.shapes.find((s) => s.code === code)!.bounds.map(Math.round);
    expect(bounds('01')).toEqual([311, 0, 437, 112]);
    expect(bounds('02')).toEqual([320, 108, 356, 143]);
    expect(g.viewBox).toEqual([0, 0, 438, 392]);
    for (const s of g.shapes) expect(s.bounds[3], s.code).toBeLessThan(392);
  });

  it('moves Okinawa (126 × 95 in the source) into a top-left inset at 1.8 times the size, overlapping nothing', () => {
    const okinawa = g.shapes.find((s) => s.code === '47')!.bounds;
    // Source box ≈ 125.6 × 94.5 units; × 1.8 ≈ 226 × 170, placed 9 units from the corner.
    expect(okinawa.map(Math.round)).toEqual([9, 9, 235, 179]);
    const { inset } = g;
    expect([inset.x, inset.y]).toEqual([3, 3]);
    const inside = (b: number[]) => b[0] < inset.x + inset.width && b[1] < inset.y + inset.height;
    for (const s of g.shapes.filter((s) => s.code !== '47')) expect(inside(s.bounds), s.code).toBe(false);
  });
});
