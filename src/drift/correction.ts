/**
 * Multiple-testing correction of the p-value tests' thresholds across features (DESIGN §4, config
 * drift.correction). Only features decided by a p-value test take part; m is their number.
 *  - none: thresholds unchanged.
 *  - bonferroni: t_i / m.
 *  - fdr: Benjamini–Hochberg step-up at level t_i: with p sorted ascending, k = the largest rank with
 *    p_(k) ≤ k·t_i/m (0 if none); the corrected threshold is max(k, 1)·t_i/m. Compared as p < threshold
 *    (src/gate/compare.ts isDrift), this rejects exactly the BH set, except a p-value exactly equal to
 *    k·t/m, which the strict comparison keeps — the same convention as the uncorrected rule p < t.
 *    When all features share one t (the usual case) this is textbook BH; with per-feature thresholds each
 *    feature is judged by BH at its own level.
 * Reference: Benjamini & Hochberg (1995), JRSS B 57(1):289–300.
 *
 * Cost: O(m log m). Returns new thresholds in input order.
 */
export type Correction = 'none' | 'bonferroni' | 'fdr';

export function correctedThresholds(
  pValues: readonly number[],
  thresholds: readonly number[],
  correction: Correction,
): number[] {
  const m = pValues.length;
  if (correction === 'none' || m === 0) return [...thresholds];
  if (correction === 'bonferroni') return thresholds.map((t) => t / m);
  const sorted = [...pValues].sort((a, b) => a - b);
  return thresholds.map((t) => {
    let k = 0;
    for (let rank = m; rank >= 1; rank--) {
      if (sorted[rank - 1]! <= (rank * t) / m) {
        k = rank;
        break;
      }
    }
    return (Math.max(k, 1) * t) / m;
  });
}
