import { describe, expect, it } from 'vitest';
import { ksStatisticSorted, ksTwoSample, ksTwoSampleFromStatistic } from '../../src/stats/ks-two-sample.js';
import { ksWassersteinSorted } from '../../src/stats/ks-wasserstein.js';
import { wassersteinSorted } from '../../src/stats/wasserstein.js';
import { createRng } from '../../src/stats/random.js';
import { twoSampleCases } from './two-sample-cases.js';

describe('ksWassersteinSorted: one merge, bit-identical to the separate functions', () => {
  for (const c of twoSampleCases('wasserstein')) {
    it(c.name, () => {
      const fused = ksWassersteinSorted(c.x, c.y);
      expect(fused.ksStatistic).toBe(ksStatisticSorted(c.x, c.y));
      expect(fused.wasserstein).toBe(wassersteinSorted(c.x, c.y));
      const n1 = c.x.length;
      const n2 = c.y.length;
      expect(ksTwoSampleFromStatistic(fused.ksStatistic, n1, n2)).toEqual(ksTwoSample(c.x, c.y));
    });
  }
  it('matches the separate merges on tie-heavy, interleaved and disjoint random samples', () => {
    // small integer ranges give long tie runs across both samples; offsets make one sample run out first
    const rng = createRng(7);
    const sample = (len: number, range: number, offset: number): Float64Array => {
      const a = new Float64Array(len);
      for (let k = 0; k < len; k++) a[k] = (rng.nextInt(range) + offset) * (rng.nextInt(4) === 0 ? -1 : 1);
      return a.sort();
    };
    for (let trial = 0; trial < 400; trial++) {
      const x = sample(1 + rng.nextInt(60), 1 + rng.nextInt(12), rng.nextInt(3));
      const y = sample(1 + rng.nextInt(60), 1 + rng.nextInt(12), rng.nextInt(15));
      if (trial % 5 === 0) {
        for (let k = 0; k < x.length; k++) x[k] = x[k]! + rng.nextFloat() * 0.5;
        x.sort();
      }
      const fused = ksWassersteinSorted(x, y);
      expect(fused.ksStatistic).toBe(ksStatisticSorted(x, y));
      expect(fused.wasserstein).toBe(wassersteinSorted(x, y));
      const swapped = ksWassersteinSorted(y, x);
      expect(swapped.ksStatistic).toBe(ksStatisticSorted(y, x));
      expect(swapped.wasserstein).toBe(wassersteinSorted(y, x));
    }
  });
  it('rejects empty samples', () => {
    expect(() => ksWassersteinSorted(new Float64Array(0), new Float64Array([1]))).toThrow(RangeError);
    expect(() => ksTwoSampleFromStatistic(0.5, 0, 3)).toThrow(RangeError);
  });
});
