/**
 * Maximum mean discrepancy with a Gaussian kernel and a permutation p-value (Gretton et al., JMLR 13,
 * 2012), as alibi-detect's MMDDrift computes it (alibi_detect/cd/tensorflow/mmd.py, utils/tensorflow):
 *
 *   k(a, b) = exp(−‖a − b‖² / (2σ²)),
 *   σ = √(½ · the median of the reference's pairwise squared distances) (sigma_median, the diagonal's n
 *       zeros counted: the element at index n + (n² − n)/2 − 1 of the sorted n × n distances),
 *   MMD² = Σ_{i≠j} k(xᵢ,xⱼ)/(n(n−1)) + Σ_{i≠j} k(yᵢ,yⱼ)/(m(m−1)) − 2 · mean k(xᵢ,yⱼ)   (unbiased),
 *   p = (1 + #{b : MMD²_b ≥ MMD²}) / (B + 1) over B random relabellings of the pooled rows (Phipson &
 *       Smyth 2010; alibi-detect reports #{…}/B, which can be 0 — alibi-detect issue #960).
 * Input: two row-major matrices (rows × d), already encoded and subsampled by the caller.
 * Reference: alibi-detect 0.13.0 MMDDrift(backend='tensorflow'), scripts/ref_mmd.py → test/vectors/mmd.json
 * (σ to 1e-6 relative and MMD² to 2e-5: both sides keep the kernel in float32; p-values within their
 * Monte-Carlo error).
 * Cost: the (n + m)² kernel matrix once, O((n + m)² d), and its row sums; each permutation O(m (n + m))
 * (the current rows' kernel rows read in order against a 0/1 mask; the other blocks follow from the row
 * sums).
 * Edge cases: fewer than 2 rows on a side → RangeError (the caller skips first); σ = 0 (all reference rows
 * equal) → σ = 1.
 */
import type { Rng } from '../stats/random.js';

export interface MmdResult {
  sigma: number;
  mmd2: number;
  pValue: number;
  permutations: number;
  /** the standard deviation of MMD² under the permutation null: the statistic's noise at these sizes */
  nullSd: number;
}

export function mmdTest(
  x: Float64Array,
  n: number,
  y: Float64Array,
  m: number,
  d: number,
  permutations: number,
  rng: Rng,
): MmdResult {
  if (n < 2 || m < 2) throw new RangeError(`mmd: need at least 2 rows per side, got ${n} and ${m}`);
  const N = n + m;
  // the pooled rows, reference first
  const z = new Float64Array(N * d);
  z.set(x.subarray(0, n * d));
  z.set(y.subarray(0, m * d), n * d);
  // squared distances, pooled
  // single precision for the N × N matrices (as alibi-detect's TensorFlow kernel): half the memory traffic
  // of the permutations, which read the kernel 100 times; sums stay in double precision
  const dist = new Float32Array(N * N);
  for (let i = 0; i < N; i++) {
    const ao = i * d;
    for (let j = i + 1; j < N; j++) {
      const bo = j * d;
      // four running sums: the inner loop is the test's cost at high d
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      let k = 0;
      for (; k + 3 < d; k += 4) {
        const t0 = z[ao + k]! - z[bo + k]!;
        const t1 = z[ao + k + 1]! - z[bo + k + 1]!;
        const t2 = z[ao + k + 2]! - z[bo + k + 2]!;
        const t3 = z[ao + k + 3]! - z[bo + k + 3]!;
        s0 += t0 * t0;
        s1 += t1 * t1;
        s2 += t2 * t2;
        s3 += t3 * t3;
      }
      for (; k < d; k++) {
        const t = z[ao + k]! - z[bo + k]!;
        s0 += t * t;
      }
      const s = s0 + s1 + (s2 + s3);
      dist[i * N + j] = s;
      dist[j * N + i] = s;
    }
  }
  // sigma from the reference block only (n × n, diagonal zeros included)
  const refDist = new Float32Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) refDist[i * n + j] = dist[i * N + j]!;
  const median = nthSmallest(refDist, n + Math.floor((n * n - n) / 2) - 1);
  let sigma = Math.sqrt(0.5 * median);
  if (!(sigma > 0)) sigma = 1;
  const gamma = 1 / (2 * sigma * sigma);
  const kernel = new Float32Array(N * N);
  for (let i = 0; i < N * N; i++) kernel[i] = Math.exp(-gamma * dist[i]!);
  for (let i = 0; i < N; i++) kernel[i * N + i] = 0;

  // sums of the zero-diagonal kernel: T over all pairs, rowSum per row; for a labelling with current
  // rows Y: syy = Σ_{i,j∈Y} k, sxy = Σ_{i∈Y} rowSumᵢ − syy, sxx = T − syy − 2·sxy (O(m²) per labelling)
  const rowSum = new Float64Array(N);
  let total = 0;
  for (let i = 0; i < N; i++) {
    let r = 0;
    const base = i * N;
    for (let j = 0; j < N; j++) r += kernel[base + j]!;
    rowSum[i] = r;
    total += r;
  }
  const pool = Int32Array.from({ length: N }, (_, i) => i);
  const isCurrent = new Float64Array(N);
  const stat = () => {
    // the current rows are the last m entries of `pool`; each of their kernel rows is read in order
    isCurrent.fill(0);
    for (let a = n; a < N; a++) isCurrent[pool[a]!] = 1;
    let syy = 0;
    let rows = 0;
    for (let a = n; a < N; a++) {
      const i = pool[a]!;
      rows += rowSum[i]!;
      const base = i * N;
      let r = 0;
      for (let j = 0; j < N; j++) r += kernel[base + j]! * isCurrent[j]!;
      syy += r;
    }
    const sxy = rows - syy;
    const sxx = total - syy - 2 * sxy;
    return sxx / (n * (n - 1)) + syy / (m * (m - 1)) - (2 * sxy) / (n * m);
  };
  const observed = stat();
  let atLeast = 0;
  let sum = 0;
  let sumSq = 0;
  for (let b = 0; b < permutations; b++) {
    // a random relabelling: m of the N pooled rows are "current" (Fisher–Yates on the pool)
    for (let i = N - 1; i > 0; i--) {
      const j = rng.nextInt(i + 1);
      const t = pool[i]!;
      pool[i] = pool[j]!;
      pool[j] = t;
    }
    const v = stat();
    if (v >= observed) atLeast++;
    sum += v;
    sumSq += v * v;
  }
  const mean = permutations > 0 ? sum / permutations : 0;
  const nullSd =
    permutations > 1
      ? Math.sqrt(Math.max(0, (sumSq - permutations * mean * mean) / (permutations - 1)))
      : NaN;
  return { sigma, mmd2: observed, pValue: (1 + atLeast) / (1 + permutations), permutations, nullSd };
}

/** the k-th smallest value (0-based) of `a`, reordering it in place (Hoare's quickselect, median of three) */
function nthSmallest(a: Float32Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    // median of three as the pivot
    const x = a[lo]!;
    const y = a[mid]!;
    const z = a[hi]!;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k]!;
  }
  return a[k]!;
}
