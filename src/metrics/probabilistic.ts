/**
 * Probabilistic metrics: log loss, Brier score, expected calibration error — per-row terms computed once,
 * so every evaluation (the point estimate and each bootstrap resample) is a weighted sum.
 *
 * log_loss = −(1/n) Σ log p̃_i(y_i), p̃ = clip(p, ε, 1 − ε) renormalised over the classes
 *   (binary: the pair (1 − p̃, p̃)), ε = LOG_LOSS_EPS.
 *   Oracle: `sklearn.metrics.log_loss(y, p, eps=1e-15, labels=...)` (1.2; its own default became 'auto').
 * brier = (1/n) Σ (y_i − s_i)².  Oracle: `sklearn.metrics.brier_score_loss(y, s)`.
 * ece = Σ_b n_b/n · |mean(y_b) − mean(s_b)| = (1/n) Σ_b |Σ_{i∈b} (y_i − s_i)|, bin b = min(⌊ECE_BINS·s⌋,
 *   ECE_BINS − 1): equal-width bins, the last closed at 1; empty bins add 0. No scikit-learn function:
 *   the oracle is the same definition in numpy (scripts/ref_sklearn.py).
 * Cost: O(n) once for the terms, O(n) per evaluation. Inputs are validated probabilities (no NaN).
 */
export const LOG_LOSS_EPS = 1e-15;
export const ECE_BINS = 10;

function clip(p: number): number {
  return p < LOG_LOSS_EPS ? LOG_LOSS_EPS : p > 1 - LOG_LOSS_EPS ? 1 - LOG_LOSS_EPS : p;
}

/** −log p̃(y) for one binary row, y ∈ {0, 1}, s = probability of the positive class */
export function binaryLogLossTerm(y: number, s: number): number {
  const p = clip(s);
  const q = 1 - p;
  return -Math.log((y === 1 ? p : q) / (q + p));
}

export function brierTerm(y: number, s: number): number {
  const d = y - s;
  return d * d;
}

export function eceBin(s: number): number {
  const b = Math.floor(s * ECE_BINS);
  return b > ECE_BINS - 1 ? ECE_BINS - 1 : b;
}

/** −log p̃(y) for one multiclass row: the class-y probability, clipped, over the sum of clipped row values */
export function multiclassLogLossTerm(proba: readonly Float64Array[], row: number, y: number): number {
  let sum = 0;
  for (const column of proba) sum += clip(column[row]!);
  return -Math.log(clip(proba[y]![row]!) / sum);
}
