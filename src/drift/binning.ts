/**
 * Common bins for the binned tests (psi, jensen_shannon, kl, hellinger, and chi2 on low-cardinality
 * numbers), exactly as DESIGN §4:
 *  - at most MAX_VALUE_BINS distinct values over both samples: one bin per value;
 *  - otherwise edges = the distinct values of numpy.quantile(ref, [k/B for k in 1..B-1]) and a value x
 *    falls in bin numpy.searchsorted(edges, x, side='left'): the outer bins are open to ±∞ and a value
 *    equal to an edge falls in the bin left of it. So bin j holds edges[j-1] < x ≤ edges[j].
 *  - except when the reference itself holds at most MAX_VALUE_BINS distinct values while both samples
 *    together hold more (a constant or discrete reference against a continuous current): its quantile
 *    edges collapse onto those values, so a current that moved off them entirely could land in the same
 *    bins (a reference all 3.0 against N(0.1, 1): PSI 0). Then the bins are the reference's values and the
 *    open gaps around and between them, (−∞, v1), {v1}, (v1, v2), …, {vk}, (vk, ∞), bins empty on both
 *    sides dropped: mode 'reference-values', named in the report.
 * Counting works on the sorted samples: the number of values ≤ e is searchsortedRight(sorted, e), so each
 * bin costs two binary searches and nothing is allocated per value.
 *
 * Cost: O(B log n) per side for quantile bins; O(d log n) for value bins with d ≤ 20 distinct values
 * (each distinct value is skipped over with one binary search). Samples must be sorted, finite, non-empty.
 */
import { quantileSorted, searchsortedLeft, searchsortedRight } from '../stats/index.js';
import { MAX_VALUE_BINS } from './constants.js';

export type NumericBins =
  | { mode: 'values'; values: number[]; reference: Float64Array; current: Float64Array }
  | { mode: 'quantiles'; edges: number[]; reference: Float64Array; current: Float64Array }
  | { mode: 'reference-values'; values: number[]; reference: Float64Array; current: Float64Array };

/**
 * The distinct values of a sorted sample, stopping once more than `limit` are found (then the result has
 * limit + 1 entries). Cost O(d log n).
 */
export function distinctSorted(sorted: Float64Array, limit: number): number[] {
  const out: number[] = [];
  let i = 0;
  while (i < sorted.length && out.length <= limit) {
    const v = sorted[i]!;
    out.push(v);
    // jump past every copy of v: the first index holding a larger value
    i = searchsortedRight(sorted, v);
  }
  return out;
}

/** distinct values over both sorted samples, at most limit + 1 of them (limit + 1 means "more than limit") */
export function distinctBoth(a: Float64Array, b: Float64Array, limit: number): number[] {
  const da = distinctSorted(a, limit);
  const db = distinctSorted(b, limit);
  const merged = [...new Set([...da, ...db])].sort((x, y) => x - y);
  return merged.slice(0, limit + 1);
}

/** how many values of a sorted sample equal v */
function countEqual(sorted: Float64Array, v: number): number {
  return searchsortedRight(sorted, v) - searchsortedLeft(sorted, v);
}

/** one bin per distinct value (values sorted ascending) */
export function valueBins(values: number[], sortedRef: Float64Array, sortedCur: Float64Array): NumericBins {
  const reference = new Float64Array(values.length);
  const current = new Float64Array(values.length);
  values.forEach((v, j) => {
    reference[j] = countEqual(sortedRef, v);
    current[j] = countEqual(sortedCur, v);
  });
  return { mode: 'values', values, reference, current };
}

/** edges: distinct values of numpy.quantile(ref, k/B), k = 1..B-1 */
export function quantileEdges(sortedRef: Float64Array, bins: number): number[] {
  const edges: number[] = [];
  for (let k = 1; k < bins; k++) {
    const q = quantileSorted(sortedRef, k / bins);
    if (edges.length === 0 || q !== edges[edges.length - 1]) edges.push(q);
  }
  return edges;
}

/** counts of a sorted sample in the bins searchsorted(edges, x, 'left') */
export function countInEdgeBins(sorted: Float64Array, edges: readonly number[]): Float64Array {
  const counts = new Float64Array(edges.length + 1);
  let below = 0;
  for (let j = 0; j < edges.length; j++) {
    const atMost = searchsortedRight(sorted, edges[j]!);
    counts[j] = atMost - below;
    below = atMost;
  }
  counts[edges.length] = sorted.length - below;
  return counts;
}

/**
 * The bins of DESIGN §4 for one numerical feature. `distinct` is distinctBoth(ref, cur, MAX_VALUE_BINS)
 * when the caller has it already.
 */
export function numericBins(
  sortedRef: Float64Array,
  sortedCur: Float64Array,
  bins: number,
  distinct: number[] = distinctBoth(sortedRef, sortedCur, MAX_VALUE_BINS),
): NumericBins {
  if (distinct.length <= MAX_VALUE_BINS) return valueBins(distinct, sortedRef, sortedCur);
  const referenceValues = distinctSorted(sortedRef, MAX_VALUE_BINS);
  if (referenceValues.length <= MAX_VALUE_BINS)
    return referenceValueBins(referenceValues, sortedRef, sortedCur);
  const edges = quantileEdges(sortedRef, bins);
  return {
    mode: 'quantiles',
    edges,
    reference: countInEdgeBins(sortedRef, edges),
    current: countInEdgeBins(sortedCur, edges),
  };
}

/** counts in (−∞, v1), {v1}, (v1, v2), …, {vk}, (vk, ∞) of a sorted sample (2k + 1 bins) */
export function pointAndGapCounts(sorted: Float64Array, values: readonly number[]): Float64Array {
  const counts = new Float64Array(2 * values.length + 1);
  let done = 0;
  values.forEach((v, j) => {
    const below = searchsortedLeft(sorted, v);
    const atMost = searchsortedRight(sorted, v);
    counts[2 * j] = below - done;
    counts[2 * j + 1] = atMost - below;
    done = atMost;
  });
  counts[2 * values.length] = sorted.length - done;
  return counts;
}

/** the reference's distinct values as point bins and the gaps around them, bins empty on both sides dropped */
export function referenceValueBins(
  values: number[],
  sortedRef: Float64Array,
  sortedCur: Float64Array,
): NumericBins {
  const r = pointAndGapCounts(sortedRef, values);
  const c = pointAndGapCounts(sortedCur, values);
  const keep: number[] = [];
  for (let j = 0; j < r.length; j++) if (r[j]! > 0 || c[j]! > 0) keep.push(j);
  return {
    mode: 'reference-values',
    values,
    reference: Float64Array.from(keep, (j) => r[j]!),
    current: Float64Array.from(keep, (j) => c[j]!),
  };
}
