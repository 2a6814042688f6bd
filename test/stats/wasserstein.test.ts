import { describe, expect, it } from 'vitest';
import { mean, populationStd } from '../../src/stats/moments.js';
import { wassersteinSorted } from '../../src/stats/wasserstein.js';
import { twoSampleCases } from './two-sample-cases.js';
import { relErr } from './vectors.js';

// distance relative 1e-9; moments relative 1e-12 (numpy sums pairwise, we sum compensated)
describe('wassersteinSorted and moments vs SciPy/numpy', () => {
  const worst = { w: 0, m: 0 };
  for (const c of twoSampleCases('wasserstein')) {
    it(c.name, () => {
      const w = wassersteinSorted(c.x, c.y);
      const ew = c.raw.distance === 0 ? Math.abs(w) : relErr(w, c.raw.distance);
      worst.w = Math.max(worst.w, ew);
      expect(ew, `${w} vs ${c.raw.distance}`).toBeLessThanOrEqual(1e-9);
      for (const [got, want] of [
        [mean(c.x), c.raw.xMean],
        [populationStd(c.x), c.raw.xStd],
        [mean(c.y), c.raw.yMean],
        [populationStd(c.y), c.raw.yStd],
      ] as [number, number][]) {
        const e = Math.abs(want) < 1e-12 ? Math.abs(got - want) : relErr(got, want);
        worst.m = Math.max(worst.m, e);
        expect(e, `${got} vs ${want}`).toBeLessThanOrEqual(1e-12);
      }
    });
  }
  it('reports the worst agreement', () => {
    console.log(`wasserstein max rel err ${worst.w.toExponential(2)}, moments ${worst.m.toExponential(2)}`);
  });

  it('edge cases', () => {
    expect(wassersteinSorted(new Float64Array([1, 2]), new Float64Array([1, 2]))).toBe(0);
    expect(wassersteinSorted(new Float64Array([0]), new Float64Array([3]))).toBe(3);
    expect(() => wassersteinSorted(new Float64Array(0), new Float64Array([1]))).toThrow(RangeError);
    expect(() => mean([])).toThrow(RangeError);
    expect(populationStd([2.5, 2.5, 2.5])).toBe(0);
  });
});
