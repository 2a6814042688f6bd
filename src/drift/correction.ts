/**
 * Multiple-testing correction of the p-value tests' thresholds across features (DESIGN §4, config
 * drift.correction). Only features decided by a p-value test take part; m is their number.
 *  - none: thresholds unchanged.
 *  - bonferroni: t_i / m.
 *  - holm: Holm's step-down at level t_i: with p sorted ascending, k = the first rank with
 *    p_(k) > t_i/(m − k + 1); ranks below k are rejected. The corrected threshold is the smallest double
 *    above p_(k−1) (so p < threshold rejects exactly ranks 1..k−1: p_(k) > p_(k−1) because
 *    p_(k−1) ≤ t/(m − k + 2) < t/(m − k + 1) < p_(k)), or t_i/m when nothing is rejected (below every p).
 *    Family-wise error ≤ t like Bonferroni, and it rejects everything Bonferroni does.
 *  - fdr: Benjamini–Hochberg step-up at level t_i: with p sorted ascending, k = the largest rank with
 *    p_(k) ≤ k·t_i/m; the corrected threshold is the
 *    smallest double above k·t_i/m, so that p < threshold (src/gate/compare.ts isDrift) is exactly BH's
 *    p ≤ p_(k) (no p-value lies in (p_(k), k·t/m]; a p-value equal to k·t/m is rejected, as BH says).
 *    With no rejection (k = 0) the threshold is t_i/m, below every p-value. When all features share one t
 *    (the usual case) this is textbook BH; with per-feature thresholds each feature is judged by BH at
 *    its own level.
 * References: Benjamini & Hochberg (1995), JRSS B 57(1):289–300; Holm (1979), Scand. J. Statist. 6(2):65–70.
 *
 * Cost: O(m log m). Returns new thresholds in input order.
 */
export type Correction = 'none' | 'bonferroni' | 'holm' | 'fdr';

export function correctedThresholds(
  pValues: readonly number[],
  thresholds: readonly number[],
  correction: Correction,
): number[] {
  const m = pValues.length;
  if (correction === 'none' || m === 0) return [...thresholds];
  if (correction === 'bonferroni') return thresholds.map((t) => t / m);
  const sorted = [...pValues].sort((a, b) => a - b);
  if (correction === 'holm')
    return thresholds.map((t) => {
      let k = 1;
      while (k <= m && sorted[k - 1]! <= t / (m - k + 1)) k++;
      return k === 1 ? t / m : nextUp(sorted[k - 2]!);
    });
  return thresholds.map((t) => {
    let k = 0;
    for (let rank = m; rank >= 1; rank--) {
      if (sorted[rank - 1]! <= (rank * t) / m) {
        k = rank;
        break;
      }
    }
    return k === 0 ? t / m : nextUp((k * t) / m);
  });
}

/** the smallest double greater than a positive finite x */
export function nextUp(x: number): number {
  const f = new Float64Array([x]);
  const bits = new BigInt64Array(f.buffer);
  bits[0] = bits[0]! + 1n;
  return f[0]!;
}
