/**
 * METRICS: every performance metric of DESIGN §3 as literal data — id, task, direction, range, what it
 * needs, the formula over its family's sufficient statistics, and the scikit-learn call it is checked
 * against (scripts/ref_sklearn.py → test/vectors/metrics.json, relative 1e-9).
 *
 * `compute` returns NaN when the metric is undefined on that sample (one class only, no score column, …);
 * `undefinedReason` says why, and `note` says when a zero division was resolved to 0 (scikit-learn's
 * default). NaN never leaves src/metrics: the evaluator turns it into `value: null` with the reason.
 */
import type { Task } from '../contract/kinds.js';
import type { BinaryStats } from './binary.js';
import type { MulticlassStats } from './multiclass.js';
import type { RegressionStats } from './regression.js';
import { binaryConfusion as bc, matrixConfusion as mc } from './confusion.js';
import { r2FromStats } from './regression.js';
import { ECE_BINS } from './probabilistic.js';

export interface StatsByTask {
  binary: BinaryStats;
  multiclass: MulticlassStats;
  regression: RegressionStats;
}

export interface MetricDef<T extends Task = Task> {
  readonly id: string;
  readonly task: T;
  readonly higherIsBetter: boolean;
  /** the values the metric can take ([lo, hi], ±Infinity when unbounded) */
  readonly range: readonly [number, number];
  /** 'labels': predicted labels suffice; 'scores': needs the score column (binary) or class probabilities */
  readonly needs: 'labels' | 'scores';
  readonly compute: (s: StatsByTask[T]) => number;
  /** why the metric is undefined on these statistics, or null when it is defined */
  readonly undefinedReason?: (s: StatsByTask[T]) => string | null;
  /** a zero division resolved to 0 (scikit-learn's default), or null */
  readonly note?: (s: StatsByTask[T]) => string | null;
  /** the reference implementation (scikit-learn 1.2 unless stated) */
  readonly oracle: string;
}

const ONE_CLASS = 'only one class in the target';
const NO_SCORE = 'needs a score column';
const NO_PROBA = 'needs class probability columns (columns.scores or columns.scores_prefix)';
const ZERO = 'set to 0 as scikit-learn does';

const binaryOneClass = (s: BinaryStats): string | null =>
  !s.hasScore ? NO_SCORE : s.tp + s.fn === 0 || s.tn + s.fp === 0 ? ONE_CLASS : null;
const binaryNoScore = (s: BinaryStats): string | null => (s.hasScore ? null : NO_SCORE);
const noPredictedPositives = (s: BinaryStats): string | null =>
  s.tp + s.fp === 0 ? `no predicted positives; ${ZERO}` : null;
const noPositives = (s: BinaryStats): string | null =>
  s.tp + s.fn === 0 ? `no positive labels; ${ZERO}` : null;

function binaryMetric(def: Omit<MetricDef<'binary'>, 'task'>): MetricDef<'binary'> {
  return { task: 'binary', ...def };
}
function multiclassMetric(def: Omit<MetricDef<'multiclass'>, 'task'>): MetricDef<'multiclass'> {
  return { task: 'multiclass', ...def };
}
function regressionMetric(def: Omit<MetricDef<'regression'>, 'task'>): MetricDef<'regression'> {
  return { task: 'regression', ...def };
}

const UNIT: readonly [number, number] = [0, 1];
const SIGNED_UNIT: readonly [number, number] = [-1, 1];
const NON_NEGATIVE: readonly [number, number] = [0, Infinity];

