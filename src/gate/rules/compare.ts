/**
 * The one place thresholds are compared (STYLE habit 4). Every check in the report gets its status from
 * these functions; metric and drift code only returns numbers.
 */
export type DriftDirection = 'below' | 'above';

/** a drift score signals drift: p-values when below the threshold, distances when at or above it */
export function isDrift(score: number, threshold: number, driftWhen: DriftDirection): boolean {
  return driftWhen === 'below' ? score < threshold : score >= threshold;
}

/** a significant p-value test is called drift only when its effect reaches the floor (drift.min_effect) */
export function effectReaches(effect: number, min: number | null): boolean {
  return min === null || effect >= min;
}

/** a p-value is significant at its (corrected) level: a gate-wide family member (../family.ts) */
export function significant(pValue: number, level: number): boolean {
  return pValue < level;
}

/** a value breaks a lower bound */
export function belowMin(value: number, min: number): boolean {
  return value < min;
}

/** a value breaks an upper bound */
export function aboveMax(value: number, max: number): boolean {
  return value > max;
}

/**
 * The worsening of a metric, in its own units, positive when the candidate is worse than the baseline.
 * delta = candidate − baseline.
 */
export function worsening(delta: number, higherIsBetter: boolean): number {
  return higherIsBetter ? -delta : delta;
}

/** a worsening exceeds what a rule allows */
export function exceeds(worse: number, allowed: number): boolean {
  return worse > allowed;
}

/** the dataset drifts when drifted / tested features reach the configured share */
export function datasetDrifts(drifted: number, tested: number, share: number): boolean {
  return tested > 0 && drifted / tested >= share;
}
