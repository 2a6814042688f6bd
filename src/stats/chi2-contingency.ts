/**
 * Pearson's chi-squared test of homogeneity for a 2 × K table (reference counts, current counts):
 *   E_ij = R_i C_j / T,  χ² = Σ_ij (O_ij − E_ij)² / E_ij,  dof = K' − 1,  p = Pr(χ²_dof ≥ χ²),
 * where K' counts the bins with a non-zero count on either side.
 * Reference: `scipy.stats.chi2_contingency([ref, cur], correction=False)` (SciPy 1.10). SciPy raises when an
 * expected frequency is 0; here bins empty on both sides are dropped first (they carry no information
 * and the contract counts categories "seen in either sample"), so the result equals SciPy on the table
 * without them. One remaining bin → dof 0, χ² = 0, p = 1, as SciPy.
 * Cost: O(K). Edge cases: an empty side (all counts 0) or negative/non-finite counts → RangeError
 * (callers skip such features first); counts need not be integers.
 */
import { chi2Sf } from './chi2.js';

export interface Chi2Result {
  statistic: number;
  pValue: number;
  dof: number;
}

export function chi2TwoRow(refCounts: ArrayLike<number>, curCounts: ArrayLike<number>): Chi2Result {
  const k = refCounts.length;
  if (curCounts.length !== k) {
    throw new RangeError(`chi2TwoRow: count arrays differ in length (${k} vs ${curCounts.length})`);
  }
  let r0 = 0;
  let r1 = 0;
  let bins = 0;
  for (let j = 0; j < k; j++) {
    const a = refCounts[j]!;
    const b = curCounts[j]!;
    if (!(a >= 0 && b >= 0 && a !== Infinity && b !== Infinity)) {
      throw new RangeError(`chi2TwoRow: counts must be finite and ≥ 0, got ${a} and ${b} in bin ${j}`);
    }
    r0 += a;
    r1 += b;
    if (a + b > 0) bins++;
  }
  if (r0 === 0 || r1 === 0) throw new RangeError('chi2TwoRow: one side has no counts');
  const dof = bins - 1;
  if (dof === 0) return { statistic: 0, pValue: 1, dof: 0 };
  const total = r0 + r1;
  let s0 = 0;
  let s1 = 0;
  for (let j = 0; j < k; j++) {
    const a = refCounts[j]!;
    const b = curCounts[j]!;
    const col = a + b;
    if (col === 0) continue;
    const e0 = (r0 * col) / total;
    const e1 = (r1 * col) / total;
    s0 += ((a - e0) * (a - e0)) / e0;
    s1 += ((b - e1) * (b - e1)) / e1;
  }
  const statistic = s0 + s1;
  return { statistic, pValue: chi2Sf(statistic, dof), dof };
}
