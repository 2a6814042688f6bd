/**
 * Population stability index over common bins:
 *   PSI = Σ_b (c_b − r_b) · ln(c_b / r_b),   r_b = max(ref_b / n_ref, SHARE_FLOOR), c_b likewise,
 * the shares floored (not renormalised) so an empty bin contributes a large but finite term.
 * Reference: Yurdakul (2018), "Statistical properties of population stability index"; checked against the
 * same numpy expression in scripts/ref_drift.py (no SciPy function exists).
 *
 * Cost: O(bins). Empty bins on either side are floored; identical distributions give 0; the caller
 * guarantees both samples are non-empty (an empty sample is a skip, never a call).
 */
import { SHARE_FLOOR } from './constants.js';
import { countTotal } from './shares.js';

export function populationStabilityIndex(referenceCounts: Float64Array, currentCounts: Float64Array): number {
  const nr = countTotal(referenceCounts);
  const nc = countTotal(currentCounts);
  let sum = 0;
  for (let b = 0; b < referenceCounts.length; b++) {
    const r = Math.max(referenceCounts[b]! / nr, SHARE_FLOOR);
    const c = Math.max(currentCounts[b]! / nc, SHARE_FLOOR);
    sum += (c - r) * Math.log(c / r);
  }
  return sum;
}
