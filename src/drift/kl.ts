/**
 * Kullback–Leibler divergence KL(r ‖ c) of the floored bin shares, natural log:
 *   r_b = max(ref_b / n_ref, SHARE_FLOOR), c_b likewise, both renormalised to sum 1,
 *   KL = Σ_b r_b · ln(r_b / c_b).
 * Reference: `scipy.stats.entropy(r, c)` (SciPy 1.10) on the floored shares (entropy renormalises).
 *
 * Cost: O(bins). Identical distributions give 0; the floor keeps empty bins finite. The caller guarantees
 * both samples are non-empty.
 */
import { SHARE_FLOOR } from './constants.js';
import { countTotal } from './shares.js';

export function klDivergence(referenceCounts: Float64Array, currentCounts: Float64Array): number {
  const nr = countTotal(referenceCounts);
  const nc = countTotal(currentCounts);
  let sr = 0;
  let sc = 0;
  for (let b = 0; b < referenceCounts.length; b++) {
    sr += Math.max(referenceCounts[b]! / nr, SHARE_FLOOR);
    sc += Math.max(currentCounts[b]! / nc, SHARE_FLOOR);
  }
  let sum = 0;
  for (let b = 0; b < referenceCounts.length; b++) {
    const r = Math.max(referenceCounts[b]! / nr, SHARE_FLOOR) / sr;
    const c = Math.max(currentCounts[b]! / nc, SHARE_FLOOR) / sc;
    sum += r * Math.log(r / c);
  }
  return sum;
}
