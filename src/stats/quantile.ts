/**
 * Sample quantile of sorted data, numpy's default method 'linear' (Hyndman & Fan type 7):
 *   h = (n − 1)·p, i = ⌊h⌋, γ = h − i,
 *   Q(p) = a[i] + (a[i+1] − a[i])·γ      when γ < 0.5,
 *   Q(p) = a[i+1] − (a[i+1] − a[i])·(1 − γ) when γ ≥ 0.5   (numpy's _lerp, for monotone rounding).
 * h ≥ n − 1 gives the maximum. Reference: `numpy.quantile(a, p)` (numpy 1.24), matched bit for bit
 * in test/stats/quantile.test.ts.
 *
 * Cost: O(1). Input must be sorted ascending and free of NaN (see sortedFinite).
 * Edge cases: empty input or p outside [0, 1] (or NaN) throws a RangeError — callers check sizes first;
 * a single value is returned for every p.
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) throw new RangeError('quantileSorted: empty input');
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantileSorted: p must be in [0, 1], got ${p}`);
  const h = (n - 1) * p;
  if (h >= n - 1) return sorted[n - 1]!;
  const i = Math.floor(h);
  const gamma = h - i;
  return lerpQuantile(sorted[i]!, sorted[i + 1]!, gamma);
}

/** numpy's _lerp between the order statistics a ≤ b around a quantile (also for order statistics from SQL) */
export function lerpQuantile(a: number, b: number, gamma: number): number {
  const diff = b - a;
  return gamma >= 0.5 ? b - diff * (1 - gamma) : a + diff * gamma;
}
