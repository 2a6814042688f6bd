import { describe, expect, it } from 'vitest';
import { besselKScaled } from '../../src/stats/bessel-k.js';
import { cramerVonMisesTwoSample, cvmLimitCdf } from '../../src/stats/cramer-von-mises.js';
import { twoSampleCases } from './two-sample-cases.js';
import { relErr, VECTORS } from './vectors.js';

// statistic relative 1e-9; p-value relative 1e-6, except that SciPy forms the asymptotic p as 1 − CDF,
// so a p below ~1e-8 carries SciPy's own absolute rounding (~1e-15): there we allow absolute 1e-14.
const STAT_RTOL = 1e-9;
const P_RTOL = 1e-6;
const P_ATOL_ASYMPTOTIC = 1e-14;

describe('cramerVonMisesTwoSample = scipy.stats.cramervonmises_2samp', () => {
  const worst = { stat: 0, p: 0 };
  for (const c of twoSampleCases('cvm2')) {
    for (const method of ['auto', 'exact', 'asymptotic'] as const) {
      const want = c.raw[method];
      if (!want) continue;
      it(`${c.name}, method=${method}`, () => {
        const got = cramerVonMisesTwoSample(c.x, c.y, method);
        const es = want.statistic === 0 ? Math.abs(got.statistic) : relErr(got.statistic, want.statistic);
        const absOk = method !== 'exact' && Math.abs(got.pValue - want.pValue) <= P_ATOL_ASYMPTOTIC;
        const ep = relErr(got.pValue, want.pValue);
        worst.stat = Math.max(worst.stat, es);
        if (method === 'exact' || want.pValue > 1e-8) worst.p = Math.max(worst.p, ep);
        expect(es, `statistic ${got.statistic} vs ${want.statistic}`).toBeLessThanOrEqual(STAT_RTOL);
        if (!absOk) expect(ep, `p ${got.pValue} vs ${want.pValue}`).toBeLessThanOrEqual(P_RTOL);
      });
    }
  }
  it('reports the worst agreement', () => {
    console.log(
      `cramerVonMises max rel err (p > 1e-8 or exact): statistic ${worst.stat.toExponential(2)}, p ${worst.p.toExponential(2)}`,
    );
  });

  it('limit CDF and e^z K_1/4(z) match SciPy', () => {
    for (const [x, cdf, kve] of VECTORS.cvmLimit as [number, number, number][]) {
      expect(relErr(cvmLimitCdf(x), cdf)).toBeLessThan(1e-12);
      expect(relErr(besselKScaled(0.25, x), kve)).toBeLessThan(1e-13);
    }
  });

  it('needs two values per sample', () => {
    expect(() => cramerVonMisesTwoSample(new Float64Array([1]), new Float64Array([1, 2]))).toThrow(
      RangeError,
    );
  });
});