export const BINARY_METRICS: readonly MetricDef<'binary'>[] = [
  binaryMetric({
    id: 'accuracy',
    higherIsBetter: true,
    range: UNIT,
    needs: 'labels',
    compute: bc.accuracy,
    oracle: 'sklearn.metrics.accuracy_score(y, pred)',
  }),
  binaryMetric({
    id: 'balanced_accuracy',
    higherIsBetter: true,
    range: UNIT,
    needs: 'labels',
    compute: bc.balancedAccuracy,
    oracle: 'sklearn.metrics.balanced_accuracy_score(y, pred)',
  }),
  binaryMetric({
    id: 'precision',
    higherIsBetter: true,
    range: UNIT,
    needs: 'labels',
    compute: bc.precision,
    note: noPredictedPositives,
    oracle: 'sklearn.metrics.precision_score(y, pred, pos_label=1)',
  }),
  binaryMetric({
    id: 'recall',
    higherIsBetter: true,
    range: UNIT,
    needs: 'labels',
    compute: bc.recall,
    note: noPositives,
    oracle: 'sklearn.metrics.recall_score(y, pred, pos_label=1)',
  }),
  binaryMetric({
    id: 'f1',
    higherIsBetter: true,
    range: UNIT,
    needs: 'labels',
    compute: bc.f1,
    note: (s) => (bc.precision(s) + bc.recall(s) === 0 ? `precision and recall are 0; ${ZERO}` : null),
    oracle: 'sklearn.metrics.f1_score(y, pred, pos_label=1)',
  }),
  binaryMetric({
    id: 'specificity',
    higherIsBetter: true,
    range: UNIT,
    needs: 'labels',
    compute: bc.specificity,
    note: (s) => (s.tn + s.fp === 0 ? `no negative labels; ${ZERO}` : null),
    oracle: 'sklearn.metrics.recall_score(y, pred, pos_label=0)',
  }),
  binaryMetric({
    id: 'mcc',
    higherIsBetter: true,
    range: SIGNED_UNIT,
    needs: 'labels',
    compute: bc.mcc,
    note: (s) =>
      s.tp + s.fn === 0 || s.tn + s.fp === 0 || s.tp + s.fp === 0 || s.tn + s.fn === 0
        ? `target or prediction is constant; ${ZERO}`
        : null,
    oracle: 'sklearn.metrics.matthews_corrcoef(y, pred)',
  }),
  binaryMetric({
    id: 'cohen_kappa',
    higherIsBetter: true,
    range: SIGNED_UNIT,
    needs: 'labels',
    compute: bc.kappa,
    undefinedReason: (s) =>
      (s.tp + s.fn === 0 && s.tp + s.fp === 0) || (s.tn + s.fp === 0 && s.tn + s.fn === 0)
        ? 'target and prediction are the same single class (no expected disagreement)'
        : null,
    oracle: 'sklearn.metrics.cohen_kappa_score(y, pred)',
  }),
  binaryMetric({
    id: 'roc_auc',
    higherIsBetter: true,
    range: UNIT,
    needs: 'scores',
    compute: (s) => s.area / ((s.tp + s.fn) * (s.tn + s.fp)),
    undefinedReason: binaryOneClass,
    oracle: 'sklearn.metrics.roc_auc_score(y, score)',
  }),
  binaryMetric({
    id: 'pr_auc',
    higherIsBetter: true,
    range: UNIT,
    needs: 'scores',
    compute: (s) => s.apSum / (s.tp + s.fn),
    undefinedReason: binaryOneClass,
    oracle: 'sklearn.metrics.average_precision_score(y, score)',
  }),
  binaryMetric({
    id: 'log_loss',
    higherIsBetter: false,
    range: NON_NEGATIVE,
    needs: 'scores',
    compute: (s) => s.logLossSum / s.n,
    undefinedReason: binaryNoScore,
    oracle: 'sklearn.metrics.log_loss(y, score, eps=1e-15, labels=[0, 1])',
  }),
  binaryMetric({
    id: 'brier',
    higherIsBetter: false,
    range: UNIT,
    needs: 'scores',
    compute: (s) => s.brierSum / s.n,
    undefinedReason: binaryNoScore,
    oracle: 'sklearn.metrics.brier_score_loss(y, score)',
  }),
  binaryMetric({
    id: 'ece',
    higherIsBetter: false,
    range: UNIT,
    needs: 'scores',
    compute: (s) => s.eceSum / s.n,
    undefinedReason: binaryNoScore,
    oracle: `numpy: ${ECE_BINS} equal-width bins, bin = min(floor(${ECE_BINS}·score), ${ECE_BINS - 1}); Σ n_b/n·|mean(y_b) − mean(score_b)|`,
  }),
  binaryMetric({
    id: 'positive_rate',
    // neither direction is better; "higher" is recorded only so max_regression has a sign convention
    higherIsBetter: true,
    range: UNIT,
    needs: 'labels',
    compute: bc.positiveRate,
    oracle: 'numpy.mean(pred == 1)',
  }),
];

