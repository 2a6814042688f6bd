/**
 * Regression sufficient statistics in one weighted evaluation (three O(n) passes: sums, the target's
 * spread about its weighted mean, and the weighted median of |error| in a pre-sorted order).
 *
 *   mae = Σw|e|/W, mse = Σw e²/W, rmse = √mse, mean_error = Σw(ŷ − y)/W (bias; numpy, no sklearn function),
 *   mape = Σw |e| / max(|y|, MAPE_EPS) / W, max_error = max |e| over rows with weight > 0,
 *   median_ae = median of |e| (numpy's: the mean of the two middle values when W is even),
 *   r2 = 1 − Σw e² / Σw (y − ȳ_w)²; scikit-learn's force_finite rule: 1 when both sums are 0, 0 when only the
 *   denominator is (constant target, imperfect prediction).
 * with e = y − ŷ. Oracles (scikit-learn 1.2): mean_absolute_error, mean_squared_error,
 * mean_squared_error(squared=False), r2_score, mean_absolute_percentage_error, median_absolute_error,
 * max_error; numpy.mean(pred − y) for mean_error. MAPE with a zero target divides by machine epsilon, as
 * scikit-learn does, so the value is huge — that is the definition, not a bug.
 * Cost: one sort of |e| (O(n log n)) once; O(n) per evaluation, no allocation.
 */
import type { RegressionInput } from './inputs.js';
import type { Kernel } from './binary.js';
import { argsort } from '../stats/argsort.js';

/** scikit-learn's MAPE denominator floor: numpy.finfo(float64).eps */
export const MAPE_EPS = 2.220446049250313e-16;

export interface RegressionStats {
  n: number;
  sumAbs: number;
  sumSq: number;
  sumApe: number;
  sumErr: number;
  maxAbs: number;
  medianAbs: number;
  /** Σw (y − ȳ_w)² */
  ssTot: number;
}

export function regressionKernel(input: RegressionInput): Kernel<RegressionStats> {
  const { y, pred } = input;
  const n = y.length;
  const abs = new Float64Array(n);
  const ape = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const a = Math.abs(y[i]! - pred[i]!);
    abs[i] = a;
    const d = Math.abs(y[i]!);
    ape[i] = a / (d > MAPE_EPS ? d : MAPE_EPS);
  }
  // rows by |error| ascending, for the weighted median and the maximum
  const order = argsort(abs);
  const sortedAbs = new Float64Array(n);
  for (let i = 0; i < n; i++) sortedAbs[i] = abs[order[i]!]!;

  return {
    rows: n,
    accumulate(counts: Uint8Array): RegressionStats {
      let total = 0;
      let sumAbs = 0;
      let sumSq = 0;
      let sumApe = 0;
      let sumErr = 0;
      let sumY = 0;
      for (let i = 0; i < n; i++) {
        const w = counts[i]!;
        if (w === 0) continue;
        const e = pred[i]! - y[i]!;
        total += w;
        sumAbs += w * abs[i]!;
        sumSq += w * e * e;
        sumApe += w * ape[i]!;
        sumErr += w * e;
        sumY += w * y[i]!;
      }
      const mean = sumY / total;
      let ssTot = 0;
      for (let i = 0; i < n; i++) {
        const w = counts[i]!;
        if (w === 0) continue;
        const d = y[i]! - mean;
        ssTot += w * d * d;
      }
      // weighted median: the values at 0-based positions ⌊(W − 1)/2⌋ and ⌊W/2⌋ of the expanded sorted list
      const lo = Math.floor((total - 1) / 2);
      const hi = Math.floor(total / 2);
      let seen = 0;
      let loValue = NaN;
      let hiValue = NaN;
      let maxAbs = 0;
      for (let i = 0; i < n; i++) {
        const w = counts[order[i]!]!;
        if (w === 0) continue;
        maxAbs = sortedAbs[i]!;
        if (seen <= lo && lo < seen + w) loValue = sortedAbs[i]!;
        if (seen <= hi && hi < seen + w) hiValue = sortedAbs[i]!;
        seen += w;
      }
      return {
        n: total,
        sumAbs,
        sumSq,
        sumApe,
        sumErr,
        maxAbs,
        medianAbs: (loValue + hiValue) / 2,
        ssTot,
      };
    },
  };
}

export function r2FromStats(s: RegressionStats): number {
  if (s.sumSq === 0) return 1;
  if (s.ssTot === 0) return 0;
  return 1 - s.sumSq / s.ssTot;
}
