import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/lib/seeded-random.ts';

describe('seededRandom', () => {
  it('repeats itself for a seed and differs between seeds', () => {
    const a = seededRandom(1);
    const b = seededRandom(1);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(seededRandom(2)()).not.toBe(first[0]);
    for (const v of first) expect(v >= 0 && v < 1).toBe(true);
  });
});
