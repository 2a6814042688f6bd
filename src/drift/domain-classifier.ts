/**
 * The domain classifier (a classifier two-sample test, Lopez-Paz & Oquab, ICLR 2017): can a model tell
 * reference rows from current rows? An L2-regularised logistic regression on the encoded features
 * (./multivariate-encode.ts), cross-fitted over k stratified folds so every row is scored by a model that
 * never saw it; the pooled out-of-fold scores give
 *   AUC (Mann–Whitney, midranks),
 *   its DeLong interval (placements V10, V01; var = var(V10)/n₁ + var(V01)/n₀, Sun & Xu 2014),
 *   a one-sided p-value for AUC > ½ against the Mann–Whitney null N(½, (n₀ + n₁ + 1)/(12 n₀ n₁)),
 *   and each feature's share of the weights' size (mean |w| over folds, summed over the feature's
 *   columns): the features that separate the two most.
 * Fitting: mean log-loss + λ/2 ‖w‖² (intercept unpenalised) by Nesterov's accelerated gradient, ITERATIONS
 * full-batch steps of 1/L with L = ¼ (1 + the mean squared row norm) + λ (a bound on the loss's curvature);
 * a fixed, deterministic procedure: the test is valid whatever the fit's quality, the fit only sets power.
 * Cost: folds × ITERATIONS × 2 passes over (rows × d). Randomness (fold assignment) from the given Rng.
 */
import { averageRanks } from '../stats/ranks.js';
import { normalQuantile, normalSf } from '../stats/normal.js';
import type { Rng } from '../stats/random.js';
import type { Encoded } from './multivariate-encode.js';

export const ITERATIONS = 40;
export const LAMBDA = 1e-3;

export interface DomainClassifierResult {
  auc: number;
  ci: [number, number];
  pValue: number;
  folds: number;
  /** features by their share of the weights, largest first */
  importance: { feature: string; share: number }[];
}

export function domainClassifier(
  enc: Encoded,
  folds: number,
  confidence: number,
  rng: Rng,
): DomainClassifierResult {
  const { n, m, d } = enc;
  const N = n + m;
  // the pooled rows, reference first: row i starts at i · d
  const pooled = new Float64Array(N * d);
  pooled.set(enc.x.subarray(0, n * d));
  pooled.set(enc.y.subarray(0, m * d), n * d);
  const fold = stratifiedFolds(n, m, folds, rng);
  let sq = 0;
  for (let i = 0; i < N * d; i++) sq += pooled[i]! * pooled[i]!;
  const L = 0.25 * (1 + sq / N) + LAMBDA;
  const scores = new Float64Array(N);
  const weightSize = new Float64Array(d);
  for (let f = 0; f < folds; f++) {
    const w = fit(fold, f, N, n, d, pooled, L);
    for (let k = 0; k < d; k++) weightSize[k]! += Math.abs(w[k]!) / folds;
    for (let i = 0; i < N; i++) {
      if (fold[i] !== f) continue;
      const o = i * d;
      let z = w[d]!;
      for (let k = 0; k < d; k++) z += w[k]! * pooled[o + k]!;
      scores[i] = z;
    }
  }
  const { auc, variance } = aucWithDeLong(scores, n, m);
  const zc = normalQuantile(0.5 + confidence / 2);
  const half = zc * Math.sqrt(variance);
  const nullSd = Math.sqrt((n + m + 1) / (12 * n * m));
  const byFeature = new Map<string, number>();
  enc.owner.forEach((name, k) => byFeature.set(name, (byFeature.get(name) ?? 0) + weightSize[k]!));
  const total = [...byFeature.values()].reduce((a, b) => a + b, 0);
  const importance = [...byFeature.entries()]
    .map(([feature, size]) => ({ feature, share: total > 0 ? size / total : 0 }))
    .sort((a, b) => b.share - a.share || (a.feature < b.feature ? -1 : 1));
  return {
    auc,
    ci: [Math.max(0, auc - half), Math.min(1, auc + half)],
    pValue: normalSf((auc - 0.5) / nullSd),
    folds,
    importance,
  };
}

