/**
 * Per-side summaries and common-bin histograms of one feature, for rendering (report types SideSummary,
 * NumericSummary, CategoricalSummary, Histogram).
 *
 * Numerical: count (non-missing), missing, mean, population std (ddof 0, as numpy.std), min, max and the
 * quantiles p01 … p99 (numpy.quantile, linear). The histogram shares its bins between the two sides:
 * features with at most MAX_VALUE_BINS distinct values over both samples get one labelled bin per value;
 * others get HISTOGRAM_BINS bins, equal-width over the central range of both samples (see
 * HISTOGRAM_TAIL_SHARE) with the two outer bins stretched to the overall min and max — or, for positive
 * right-skewed features (see LOG_BINS_MEDIAN_POSITION), log-spaced over that range, so amounts and
 * distances do not pile into the first bar; bins are half-open
 * [e_k, e_k+1) with the last one closed (as numpy.histogram), so every value is counted once.
 * Categorical: count, missing, distinct, the SUMMARY_TOP_CATEGORIES most frequent categories; the
 * histogram's labels are the top categories over both samples (by summed share) plus OTHER_LABEL for the
 * rest, so 100,000 distinct categories cost a fixed, small report.
 *
 * Cost: O(bins · log n) per side on the sorted sample; categorical O(k log k) in the number of categories.
 */
import type { CategoricalSummary, Histogram, NumericSummary } from '../contract/report.js';
import { mean, populationStdAbout, quantileSorted, searchsortedLeft } from '../stats/index.js';
import { pow } from '../stats/pow.js';

/** most frequent categories kept per side and in the common histogram */
export const SUMMARY_TOP_CATEGORIES = 20;
/** bins of a numerical feature's histogram */
export const HISTOGRAM_BINS = 20;
/**
 * share of each tail left out of the equal-width range of a numerical histogram: the inner edges split
 * [min over sides of p01, max over sides of p99] evenly and the outer bins stretch to the minimum and
 * maximum, so one extreme value cannot squeeze the whole distribution into a single bar
 */
export const HISTOGRAM_TAIL_SHARE = 0.01;
/**
 * a positive feature whose pooled median lies in the lowest LOG_BINS_MEDIAN_POSITION of the equal-width
 * range (half the rows would land in the first 2 of 20 bars) gets log-spaced inner edges instead
 */
export const LOG_BINS_MEDIAN_POSITION = 0.1;
/** label of the histogram bin that gathers the categories outside the top ones */
export const OTHER_LABEL = '(other)';
/** the quantiles in a numerical summary, by name */
export const SUMMARY_QUANTILES: Readonly<Record<string, number>> = {
  p01: 0.01,
  p05: 0.05,
  p25: 0.25,
  p50: 0.5,
  p75: 0.75,
  p95: 0.95,
  p99: 0.99,
};

export function numericSummary(sorted: Float64Array, missing: number): NumericSummary {
  const n = sorted.length;
  if (n === 0) return { count: 0, missing, mean: null, std: null, min: null, max: null, quantiles: null };
  const quantiles: Record<string, number> = {};
  for (const [name, p] of Object.entries(SUMMARY_QUANTILES)) quantiles[name] = quantileSorted(sorted, p);
  const mu = mean(sorted);
  return {
    count: n,
    missing,
    mean: mu,
    std: populationStdAbout(sorted, mu),
    min: sorted[0]!,
    max: sorted[n - 1]!,
    quantiles,
  };
}

/**
 * Histograms of both sides on common bins. `values` (sorted distinct values over both samples, at most
 * MAX_VALUE_BINS) switches to one bin per value, with counts given by the caller.
 */
