/**
 * `cramer_von_mises`: two-sample Cramér–von Mises test; the score is the p-value (drift when p < t).
 * Reference: `scipy.stats.cramervonmises_2samp(ref, cur)` (SciPy 1.10, method='auto': the exact
 * distribution when both samples have at most 20 values, else the asymptotic one), in src/stats.
 *
 * Cost: O(n + m) on the sorted samples for the rank sums; computed only when this test is selected
 * (it is not one of the statistics every feature carries). Ties get average ranks, as in SciPy. In the
 * far tail (p below ~1e-9) SciPy's p-value is 1 − CDF and only accurate to ~1e-15 absolute; we match it
 * to that (test/drift/parity.test.ts).
 */
import { cramerVonMisesTwoSample } from '../stats/index.js';
import type { TestOutcome } from './types.js';

export function cramerVonMisesTest(sortedReference: Float64Array, sortedCurrent: Float64Array): TestOutcome {
  const r = cramerVonMisesTwoSample(sortedReference, sortedCurrent);
  return { score: r.pValue, statistic: r.statistic, pValue: r.pValue };
}
