/**
 * First Wasserstein (earth mover's) distance between two empirical distributions on the line:
 *   W₁(u, v) = ∫ |U(t) − V(t)| dt = Σ_k |U(z_k) − V(z_k)| (z_{k+1} − z_k)
 * over the merged sorted values z (U, V the ECDFs, right-continuous).
 * Reference: `scipy.stats.wasserstein_distance(u, v)` (SciPy 1.10, _cdf_distance with p = 1), computed by
 * walking the two sorted arrays once instead of concatenating, sorting and searchsorting; the sum is
 * compensated (Kahan), so it is at least as accurate as numpy's pairwise sum.
 * Cost: O(n + m), no allocation. Edge cases: inputs sorted ascending and NaN-free; an empty sample throws
 * a RangeError (SciPy raises too); identical samples → 0.
 */
export function wassersteinSorted(x: Float64Array, y: Float64Array): number {
  const n = x.length;
  const m = y.length;
  if (n === 0 || m === 0) throw new RangeError('wassersteinSorted: samples must not be empty');
  let i = 0;
  let j = 0;
  let sum = 0;
  let comp = 0;
  // current position z, with i = #x ≤ z and j = #y ≤ z after consuming every copy of z
  let z = Math.min(x[0]!, y[0]!);
  while (i < n || j < m) {
    while (i < n && x[i]! <= z) i++;
    while (j < m && y[j]! <= z) j++;
    if (i === n && j === m) break;
    const next = j >= m || (i < n && x[i]! < y[j]!) ? x[i]! : y[j]!;
    // Kahan: every term is ≥ 0, so the running sum never shrinks and the plain compensation suffices
    const term = Math.abs(i / n - j / m) * (next - z) - comp;
    const t = sum + term;
    comp = t - sum - term;
    sum = t;
    z = next;
  }
  return sum;
}
