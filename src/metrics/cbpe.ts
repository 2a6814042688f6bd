/**
 * Confidence-based performance estimation (CBPE) for binary models, as NannyML 0.13.1 defines it: the
 * performance a model has on unlabelled rows if P(y | score) is what it was on the labelled holdout.
 *
 * Fit (on the holdout, NannyML's "reference"): an isotonic calibrator of y on the score
 * (../stats/isotonic.ts, sklearn's IsotonicRegression), and NannyML's sampling-error components of each
 * metric from the holdout's labels and predictions (`nannyml/sampling_error/binary_classification.py`).
 *
 * Estimate (on current, no labels): calibrated pᵢ, the given decisions ŷᵢ, and the expected confusion
 * matrix TP = Σ_{ŷ=1} p, FP = Σ_{ŷ=1} (1 − p), FN = Σ_{ŷ=0} p, TN = Σ_{ŷ=0} (1 − p); accuracy, precision,
 * recall, F1, specificity as NannyML's ratios of these sums (0 when a denominator is 0, as NannyML);
 * balanced accuracy = (recall + specificity)/2 (not a NannyML metric; its error combines theirs). ROC AUC
 * as NannyML's `estimate_roc_auc`: rows by the uncalibrated score, descending; cumulative expected
 * positives tps = Σ p and negatives fps = rank − tps, each rounded to 5 decimals as NannyML does, normalised,
 * and the trapezoidal area. (Rows tied on the score share one calibrated p, so the curve is straight
 * across a tie whatever their order: ties need no grouping.)
 *
 * Interval: estimate ± z · SE, z = Φ⁻¹((1 + c)/2), clipped to [0, 1]. NannyML's SE is σ_ref / √(n · f_ref)
 * (f the share of the holdout the metric rests on: positives for recall, predicted positives for
 * precision, …; NannyML draws ±3 SE bands): label noise only, and it undercovers the realised metric
 * (npm run bench cbpe-coverage), so the gate uses the bootstrap error of cbpeBootstrapErrors
 * (`cbpe_bootstrap`: calibration and label noise) and reports NannyML's beside it.
 * Reference: nannyml 0.13.1 CBPE with calibration forced on, scripts/ref_cbpe.py → test/vectors/cbpe.json
 * (1e-9 relative). Cost: one sort of current's scores and O(n) sums; the fit one sort of the holdout.
 */
import type { Estimate } from '../contract/report.js';
import { argsort } from '../stats/argsort.js';
import { isotonicFit, isotonicOrder, isotonicPredict, type IsotonicModel } from '../stats/isotonic.js';
import { normalQuantile } from '../stats/normal.js';

export const CBPE_METRICS = [
  'accuracy',
  'balanced_accuracy',
  'precision',
  'recall',
  'f1',
  'specificity',
  'roc_auc',
] as const;
export type CbpeMetric = (typeof CBPE_METRICS)[number];

/** NannyML's sampling-error components of one metric: the std and the share of rows it rests on */
interface Component {
  std: number;
  fraction: number;
}

export interface CbpeModel {
  calibrator: IsotonicModel;
  components: Record<Exclude<CbpeMetric, 'balanced_accuracy'>, Component>;
  holdout: { rows: number; positives: number; negatives: number };
  /** the holdout's labels and scores in isotonic order, for refitting on resamples */
  fitted: { y: Uint8Array; score: Float64Array; order: Uint32Array };
}

/** population standard deviation of a 0/1 sample with `ones` ones among `n` (numpy.std) */
function bernoulliStd(ones: number, n: number): number {
  if (n === 0) return NaN;
  const m = ones / n;
  return Math.sqrt(m * (1 - m));
}

