/**
 * `chi2`: Pearson's chi-squared test of homogeneity on the 2 × k table of bin counts (reference row,
 * current row), without continuity correction; the score is the p-value (drift when p < t).
 *   X² = Σ (O − E)² / E,  E = row total · column total / N,  dof = k − 1.
 * For two categories this equals the two-proportion z-test Evidently uses.
 * Reference: `scipy.stats.chi2_contingency([ref_counts, cur_counts], correction=False)` over the
 * categories seen in either sample (so no column is all zero).
 *
 * Cost: O(k). The caller guarantees both rows are non-empty and k ≥ 2 (otherwise the feature is a skip).
 */
import { chi2TwoRow } from '../stats/index.js';
import type { TestOutcome } from './types.js';

export function chi2Test(referenceCounts: Float64Array, currentCounts: Float64Array): TestOutcome {
  const r = chi2TwoRow(referenceCounts, currentCounts);
  return { score: r.pValue, statistic: r.statistic, pValue: r.pValue, dof: r.dof };
}
