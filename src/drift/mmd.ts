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
 * (σ and MMD² to 1e-5 relative: TensorFlow keeps σ in float32; p-values within their Monte-Carlo error).
 * Cost: the (n + m)² kernel matrix once, O((n + m)² d); each permutation O((n + m)²) sums of it.
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
  const row = (i: number): [Float64Array, number] => (i < n ? [x, i * d] : [y, (i - n) * d]);
  // squared distances, pooled
  const dist = new Float64Array(N * N);
  for (let i = 0; i < N; i++) {
    const [a, ao] = row(i);
    for (let j = i + 1; j < N; j++) {
      const [b, bo] = row(j);
      let s = 0;
      for (let k = 0; k < d; k++) {
        const t = a[ao + k]! - b[bo + k]!;
        s += t * t;
      }
      dist[i * N + j] = s;
      dist[j * N + i] = s;
    }
  }
  // sigma from the reference block only (n × n, diagonal zeros included)
  const refDist = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) refDist[i * n + j] = dist[i * N + j]!;
  refDist.sort();
  const median = refDist[n + Math.floor((n * n - n) / 2) - 1]!;
  let sigma = Math.sqrt(0.5 * median);
  if (!(sigma > 0)) sigma = 1;
  const gamma = 1 / (2 * sigma * sigma);
  const kernel = new Float64Array(N * N);
  for (let i = 0; i < N * N; i++) kernel[i] = Math.exp(-gamma * dist[i]!);
  for (let i = 0; i < N; i++) kernel[i * N + i] = 0;

  const label = new Uint8Array(N);
  for (let i = n; i < N; i++) label[i] = 1;
  const stat = () => {
    let sxx = 0;
    let syy = 0;
    let sxy = 0;
    for (let i = 0; i < N; i++) {
      const li = label[i]!;
      const base = i * N;
      for (let j = 0; j < N; j++) {
        const k = kernel[base + j]!;
        const lj = label[j]!;
        if (li === 0 && lj === 0) sxx += k;
        else if (li === 1 && lj === 1) syy += k;
        else if (li === 1) sxy += k;
      }
    }
    return sxx / (n * (n - 1)) + syy / (m * (m - 1)) - (2 * sxy) / (n * m);
  };
  const observed = stat();
  let atLeast = 0;
  let sum = 0;
  let sumSq = 0;
  for (let b = 0; b < permutations; b++) {
    // a random relabelling: m of the N pooled rows are "current" (Fisher–Yates on the labels)
    for (let i = N - 1; i > 0; i--) {
      const j = rng.nextInt(i + 1);
      const t = label[i]!;
      label[i] = label[j]!;
      label[j] = t;
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
