/**
 * Jensen–Shannon distance (base 2) between the bin shares r and c:
 *   m = (r + c) / 2,  JS = sqrt( (Σ rel_entr(r, m) + Σ rel_entr(c, m)) / (2 · ln 2) ),
 * rel_entr(x, y) = x·ln(x/y) for x > 0, 0 for x = 0. No floor: empty bins contribute 0.
 * Reference: `scipy.spatial.distance.jensenshannon(r, c, base=2)` (SciPy 1.10), which normalises both
 * vectors to sum 1 as we do.
 *
 * Cost: O(bins). Range [0, 1]; identical distributions give 0, disjoint supports give 1. The caller
 * guarantees both samples are non-empty.
 */
import { countTotal } from './shares.js';

export function jensenShannonDistance(referenceCounts: Float64Array, currentCounts: Float64Array): number {
  const nr = countTotal(referenceCounts);
  const nc = countTotal(currentCounts);
  let left = 0;
  let right = 0;
  for (let b = 0; b < referenceCounts.length; b++) {
    const r = referenceCounts[b]! / nr;
    const c = currentCounts[b]! / nc;
    const m = (r + c) / 2;
    if (r > 0) left += r * Math.log(r / m);
    if (c > 0) right += c * Math.log(c / m);
  }
  const js = (left + right) / Math.LN2;
  return Math.sqrt(Math.max(js, 0) / 2);
}
