/**
 * Effect sizes of the p-value tests (issue 16, part 1: `drift.min_effect`), each from the statistic the
 * test already computed, so a floor costs nothing:
 * - ks: the two-sample KS statistic D = sup |F − G| itself;
 * - chi2: Cramér's V of the 2 × k reference/current table, V = √(χ² / (n + m)) (min(2, k) − 1 = 1);
 * - cramer_von_mises: ω² = ∫ (F − G)² dH, estimated as T · (n + m) / (n · m) from SciPy's statistic T
 *   (Anderson 1962: T ≈ n·m/(n + m) · ∫ (F − G)² dH_N), clipped at 0.
 * Unlike the p-value these do not shrink as the samples grow: D = 0.01 on a million rows is significant
 * and still one percentage point of probability mass.
 */
import type { DriftStats } from '../catalog/drift-tests.js';

export type EffectTest = 'ks' | 'chi2' | 'cramer_von_mises';
export type EffectMeasure = 'ks_statistic' | 'cramers_v' | 'omega_squared';

export const EFFECT_MEASURE: Record<EffectTest, EffectMeasure> = {
  ks: 'ks_statistic',
  chi2: 'cramers_v',
  cramer_von_mises: 'omega_squared',
};

export function isEffectTest(method: string): method is EffectTest {
  return method in EFFECT_MEASURE;
}

/** the effect of `method` on samples of n and m rows; null when the statistic is missing */
export function effectSize(method: EffectTest, stats: DriftStats, n: number, m: number): number | null {
  if (!(n > 0 && m > 0)) return null;
  if (method === 'ks') return stats.ks?.statistic ?? null;
  if (method === 'chi2') {
    const s = stats.chi2?.statistic;
    return s === undefined ? null : Math.sqrt(Math.max(0, s) / (n + m));
  }
  const t = stats.cramer_von_mises?.statistic;
  return t === undefined ? null : Math.max(0, (t * (n + m)) / (n * m));
}
