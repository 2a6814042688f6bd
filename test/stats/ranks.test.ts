import { describe, expect, it } from 'vitest';
import { argsort } from '../../src/stats/argsort.js';
import { createRng } from '../../src/stats/random.js';
import { averageRanks } from '../../src/stats/ranks.js';
import { VECTORS } from './vectors.js';

describe('averageRanks = scipy.stats.rankdata(average)', () => {
  (VECTORS.ranks as { values: number[]; ranks: number[] }[]).forEach((c, k) => {
    it(`case ${k} (${c.values.length} values)`, () => {
      const got = averageRanks(Float64Array.from(c.values));
      expect(Array.from(got)).toEqual(c.ranks);
    });
  });
  it('ranks ±Infinity at the ends (SciPy 1.10 returns all-NaN there)', () => {
    expect(Array.from(averageRanks(new Float64Array([Infinity, -Infinity, 0, 5])))).toEqual([4, 1, 2, 3]);
  });
  it('rejects NaN', () => expect(() => averageRanks(new Float64Array([1, NaN]))).toThrow(RangeError));
});

describe('argsort is a stable ascending sort', () => {
  it.each([10, 300, 5000])('n=%d with ties, negatives, ±0 and infinities', (n) => {
    const rng = createRng(n);
    const pool = [-Infinity, -3, -1.5, -0, 0, 0.25, 7, Infinity];
    const values = Float64Array.from({ length: n }, () =>
      rng.nextFloat() < 0.5 ? pool[rng.nextInt(pool.length)]! : (rng.nextFloat() - 0.5) * 100,
    );
    const want = Array.from({ length: n }, (_, i) => i).sort((p, q) => values[p]! - values[q]! || p - q);
    expect(Array.from(argsort(values))).toEqual(want);
  });
});