export function fitCbpe(y: Uint8Array, score: Float64Array, pred: Uint8Array): CbpeModel {
  const n = y.length;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (let i = 0; i < n; i++) {
    if (pred[i] === 1) {
      if (y[i] === 1) tp++;
      else fp++;
    } else if (y[i] === 1) fn++;
    else tn++;
  }
  const positives = tp + fn;
  // F1: TP rows count 1, FP and FN rows 0, scaled by len / (½(FN + FP) + TP) (NannyML)
  const relevant = tp + fp + fn;
  const factor = relevant / ((fn + fp) * 0.5 + tp);
  const f1Std = relevant === 0 ? NaN : bernoulliStd(tp, relevant) * factor;
  return {
    calibrator: isotonicFit(score, y),
    components: {
      accuracy: { std: bernoulliStd(tp + tn, n), fraction: 1 },
      precision: { std: bernoulliStd(tp, tp + fp), fraction: (tp + fp) / n },
      recall: { std: bernoulliStd(tp, tp + fn), fraction: positives / n },
      specificity: { std: bernoulliStd(tn, tn + fp), fraction: (tn + fp) / n },
      f1: { std: f1Std, fraction: relevant / n },
      roc_auc: aurocComponent(y, score),
    },
    holdout: { rows: n, positives, negatives: n - positives },
    fitted: { y, score, order: isotonicOrder(score, y) },
  };
}

/** NannyML's auroc_sampling_error_components, line for line (the minority class taken as positive) */
function aurocComponent(y: Uint8Array, score: Float64Array): Component {
  const n = y.length;
  let pos = 0;
  for (let i = 0; i < n; i++) pos += y[i]!;
  const flip = pos / n > 0.5;
  const s = flip ? Float64Array.from(score, (v) => 1 - v) : score;
  const order = argsort(s);
  // ranks of the positives in score order; numpy.unique(...)[1:] drops the smallest (0, from the negatives)
  const ranks = new Set<number>([0]);
  for (let r = 0; r < n; r++) {
    const yi = flip ? 1 - y[order[r]!]! : y[order[r]!]!;
    if (yi === 1) ranks.add(r);
  }
  const indexes = [...ranks].sort((a, b) => a - b).slice(1);
  const nPos = flip ? n - pos : pos;
  const nNeg = n - nPos;
  const ser = indexes.map((index, i) => (index - i) / nNeg);
  let mean = 0;
  for (const v of ser) mean += v;
  mean /= ser.length;
  let ss = 0;
  for (const v of ser) ss += (v - mean) * (v - mean);
  return { std: Math.sqrt(ss / ser.length), fraction: nPos / n };
}

export interface CbpeEstimates {
  metrics: Record<CbpeMetric, Estimate>;
  /** NannyML's sampling error of each estimate (its ±3·SE bands; label noise only) */
  samplingError: Record<CbpeMetric, number>;
  /** the expected confusion matrix on these rows */
  confusion: { tp: number; fp: number; fn: number; tn: number };
}

/** the calibrated probabilities of scores (the holdout's isotonic fit) */
export function calibrated(model: CbpeModel, score: Float64Array): Float64Array {
  return isotonicPredict(model.calibrator, score);
}

/**
 * The estimates on rows with scores and decisions. Intervals: with `bootstrap` (a seed) the estimate ±
 * z · the bootstrap error of cbpeBootstrapErrors (method cbpe_bootstrap: calibration and label noise);
 * without, ± z · NannyML's sampling error (method cbpe_sampling_error), as NannyML computes it.
 */
