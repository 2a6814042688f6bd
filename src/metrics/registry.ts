/**
 * METRICS: every performance metric of DESIGN §3 — its facts from the catalog (src/catalog/metrics.ts: id,
 * direction, range, needs, oracle) joined with the formula over its family's sufficient statistics, written
 * here once per catalog id (the ComputeTable type makes the compiler demand each one).
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
import { METRIC_CATALOG, type MetricFacts, type MetricId } from '../catalog/metrics.js';

export interface StatsByTask {
  binary: BinaryStats;
  multiclass: MulticlassStats;
  regression: RegressionStats;
}

/** a metric: its catalog facts (id, direction, range, needs, oracle), its task and its compute */
export interface MetricDef<T extends Task = Task> extends MetricFacts {
  readonly task: T;
  readonly compute: (s: StatsByTask[T]) => number;
  /** why the metric is undefined on these statistics, or null when it is defined */
  readonly undefinedReason?: (s: StatsByTask[T]) => string | null;
  /** a zero division resolved to 0 (scikit-learn's default), or null */
  readonly note?: (s: StatsByTask[T]) => string | null;
  /** why the metric gets no interval at all (its value is still reported) */
  readonly noInterval?: string;
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

const BINARY_COMPUTE: ComputeTable<'binary'> = {
  accuracy: {
    compute: bc.accuracy,
  },
  balanced_accuracy: {
    compute: bc.balancedAccuracy,
  },
  precision: {
    compute: bc.precision,
    note: noPredictedPositives,
  },
  recall: {
    compute: bc.recall,
    note: noPositives,
  },
  f1: {
    compute: bc.f1,
    note: (s) => (bc.precision(s) + bc.recall(s) === 0 ? `precision and recall are 0; ${ZERO}` : null),
  },
  specificity: {
    compute: bc.specificity,
    note: (s) => (s.tn + s.fp === 0 ? `no negative labels; ${ZERO}` : null),
  },
  mcc: {
    compute: bc.mcc,
    note: (s) =>
      s.tp + s.fn === 0 || s.tn + s.fp === 0 || s.tp + s.fp === 0 || s.tn + s.fn === 0
        ? `target or prediction is constant; ${ZERO}`
        : null,
  },
  cohen_kappa: {
    compute: bc.kappa,
    undefinedReason: (s) =>
      (s.tp + s.fn === 0 && s.tp + s.fp === 0) || (s.tn + s.fp === 0 && s.tn + s.fn === 0)
        ? 'target and prediction are the same single class (no expected disagreement)'
        : null,
  },
  roc_auc: {
    compute: (s) => s.area / ((s.tp + s.fn) * (s.tn + s.fp)),
    undefinedReason: binaryOneClass,
  },
  pr_auc: {
    compute: (s) => s.apSum / (s.tp + s.fn),
    undefinedReason: binaryOneClass,
  },
  log_loss: {
    compute: (s) => s.logLossSum / s.n,
    undefinedReason: binaryNoScore,
  },
  brier: {
    compute: (s) => s.brierSum / s.n,
    undefinedReason: binaryNoScore,
  },
  ece: {
    compute: (s) => s.eceSum / s.n,
    undefinedReason: binaryNoScore,
  },
  positive_rate: {
    compute: bc.positiveRate,
  },
};

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

const MULTICLASS_COMPUTE: ComputeTable<'multiclass'> = {
  accuracy: {
    compute: (s) => mc.accuracy(s.margins),
  },
  balanced_accuracy: {
    compute: (s) => mc.balancedAccuracy(s.margins),
  },
  precision_macro: {
    compute: (s) => mc.averaged(s.margins, 'precision', 'macro'),
    note: classWithoutPredictions,
  },
  precision_weighted: {
    compute: (s) => mc.averaged(s.margins, 'precision', 'weighted'),
    note: classWithoutPredictions,
  },
  recall_macro: {
    compute: (s) => mc.averaged(s.margins, 'recall', 'macro'),
  },
  recall_weighted: {
    compute: (s) => mc.averaged(s.margins, 'recall', 'weighted'),
  },
  f1_macro: {
    compute: (s) => mc.averaged(s.margins, 'f1', 'macro'),
    note: classWithoutPredictions,
  },
  f1_weighted: {
    compute: (s) => mc.averaged(s.margins, 'f1', 'weighted'),
    note: classWithoutPredictions,
  },
  mcc: {
    compute: (s) => mc.mcc(s.margins),
  },
  cohen_kappa: {
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
  },
  log_loss: {
    compute: (s) => s.logLossSum / s.n,
    undefinedReason: noProba,
  },
  roc_auc_ovr_macro: {
    compute: (s) => ovrAuc(s, 'macro'),
    undefinedReason: ovrUndefined,
  },
  roc_auc_ovr_weighted: {
    compute: (s) => ovrAuc(s, 'weighted'),
    undefinedReason: ovrUndefined,
  },
};

const REGRESSION_COMPUTE: ComputeTable<'regression'> = {
  mae: {
    compute: (s) => s.sumAbs / s.n,
  },
  mse: {
    compute: (s) => s.sumSq / s.n,
  },
  rmse: {
    compute: (s) => Math.sqrt(s.sumSq / s.n),
  },
  r2: {
    compute: r2FromStats,
    undefinedReason: (s) => (s.n < 2 ? 'needs at least 2 rows (scikit-learn returns NaN)' : null),
    note: (s) =>
      s.ssTot === 0
        ? `the target is constant; r2 set to ${s.sumSq === 0 ? 1 : 0} as scikit-learn does`
        : null,
  },
  mape: {
    compute: (s) => s.sumApe / s.n,
  },
  median_ae: {
    compute: (s) => s.medianAbs,
  },
  max_error: {
    compute: (s) => s.maxAbs,
    noInterval:
      'no interval: the maximum is an extreme order statistic, which no bootstrap estimates consistently',
  },
  mean_error: {
    compute: (s) => s.sumErr / s.n,
  },
};

/** how a metric is computed from its family's sufficient statistics (the catalog holds its other facts) */
type Compute<T extends Task> = Pick<MetricDef<T>, 'compute' | 'undefinedReason' | 'note' | 'noInterval'>;
/** one compute per catalog id of the task: the compiler rejects a missing or unknown id */
type ComputeTable<T extends Task> = { readonly [K in MetricId<T>]: Compute<T> };

function join<T extends Task>(task: T, table: ComputeTable<T>): readonly MetricDef<T>[] {
  const facts = METRIC_CATALOG[task] as readonly MetricFacts[];
  return facts.map((f) => ({ ...f, task, ...table[f.id as MetricId<T>] }));
}

export const BINARY_METRICS = join('binary', BINARY_COMPUTE);
export const MULTICLASS_METRICS = join('multiclass', MULTICLASS_COMPUTE);
export const REGRESSION_METRICS = join('regression', REGRESSION_COMPUTE);

/** the registry: task → its metrics, in report (catalog) order */
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
