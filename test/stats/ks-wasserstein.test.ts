import { describe, expect, it } from 'vitest';
import { ksStatisticSorted, ksTwoSample, ksTwoSampleFromStatistic } from '../../src/stats/ks-two-sample.js';
import { ksWassersteinSorted } from '../../src/stats/ks-wasserstein.js';
import { wassersteinSorted } from '../../src/stats/wasserstein.js';
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
  it('rejects empty samples', () => {
    expect(() => ksWassersteinSorted(new Float64Array(0), new Float64Array([1]))).toThrow(RangeError);
    expect(() => ksTwoSampleFromStatistic(0.5, 0, 3)).toThrow(RangeError);
  });
});
