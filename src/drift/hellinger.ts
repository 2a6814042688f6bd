/**
 * Hellinger distance between the bin shares r and c:
 *   H = sqrt(1 − Σ_b sqrt(r_b · c_b)),
 * with 1 − Σ clamped at 0 (rounding can make Σ exceed 1 by an ulp for identical distributions).
 * Reference: the same numpy expression in scripts/ref_drift.py (SciPy has no function for it).
 *
 * Cost: O(bins). Range [0, 1]; identical distributions give 0, disjoint supports 1. No floor. The caller
 * guarantees both samples are non-empty.
 */
import { countTotal } from './shares.js';

export function hellingerDistance(referenceCounts: Float64Array, currentCounts: Float64Array): number {
  const nr = countTotal(referenceCounts);
  const nc = countTotal(currentCounts);
  let bc = 0;
  for (let b = 0; b < referenceCounts.length; b++) {
    bc += Math.sqrt((referenceCounts[b]! / nr) * (currentCounts[b]! / nc));
  }
  return Math.sqrt(Math.max(1 - bc, 0));
}