/** stratified folds of n reference and m current rows: each side's rows shuffled and dealt round-robin */
export function stratifiedFolds(n: number, m: number, folds: number, rng: Rng): Int32Array {
  const fold = new Int32Array(n + m);
  for (const [from, count] of [
    [0, n],
    [n, m],
  ] as const) {
    const idx = Int32Array.from({ length: count }, (_, i) => from + i);
    for (let i = count - 1; i > 0; i--) {
      const j = rng.nextInt(i + 1);
      const t = idx[i]!;
      idx[i] = idx[j]!;
      idx[j] = t;
    }
    idx.forEach((r, k) => (fold[r] = k % folds));
  }
  return fold;
}

/** logistic regression on the rows outside fold `held`; label 1 = current (index ≥ n); w (d) and bias */
function fit(
  fold: Int32Array,
  held: number,
  N: number,
  n: number,
  d: number,
  a: Float64Array,
  L: number,
): Float64Array {
  const w = new Float64Array(d + 1);
  let prev = new Float64Array(d + 1);
  const v = new Float64Array(d + 1);
  const grad = new Float64Array(d + 1);
  let count = 0;
  for (let i = 0; i < N; i++) if (fold[i] !== held) count++;
  for (let t = 1; t <= ITERATIONS; t++) {
    // Nesterov: gradient at the look-ahead point v = w + (t − 2)/(t + 1) · (w − prev)
    const mom = (t - 2) / (t + 1);
    for (let k = 0; k <= d; k++) v[k] = w[k]! + (t > 1 ? mom * (w[k]! - prev[k]!) : 0);
    grad.fill(0);
    for (let i = 0; i < N; i++) {
      if (fold[i] === held) continue;
      const o = i * d;
      let z = v[d]!;
      for (let k = 0; k < d; k++) z += v[k]! * a[o + k]!;
      const p = 1 / (1 + Math.exp(-z));
      const r = p - (i >= n ? 1 : 0);
      for (let k = 0; k < d; k++) grad[k]! += r * a[o + k]!;
      grad[d]! += r;
    }
    prev = Float64Array.from(w);
    for (let k = 0; k <= d; k++) {
      const g = grad[k]! / count + (k < d ? LAMBDA * v[k]! : 0);
      w[k] = v[k]! - g / L;
    }
  }
  return w;
}

/** AUC of scores with labels (first n = 0, last m = 1) and DeLong's variance, from midranks */
export function aucWithDeLong(scores: Float64Array, n: number, m: number): { auc: number; variance: number } {
  const pooled = averageRanks(scores);
  const neg = averageRanks(scores.subarray(0, n));
  const pos = averageRanks(scores.subarray(n));
  let rankSum = 0;
  for (let j = 0; j < m; j++) rankSum += pooled[n + j]!;
  const auc = (rankSum - (m * (m + 1)) / 2) / (n * m);
  // placements: V10 for each positive (share of negatives below it), V01 for each negative (share of positives above it)
  let s10 = 0;
  let ss10 = 0;
  for (let j = 0; j < m; j++) {
    const v = (pooled[n + j]! - pos[j]!) / n;
    s10 += v;
    ss10 += v * v;
  }
  let s01 = 0;
  let ss01 = 0;
  for (let i = 0; i < n; i++) {
    const v = 1 - (pooled[i]! - neg[i]!) / m;
    s01 += v;
    ss01 += v * v;
  }
  const var10 = m > 1 ? (ss10 - (s10 * s10) / m) / (m - 1) : 0;
  const var01 = n > 1 ? (ss01 - (s01 * s01) / n) / (n - 1) : 0;
  return { auc, variance: var10 / m + var01 / n };
}