export function estimateCbpe(
  model: CbpeModel,
  score: Float64Array,
  pred: Uint8Array,
  confidence: number,
  /** the bootstrap errors of ./cbpe-bootstrap.ts (method cbpe_bootstrap), or null for NannyML's */
  bootstrap: Record<CbpeMetric, number> | null = null,
): CbpeEstimates {
  const n = score.length;
  const p = calibrated(model, score);
  const { tp, fp, fn, tn } = expectedConfusion(p, pred);
  const values = confusionValues(tp, fp, fn, tn, n, estimatedRocAuc(p, score));
  const c = model.components;
  const se = (m: keyof typeof c) => c[m].std / Math.sqrt(n * c[m].fraction);
  const seR = se('recall');
  const seS = se('specificity');
  const samplingError = {
    accuracy: se('accuracy'),
    balanced_accuracy: Math.sqrt(seR * seR + seS * seS) / 2,
    precision: se('precision'),
    recall: seR,
    f1: se('f1'),
    specificity: seS,
    roc_auc: se('roc_auc'),
  };
  const errors = bootstrap ?? samplingError;
  const method = bootstrap ? ('cbpe_bootstrap' as const) : ('cbpe_sampling_error' as const);
  const z = normalQuantile(0.5 + confidence / 2);
  const metrics = {} as Record<CbpeMetric, Estimate>;
  for (const m of CBPE_METRICS) {
    const value = values[m];
    const error = errors[m];
    metrics[m] = Number.isFinite(error)
      ? { value, ci: [Math.max(0, value - z * error), Math.min(1, value + z * error)], method }
      : { value, ci: null, reason: 'the holdout has no rows this metric rests on: no interval' };
  }
  return { metrics, samplingError: orderMetrics(samplingError), confusion: { tp, fp, fn, tn } };
}

function orderMetrics<T>(m: Record<CbpeMetric, T>): Record<CbpeMetric, T> {
  return Object.fromEntries(CBPE_METRICS.map((id) => [id, m[id]])) as Record<CbpeMetric, T>;
}

/** NannyML's estimate_roc_auc: the expected ROC curve in the order of the uncalibrated scores */
export function estimatedRocAuc(calibratedP: Float64Array, score: Float64Array): number {
  return rocAucInOrder(calibratedP, argsort(score));
}

/** estimatedRocAuc with the scores' ascending order given */
export function rocAucInOrder(calibratedP: Float64Array, asc: Uint32Array): number {
  const n = asc.length;
  const round5 = (x: number) => Math.round(x * 1e5) / 1e5;
  const tps = new Float64Array(n + 1);
  const fps = new Float64Array(n + 1);
  let cum = 0;
  for (let r = 0; r < n; r++) {
    cum += calibratedP[asc[n - 1 - r]!]!;
    tps[r + 1] = cum;
    fps[r + 1] = 1 + r - cum;
  }
  for (let i = 0; i <= n; i++) {
    tps[i] = round5(tps[i]!);
    fps[i] = round5(fps[i]!);
  }
  const tpMax = tps[n]!;
  const fpMax = fps[n]!;
  let area = 0;
  for (let i = 1; i <= n; i++) {
    area += ((fps[i]! - fps[i - 1]!) / fpMax) * ((tps[i]! / tpMax + tps[i - 1]! / tpMax) / 2);
  }
  return area;
}

/** the CBPE metrics from an (expected) confusion matrix and a ROC AUC */
export function confusionValues(
  tp: number,
  fp: number,
  fn: number,
  tn: number,
  n: number,
  rocAuc: number,
): Record<CbpeMetric, number> {
  const ratio = (a: number, b: number) => (b !== 0 ? a / b : 0);
  const recall = ratio(tp, tp + fn);
  const specificity = ratio(tn, tn + fp);
  return {
    accuracy: (tp + tn) / n,
    balanced_accuracy: (recall + specificity) / 2,
    precision: ratio(tp, tp + fp),
    recall,
    f1: ratio(tp, tp + 0.5 * (fp + fn)),
    specificity,
    roc_auc: rocAuc,
  };
}

/** the expected confusion matrix of decisions `pred` under probabilities p (NannyML's sums) */
export function expectedConfusion(
  p: Float64Array,
  pred: Uint8Array,
): { tp: number; fp: number; fn: number; tn: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (let i = 0; i < p.length; i++) {
    if (pred[i] === 1) {
      tp += p[i]!;
      fp += 1 - p[i]!;
    } else {
      fn += p[i]!;
      tn += 1 - p[i]!;
    }
  }
  return { tp, fp, fn, tn };
}
