/**
 * Chi-squared survival function Pr(χ²_k ≥ x) = Q(k/2, x/2), the regularised upper incomplete gamma.
 * Reference: `scipy.stats.chi2.sf(x, k)` (SciPy 1.10), accurate in the far tail (values down to ~1e-300;
 * see gammaQ). Cost: that of gammaQ. Edge cases: x ≤ 0 → 1; k must be > 0 (RangeError otherwise).
 */
import { gammaQ } from './gamma.js';

export function chi2Sf(x: number, dof: number): number {
  if (!(dof > 0)) throw new RangeError(`chi2Sf: degrees of freedom must be > 0, got ${dof}`);
  if (x <= 0) return 1;
  return gammaQ(dof / 2, x / 2);
}
