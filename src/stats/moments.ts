/**
 * Sample moments with compensated (Neumaier) summation:
 *   mean = Σx / n,   populationStd = √(Σ (x − mean)² / n)   (ddof = 0, two passes).
 * Reference: `numpy.mean`, `numpy.std` (ddof=0), numpy 1.24, agreeing to ~1e-15 relative (numpy sums
 * pairwise; the compensated sum is at least as accurate). Cost: O(n), no allocation.
 * Edge cases: empty input → RangeError; NaN propagates (callers pass non-missing values); a constant
 * sample has std exactly 0.
 */
export function mean(values: ArrayLike<number>): number {
  const n = values.length;
  if (n === 0) throw new RangeError('mean: empty input');
  let sum = 0;
  let comp = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    const t = sum + v;
    comp += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
    sum = t;
  }
  return (sum + comp) / n;
}

/** √(Σ (x − mean)² / n): numpy.std(x) with ddof = 0 */
export function populationStd(values: ArrayLike<number>): number {
  return populationStdAbout(values, mean(values));
}

/**
 * populationStd when the caller already has `mu = mean(values)` (bit-identical to populationStd then,
 * one pass instead of two)
 */
export function populationStdAbout(values: ArrayLike<number>, mu: number): number {
  const n = values.length;
  if (n === 0) throw new RangeError('populationStd: empty input');
  return Math.sqrt(sumSquaredDeviations(values, mu) / n);
}

/** Σ (x − mu)², compensated: populationStdAbout's sum (a profile's m2, mergeable by Chan's formula) */
export function sumSquaredDeviations(values: ArrayLike<number>, mu: number): number {
  let sum = 0;
  let comp = 0;
  for (let i = 0; i < values.length; i++) {
    const d = values[i]! - mu;
    const v = d * d;
    const t = sum + v;
    comp += sum >= v ? sum - t + v : v - t + sum;
    sum = t;
  }
  return sum + comp;
}