const noProba = (s: MulticlassStats): string | null => (s.hasProba ? null : NO_PROBA);
function ovrUndefined(s: MulticlassStats): string | null {
  if (!s.hasProba) return NO_PROBA;
  const absent = s.ovr.findIndex((r) => r.pos === 0);
  if (absent >= 0) return `class '${s.classes[absent] ?? absent}' never occurs in the target`;
  return s.ovr.some((r) => r.neg === 0) ? ONE_CLASS : null;
}
function ovrAuc(s: MulticlassStats, average: 'macro' | 'weighted'): number {
  let sum = 0;
  let weight = 0;
  for (const r of s.ovr) {
    const w = average === 'macro' ? 1 : r.pos;
    sum += (w * r.area) / (r.pos * r.neg);
    weight += w;
  }
  return sum / weight;
}
const classWithoutPredictions = (s: MulticlassStats): string | null => {
  const g = s.margins;
  for (let i = 0; i < g.diag.length; i++) {
    if (g.trueSum[i]! > 0 && g.predSum[i] === 0)
      return `a class is never predicted; its precision is ${ZERO}`;
  }
  return null;
};

export const MULTICLASS_METRICS: readonly MetricDef<'multiclass'>[] = [
  multiclassMetric({
    id: 'accuracy',
    higherIsBetter: true,
    range: UNIT,
    needs: 'labels',
    compute: (s) => mc.accuracy(s.margins),
    oracle: 'sklearn.metrics.accuracy_score(y, pred)',
  }),
  multiclassMetric({
    id: 'balanced_accuracy',
    higherIsBetter: true,
    range: UNIT,
    needs: 'labels',
    compute: (s) => mc.balancedAccuracy(s.margins),
    oracle: 'sklearn.metrics.balanced_accuracy_score(y, pred)',
  }),
  ...(['precision', 'recall', 'f1'] as const).flatMap((what) =>
    (['macro', 'weighted'] as const).map((average) =>
      multiclassMetric({
        id: `${what}_${average}`,
        higherIsBetter: true,
        range: UNIT,
        needs: 'labels',
        compute: (s) => mc.averaged(s.margins, what, average),
        ...(what === 'recall' ? {} : { note: classWithoutPredictions }),
        oracle: `sklearn.metrics.${what === 'f1' ? 'f1' : what}_score(y, pred, average='${average}')`,
      }),
    ),
  ),
  multiclassMetric({
    id: 'mcc',
    higherIsBetter: true,
    range: SIGNED_UNIT,
    needs: 'labels',
    compute: (s) => mc.mcc(s.margins),
    oracle: 'sklearn.metrics.matthews_corrcoef(y, pred)',
  }),
  multiclassMetric({
    id: 'cohen_kappa',
    higherIsBetter: true,
    range: SIGNED_UNIT,
    needs: 'labels',
    compute: (s) => mc.kappa(s.margins),
    undefinedReason: (s) => {
      const g = s.margins;
      for (let i = 0; i < g.diag.length; i++) {
        if (g.trueSum[i] === g.n && g.predSum[i] === g.n) {
          return 'target and prediction are the same single class (no expected disagreement)';
        }
      }
      return null;
    },
    oracle: 'sklearn.metrics.cohen_kappa_score(y, pred)',
  }),
  multiclassMetric({
    id: 'log_loss',
    higherIsBetter: false,
    range: NON_NEGATIVE,
    needs: 'scores',
    compute: (s) => s.logLossSum / s.n,
    undefinedReason: noProba,
    oracle: 'sklearn.metrics.log_loss(y, P, eps=1e-15, labels=classes)',
  }),
  multiclassMetric({
    id: 'roc_auc_ovr_macro',
    higherIsBetter: true,
    range: UNIT,
    needs: 'scores',
    compute: (s) => ovrAuc(s, 'macro'),
    undefinedReason: ovrUndefined,
    oracle: "sklearn.metrics.roc_auc_score(y, P, multi_class='ovr', average='macro', labels=classes)",
  }),
  multiclassMetric({
    id: 'roc_auc_ovr_weighted',
    higherIsBetter: true,
    range: UNIT,
    needs: 'scores',
    compute: (s) => ovrAuc(s, 'weighted'),
    undefinedReason: ovrUndefined,
    oracle: "sklearn.metrics.roc_auc_score(y, P, multi_class='ovr', average='weighted', labels=classes)",
  }),
];