export function numericHistograms(
  sortedRef: Float64Array,
  sortedCur: Float64Array,
  valueBins: { values: number[]; reference: Float64Array; current: Float64Array } | null,
): { reference: Histogram; current: Histogram } {
  if (valueBins) {
    const labels = valueBins.values.map((v) => String(v));
    return {
      reference: { labels, counts: Array.from(valueBins.reference) },
      current: { labels: [...labels], counts: Array.from(valueBins.current) },
    };
  }
  const sides = [sortedRef, sortedCur].filter((x) => x.length > 0);
  if (sides.length === 0) return { reference: { edges: [], counts: [] }, current: { edges: [], counts: [] } };
  const min = Math.min(...sides.map((x) => x[0]!));
  const max = Math.max(...sides.map((x) => x[x.length - 1]!));
  // equal widths over the central range of both samples; the outer bins stretch to min and max
  let lo = Math.min(...sides.map((x) => quantileSorted(x, HISTOGRAM_TAIL_SHARE)));
  let hi = Math.max(...sides.map((x) => quantileSorted(x, 1 - HISTOGRAM_TAIL_SHARE)));
  if (!(hi > lo)) [lo, hi] = [min, max];
  const bins = hi > lo && Number.isFinite(hi - lo) ? HISTOGRAM_BINS : 1;
  // the median of the larger side stands for the pooled median (both are sorted; no merge needed)
  const larger = sides.reduce((a, b) => (b.length > a.length ? b : a));
  const median = quantileSorted(larger, 0.5);
  const scale = bins > 1 && lo > 0 && median - lo < (hi - lo) * LOG_BINS_MEDIAN_POSITION ? 'log' : 'linear';
  const edges: number[] = [min];
  for (let k = 1; k < bins; k++)
    edges.push(scale === 'log' ? lo * pow(hi / lo, k / bins) : lo + ((hi - lo) * k) / bins);
  edges.push(max);
  return {
    reference: { edges, scale, counts: equalWidthCounts(sortedRef, edges) },
    current: { edges: [...edges], scale, counts: equalWidthCounts(sortedCur, edges) },
  };
}

function equalWidthCounts(sorted: Float64Array, edges: number[]): number[] {
  const bins = edges.length - 1;
  const counts: number[] = [];
  let start = searchsortedLeft(sorted, edges[0]!);
  for (let k = 0; k < bins; k++) {
    const end = k === bins - 1 ? sorted.length : searchsortedLeft(sorted, edges[k + 1]!);
    counts.push(end - start);
    start = end;
  }
  return counts;
}

/**
 * indices of the `limit` largest positive weights, largest first (ties by index), without sorting
 * everything: one pass keeping the best `limit` in order (insertion into a short list), so a 100,000-
 * category feature costs O(k + hits · limit) instead of a sort of all its weights
 */
export function topIndices(weights: ArrayLike<number>, limit: number): number[] {
  const top: number[] = [];
  if (limit <= 0) return top;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i]!;
    if (!(w > 0)) continue;
    // indices arrive ascending, so an equal weight ranks after every kept one: only larger ones move up
    if (top.length === limit && !(w > weights[top[limit - 1]!]!)) continue;
    let at = top.length === limit ? limit - 1 : top.length;
    while (at > 0 && w > weights[top[at - 1]!]!) {
      if (at < limit) top[at] = top[at - 1]!;
      at--;
    }
    if (at < limit) top[at] = i;
  }
  return top;
}

export function categoricalSummary(
  counts: Float64Array,
  labels: readonly string[],
  missing: number,
): CategoricalSummary {
  let count = 0;
  let distinct = 0;
  for (let i = 0; i < counts.length; i++) {
    count += counts[i]!;
    if (counts[i]! > 0) distinct++;
  }
  const top = topIndices(counts, SUMMARY_TOP_CATEGORIES).map((i) => ({
    value: labels[i]!,
    count: counts[i]!,
  }));
  return { count, missing, distinct, top };
}

/** common-label histograms: top categories by summed share over both sides, plus OTHER_LABEL */
export function categoricalHistograms(
  refCounts: Float64Array,
  curCounts: Float64Array,
  labels: readonly string[],
): { reference: Histogram; current: Histogram } {
  let nr = 0;
  let nc = 0;
  for (let i = 0; i < refCounts.length; i++) {
    nr += refCounts[i]!;
    nc += curCounts[i]!;
  }
  const weight = new Float64Array(refCounts.length);
  for (let i = 0; i < weight.length; i++)
    weight[i] = (nr > 0 ? refCounts[i]! / nr : 0) + (nc > 0 ? curCounts[i]! / nc : 0);
  const top = topIndices(weight, SUMMARY_TOP_CATEGORIES);
  const names = top.map((i) => labels[i]!);
  const ref = top.map((i) => refCounts[i]!);
  const cur = top.map((i) => curCounts[i]!);
  const restRef = nr - ref.reduce((a, b) => a + b, 0);
  const restCur = nc - cur.reduce((a, b) => a + b, 0);
  if (restRef > 0 || restCur > 0) {
    names.push(OTHER_LABEL);
    ref.push(restRef);
    cur.push(restCur);
  }
  return { reference: { labels: names, counts: ref }, current: { labels: [...names], counts: cur } };
}
