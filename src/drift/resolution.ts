/**
 * The smallest drift a feature's sample sizes resolve (issue 16, part 2: what the gate could not see), at
 * RESOLUTION_ALPHA:
 * - numerical: the two-sample KS statistic a test at α would need, D = c(α)·√((n + m)/(n·m)) with
 *   c(α) = √(−ln(α/2)/2) (the asymptotic Kolmogorov bound), and the same as a location shift of a normal
 *   distribution in reference standard deviations, δ = 2·Φ⁻¹((1 + D)/2) (two normals δ apart are D apart
 *   in KS), and in the feature's units (δ · the reference's standard deviation);
 * - categorical: the Cramér's V a χ² test at α would need, V = √(χ²₁₋α(dof) / (n + m)) for the 2 × k table.
 * Smaller changes than these pass unnoticed whatever the decision rule. Cost O(1) (a bisection for χ²).
 */
import { chi2Sf } from '../stats/chi2.js';
import { normalQuantile } from '../stats/normal.js';

export const RESOLUTION_ALPHA = 0.05;

export interface FeatureResolution {
  alpha: number;
  /** numerical: the KS statistic and the normal location shift (in sd and in units) a test would need */
  ks?: number;
  shiftSd?: number | null;
  shift?: number | null;
  /** categorical: the Cramér's V a χ² test would need */
  cramersV?: number;
}

export function numericalResolution(n: number, m: number, sd: number | null): FeatureResolution | null {
  if (!(n > 0 && m > 0)) return null;
  const c = Math.sqrt(-0.5 * Math.log(RESOLUTION_ALPHA / 2));
  const ks = c * Math.sqrt((n + m) / (n * m));
  const shiftSd = ks < 1 ? 2 * normalQuantile((1 + ks) / 2) : null;
  const shift = shiftSd !== null && sd !== null && Number.isFinite(sd) ? shiftSd * sd : null;
  return { alpha: RESOLUTION_ALPHA, ks, shiftSd, shift };
}

export function categoricalResolution(n: number, m: number, dof: number): FeatureResolution | null {
  if (!(n > 0 && m > 0 && dof >= 1)) return null;
  return { alpha: RESOLUTION_ALPHA, cramersV: Math.sqrt(chi2Critical(RESOLUTION_ALPHA, dof) / (n + m)) };
}

/** x with P(χ²(dof) > x) = alpha, by bisection on the upper tail (relative 1e-12) */
export function chi2Critical(alpha: number, dof: number): number {
  let lo = 0;
  let hi = Math.max(1, dof);
  while (chi2Sf(hi, dof) > alpha) hi *= 2;
  for (let k = 0; k < 200 && hi - lo > 1e-12 * hi; k++) {
    const mid = (lo + hi) / 2;
    if (chi2Sf(mid, dof) > alpha) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
