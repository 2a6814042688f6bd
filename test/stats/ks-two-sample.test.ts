import { describe, expect, it } from 'vitest';
import { ksTwoSample, roundHalfEven } from '../../src/stats/ks-two-sample.js';
import { twoSampleCases } from './two-sample-cases.js';
import { relErr } from './vectors.js';

// statistic: relative 1e-9; p-value: relative 1e-6 (both measured far tighter, see the log line)
const STAT_RTOL = 1e-9;
const P_RTOL = 1e-6;

describe('ksTwoSample = scipy.stats.ks_2samp (two-sided)', () => {
  const worst = { stat: 0, p: 0 };
  for (const c of twoSampleCases('ks2')) {
    for (const method of ['auto', 'exact', 'asymp'] as const) {
      const want = c.raw[method];
      if (!want) continue;
      it(`${c.name}, method=${method}`, () => {
        const got = ksTwoSample(c.x, c.y, method);
        const es = relErr(got.statistic, want.statistic);
        const ep = relErr(got.pValue, want.pValue);
        worst.stat = Math.max(worst.stat, es);
        worst.p = Math.max(worst.p, ep);
        expect(got.method).toBe(want.method);
        expect(es, `statistic ${got.statistic} vs ${want.statistic}`).toBeLessThanOrEqual(STAT_RTOL);
        expect(ep, `p ${got.pValue} vs ${want.pValue}`).toBeLessThanOrEqual(P_RTOL);
      });
    }
  }
  it('reports the worst agreement', () => {
    console.log(
      `ksTwoSample max rel err: statistic ${worst.stat.toExponential(2)}, p ${worst.p.toExponential(2)}`,
    );
  });

  it('rejects empty samples', () => {
    expect(() => ksTwoSample(new Float64Array(0), new Float64Array([1]))).toThrow(RangeError);
  });

  it('1 vs 1 asymptotic uses n_eff = 1 instead of SciPy NaN', () => {
    const r = ksTwoSample(new Float64Array([1]), new Float64Array([2]), 'asymp');
    expect(r).toEqual({ statistic: 1, pValue: 0, method: 'asymp' });
  });

  it.each([
    [0.5, 0],
    [1.5, 2],
    [2.5, 2],
    [3.5, 4],
    [2.4, 2],
    [5000.5, 5000],
  ])('roundHalfEven(%d) = %d', (v, want) => expect(roundHalfEven(v)).toBe(want));
});
