/**
 * DeLong's variance of the ROC AUC (DeLong, DeLong & Clarke-Pearson, Biometrics 44, 1988), by the fast
 * algorithm of Sun & Xu (IEEE Signal Processing Letters 21(11), 2014): one sort per model, then one pass.
 *
 * For positive row i, its placement V10ᵢ is the share of negatives scored below it (ties count ½); for
 * negative row j, V01ⱼ is the share of positives scored above it. AUC = mean(V10) = mean(V01), and
 * Var(AUC) = s²(V10)/m + s²(V01)/k (m positives, k negatives, s² the sample variance, ddof 1). For two
 * models scored on the same rows the paired difference has Var = s²(V10₁ − V10₂)/m + s²(V01₁ − V01₂)/k:
 * the placements are per row, so they pair row by row. Midranks are not formed: walking the scores in
 * ascending tie groups, a positive's placement is (negatives below + ½ negatives in its group)/k.
 * Oracle: scripts/ref_stats.py computes the same variances from midranks with scipy.stats.rankdata
 * (test/vectors/intervals.json).
 *
 * Cost: O(n) after the radix sort, which is shared with the model's kernel and curves (ranking.ts
 * descendingOrder); memory one double and one index per row.
 */
import { descendingOrder } from './ranking.js';

export interface Placements {
  readonly auc: number;
  /** per row: V10 for a positive row, V01 for a negative row */
  readonly placement: Float64Array;
  readonly positives: number;
  readonly negatives: number;
}

/** the placements of every row (y: 1 = positive); null when one class is absent */
export function placements(y: Uint8Array, score: Float64Array): Placements | null {
  const n = y.length;
  let positives = 0;
  for (let i = 0; i < n; i++) positives += y[i]!;
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) return null;
  // ascending score order: the model's shared descending order reversed (tie groups stay together)
  const desc = descendingOrder(score);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = desc[n - 1 - i]!;
  const placement = new Float64Array(n);
  let posBelow = 0;
  let negBelow = 0;
  let area = 0;
  for (let start = 0; start < n;) {
    const s = score[order[start]!]!;
    let end = start;
    let pos = 0;
    while (end < n && score[order[end]!] === s) pos += y[order[end++]!]!;
    const neg = end - start - pos;
    const v10 = (negBelow + neg / 2) / negatives;
    const v01 = (positives - posBelow - pos + pos / 2) / positives;
    for (let k = start; k < end; k++) {
      const row = order[k]!;
      placement[row] = y[row] === 1 ? v10 : v01;
    }
    area += pos * v10;
    posBelow += pos;
    negBelow += neg;
    start = end;
  }
  return { auc: area / positives, placement, positives, negatives };
}

/** the variance of one model's AUC */
export function delongVariance(y: Uint8Array, p: Placements): number {
  return placementVariance(y, p.placement, null, p.positives, p.negatives);
}

/** the variance of AUC(a) − AUC(b), both scored on the same rows */
export function delongDifferenceVariance(y: Uint8Array, a: Placements, b: Placements): number {
  return placementVariance(y, a.placement, b.placement, a.positives, a.negatives);
}

function placementVariance(
  y: Uint8Array,
  a: Float64Array,
  b: Float64Array | null,
  positives: number,
  negatives: number,
): number {
  // two passes (mean, then squared deviations): exact enough at any n, unlike the sum-of-squares form
  const n = y.length;
  const sum = new Float64Array(2);
  for (let i = 0; i < n; i++) sum[y[i]!]! += b ? a[i]! - b[i]! : a[i]!;
  const mean = [sum[0]! / negatives, sum[1]! / positives];
  const ss = new Float64Array(2);
  for (let i = 0; i < n; i++) {
    const c = y[i]!;
    const d = (b ? a[i]! - b[i]! : a[i]!) - mean[c]!;
    ss[c]! += d * d;
  }
  const v10 = positives > 1 ? ss[1]! / (positives - 1) : 0;
  const v01 = negatives > 1 ? ss[0]! / (negatives - 1) : 0;
  return v10 / positives + v01 / negatives;
}