export const REGRESSION_METRICS: readonly MetricDef<'regression'>[] = [
  regressionMetric({
    id: 'mae',
    higherIsBetter: false,
    range: NON_NEGATIVE,
    needs: 'labels',
    compute: (s) => s.sumAbs / s.n,
    oracle: 'sklearn.metrics.mean_absolute_error(y, pred)',
  }),
  regressionMetric({
    id: 'mse',
    higherIsBetter: false,
    range: NON_NEGATIVE,
    needs: 'labels',
    compute: (s) => s.sumSq / s.n,
    oracle: 'sklearn.metrics.mean_squared_error(y, pred)',
  }),
  regressionMetric({
    id: 'rmse',
    higherIsBetter: false,
    range: NON_NEGATIVE,
    needs: 'labels',
    compute: (s) => Math.sqrt(s.sumSq / s.n),
    oracle: 'sklearn.metrics.mean_squared_error(y, pred, squared=False)',
  }),
  regressionMetric({
    id: 'r2',
    higherIsBetter: true,
    range: [-Infinity, 1],
    needs: 'labels',
    compute: r2FromStats,
    undefinedReason: (s) => (s.n < 2 ? 'needs at least 2 rows (scikit-learn returns NaN)' : null),
    note: (s) =>
      s.ssTot === 0
        ? `the target is constant; r2 set to ${s.sumSq === 0 ? 1 : 0} as scikit-learn does`
        : null,
    oracle: 'sklearn.metrics.r2_score(y, pred)',
  }),
  regressionMetric({
    id: 'mape',
    higherIsBetter: false,
    range: NON_NEGATIVE,
    needs: 'labels',
    compute: (s) => s.sumApe / s.n,
    oracle: 'sklearn.metrics.mean_absolute_percentage_error(y, pred)',
  }),
  regressionMetric({
    id: 'median_ae',
    higherIsBetter: false,
    range: NON_NEGATIVE,
    needs: 'labels',
    compute: (s) => s.medianAbs,
    oracle: 'sklearn.metrics.median_absolute_error(y, pred)',
  }),
  regressionMetric({
    id: 'max_error',
    higherIsBetter: false,
    range: NON_NEGATIVE,
    needs: 'labels',
    compute: (s) => s.maxAbs,
    oracle: 'sklearn.metrics.max_error(y, pred)',
  }),
  regressionMetric({
    id: 'mean_error',
    // bias: 0 is best; "higher is better" is false so a growing positive bias counts as a worsening
    higherIsBetter: false,
    range: [-Infinity, Infinity],
    needs: 'labels',
    compute: (s) => s.sumErr / s.n,
    oracle: 'numpy.mean(pred - y)',
  }),
];

/** the registry: task → its metrics, in report order */
export const METRICS: {
  readonly binary: readonly MetricDef<'binary'>[];
  readonly multiclass: readonly MetricDef<'multiclass'>[];
  readonly regression: readonly MetricDef<'regression'>[];
} = { binary: BINARY_METRICS, multiclass: MULTICLASS_METRICS, regression: REGRESSION_METRICS };

export function metricIds(task: Task): string[] {
  return METRICS[task].map((m) => m.id);
}

/** the metric `id` of `task`, or undefined */
export function findMetric(task: Task, id: string): MetricDef | undefined {
  return (METRICS[task] as readonly MetricDef[]).find((m) => m.id === id);
}
