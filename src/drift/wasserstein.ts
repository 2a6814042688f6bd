/**
 * `wasserstein`: first Wasserstein (earth mover's) distance between the two samples, divided by the
 * reference's population standard deviation so it is unit-free:
 *   W = ∫ |F_ref(t) − F_cur(t)| dt / max(std(ref), WASSERSTEIN_STD_FLOOR).
 * Reference: `scipy.stats.wasserstein_distance(ref, cur) / max(numpy.std(ref), 0.001)` (SciPy 1.10).
 *
 * Cost: O(n + m) by merging the sorted samples (src/stats), plus one pass for the std. A constant
 * reference divides by the floor, so a shifted current still scores high.
 */
import { populationStd, wassersteinSorted } from '../stats/index.js';
import { WASSERSTEIN_STD_FLOOR } from './constants.js';
import type { TestOutcome } from './types.js';

/** `referenceStd` may be passed when the caller has it (the summary computes it anyway) */
export function normalisedWasserstein(
  sortedReference: Float64Array,
  sortedCurrent: Float64Array,
  referenceStd: number = populationStd(sortedReference),
): number {
  const w = wassersteinSorted(sortedReference, sortedCurrent);
  return w / Math.max(referenceStd, WASSERSTEIN_STD_FLOOR);
}

export function wassersteinTest(sortedReference: Float64Array, sortedCurrent: Float64Array): TestOutcome {
  return { score: normalisedWasserstein(sortedReference, sortedCurrent) };
}
