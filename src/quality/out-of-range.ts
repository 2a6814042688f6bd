/**
 * Out-of-range values of a numerical feature (DESIGN §5): the current values outside the reference's
 * [min, max], as a share of current non-missing values. Counted on the sorted samples with two binary
 * searches: below = #{x < min}, above = #{x > max}.
 *
 * Cost: O(log n). Returns null when either side has no values (nothing to compare).
 */
import type { QualityColumn } from '../contract/report.js';
import { searchsortedLeft, searchsortedRight } from '../stats/index.js';

export function outOfRange(sortedRef: Float64Array, sortedCur: Float64Array): QualityColumn['outOfRange'] {
  if (sortedRef.length === 0 || sortedCur.length === 0) return null;
  const min = sortedRef[0]!;
  const max = sortedRef[sortedRef.length - 1]!;
  const below = searchsortedLeft(sortedCur, min);
  const above = sortedCur.length - searchsortedRight(sortedCur, max);
  return { share: (below + above) / sortedCur.length, below, above, min, max };
}
