/**
 * `ks`: two-sample Kolmogorov–Smirnov test, two-sided; the score is the p-value (drift when p < t).
 * Reference: `scipy.stats.ks_2samp(ref, cur)` with method='auto' (exact when max(n, m) ≤ 10000, else
 * asymptotic), implemented in src/stats/ks-two-sample.ts by merging the two sorted samples.
 *
 * Cost: O(n + m) for the statistic (the samples arrive sorted once per side), plus the exact p-value's
 * lattice recursion for small samples. Ties are handled as SciPy does; identical samples give p = 1.
 */
import { ksTwoSample } from '../stats/index.js';
import type { TestOutcome } from './types.js';

export function ksTest(sortedReference: Float64Array, sortedCurrent: Float64Array): TestOutcome {
  const r = ksTwoSample(sortedReference, sortedCurrent);
  return { score: r.pValue, statistic: r.statistic, pValue: r.pValue };
}
