/**
 * Data table (one entry per metric, no logic). The performance metrics of DESIGN §3 as plain data (STYLE
 * habit 3), per task in report order: the one place their facts are written. Config ids (src/config), the
 * rules' direction (src/gate/rules), the renderers and the compute tables (src/metrics/registry.ts, which
 * the compiler holds to one compute per id) all derive from it.
 *
 * - `higherIsBetter`: the direction a regression is measured in
 * - `range`: the values the metric can take ([lo, hi], ±Infinity when unbounded)
 * - `needs`: 'labels' = predicted labels suffice; 'scores' = needs the score column or class probabilities
 * - `oracle`: the reference implementation it is checked against (scikit-learn 1.2 unless stated;
 *   scripts/ref_sklearn.py → test/vectors/metrics.json, relative 1e-9)
 */
import type { Task } from '../contract/kinds.js';

export interface MetricFacts {
  readonly id: string;
  readonly higherIsBetter: boolean;
  readonly range: readonly [number, number];
  readonly needs: 'labels' | 'scores';
  readonly oracle: string;
}

const UNIT = [0, 1] as const;
const SIGNED_UNIT = [-1, 1] as const;
const NON_NEGATIVE = [0, Infinity] as const;

export const METRIC_CATALOG = {
  binary: [
    {
      id: 'accuracy',
      higherIsBetter: true,
      range: UNIT,
      needs: 'labels',
      oracle: 'sklearn.metrics.accuracy_score(y, pred)',
    },
    {
      id: 'balanced_accuracy',
      higherIsBetter: true,
      range: UNIT,
      needs: 'labels',
      oracle: 'sklearn.metrics.balanced_accuracy_score(y, pred)',
    },
    {
      id: 'precision',
      higherIsBetter: true,
      range: UNIT,
      needs: 'labels',
      oracle: 'sklearn.metrics.precision_score(y, pred, pos_label=1)',
    },
    {
      id: 'recall',
      higherIsBetter: true,
      range: UNIT,
      needs: 'labels',
      oracle: 'sklearn.metrics.recall_score(y, pred, pos_label=1)',
    },
    {
      id: 'f1',
      higherIsBetter: true,
      range: UNIT,
      needs: 'labels',
      oracle: 'sklearn.metrics.f1_score(y, pred, pos_label=1)',
    },
    {
      id: 'specificity',
      higherIsBetter: true,
      range: UNIT,
      needs: 'labels',
      oracle: 'sklearn.metrics.recall_score(y, pred, pos_label=0)',
    },
    {
      id: 'mcc',
      higherIsBetter: true,
      range: SIGNED_UNIT,
      needs: 'labels',
      oracle: 'sklearn.metrics.matthews_corrcoef(y, pred)',
    },
    {
      id: 'cohen_kappa',
      higherIsBetter: true,
      range: SIGNED_UNIT,
      needs: 'labels',
      oracle: 'sklearn.metrics.cohen_kappa_score(y, pred)',
    },
    {
      id: 'roc_auc',
      higherIsBetter: true,
      range: UNIT,
      needs: 'scores',
      oracle: 'sklearn.metrics.roc_auc_score(y, score)',
    },
    {
      id: 'pr_auc',
      higherIsBetter: true,
      range: UNIT,
      needs: 'scores',
      oracle: 'sklearn.metrics.average_precision_score(y, score)',
    },
    {
      id: 'log_loss',
      higherIsBetter: false,
      range: NON_NEGATIVE,
      needs: 'scores',
      oracle: 'sklearn.metrics.log_loss(y, score, eps=1e-15, labels=[0, 1])',
    },
    {
      id: 'brier',
      higherIsBetter: false,
      range: UNIT,
      needs: 'scores',
      oracle: 'sklearn.metrics.brier_score_loss(y, score)',
    },
    // the bin count is metrics/probabilistic.ts ECE_BINS (test/metrics/registry.test.ts holds them equal)
    {
      id: 'ece',
      higherIsBetter: false,
      range: UNIT,
      needs: 'scores',
      oracle:
        'numpy: 10 equal-width bins, bin = min(floor(10·score), 9); Σ n_b/n·|mean(y_b) − mean(score_b)|',
    },
    // neither direction is better; "higher" is recorded only so max_regression has a sign convention
    {
      id: 'positive_rate',
      higherIsBetter: true,
      range: UNIT,
      needs: 'labels',
      oracle: 'numpy.mean(pred == 1)',
    },
  ],
  multiclass: [
    {
      id: 'accuracy',
      higherIsBetter: true,
      range: UNIT,
      needs: 'labels',
      oracle: 'sklearn.metrics.accuracy_score(y, pred)',
    },
    {
      id: 'balanced_accuracy',
      higherIsBetter: true,
      range: UNIT,
      needs: 'labels',
      oracle: 'sklearn.metrics.balanced_accuracy_score(y, pred)',
    },
    {
      id: 'precision_macro',
      higherIsBetter: true,
      range: UNIT,
      needs: 'labels',
      oracle: "sklearn.metrics.precision_score(y, pred, average='macro')",
    },
    {
      id: 'precision_weighted',
      higherIsBetter: true,
      range: UNIT,
      needs: 'labels',
      oracle: "sklearn.metrics.precision_score(y, pred, average='weighted')",
    },
    {
      id: 'recall_macro',
      higherIsBetter: true,
      range: UNIT,
      needs: 'labels',
      oracle: "sklearn.metrics.recall_score(y, pred, average='macro')",
    },
    {
      id: 'recall_weighted',
      higherIsBetter: true,
      range: UNIT,
      needs: 'labels',
      oracle: "sklearn.metrics.recall_score(y, pred, average='weighted')",
    },
    {
      id: 'f1_macro',
      higherIsBetter: true,
      range: UNIT,
      needs: 'labels',
      oracle: "sklearn.metrics.f1_score(y, pred, average='macro')",
    },
    {
      id: 'f1_weighted',
      higherIsBetter: true,
      range: UNIT,
      needs: 'labels',
      oracle: "sklearn.metrics.f1_score(y, pred, average='weighted')",
    },
    {
      id: 'mcc',
      higherIsBetter: true,
      range: SIGNED_UNIT,
      needs: 'labels',
      oracle: 'sklearn.metrics.matthews_corrcoef(y, pred)',
    },
    {
      id: 'cohen_kappa',
      higherIsBetter: true,
      range: SIGNED_UNIT,
      needs: 'labels',
      oracle: 'sklearn.metrics.cohen_kappa_score(y, pred)',
    },
    {
      id: 'log_loss',
      higherIsBetter: false,
      range: NON_NEGATIVE,
      needs: 'scores',
      oracle: 'sklearn.metrics.log_loss(y, P, eps=1e-15, labels=classes)',
    },
    {
      id: 'roc_auc_ovr_macro',
      higherIsBetter: true,
      range: UNIT,
      needs: 'scores',
      oracle: "sklearn.metrics.roc_auc_score(y, P, multi_class='ovr', average='macro', labels=classes)",
    },
    {
      id: 'roc_auc_ovr_weighted',
      higherIsBetter: true,
      range: UNIT,
      needs: 'scores',
      oracle: "sklearn.metrics.roc_auc_score(y, P, multi_class='ovr', average='weighted', labels=classes)",
    },
  ],
  regression: [
    {
      id: 'mae',
      higherIsBetter: false,
      range: NON_NEGATIVE,
      needs: 'labels',
      oracle: 'sklearn.metrics.mean_absolute_error(y, pred)',
    },
    {
      id: 'mse',
      higherIsBetter: false,
      range: NON_NEGATIVE,
      needs: 'labels',
      oracle: 'sklearn.metrics.mean_squared_error(y, pred)',
    },
    {
      id: 'rmse',
      higherIsBetter: false,
      range: NON_NEGATIVE,
      needs: 'labels',
      oracle: 'sklearn.metrics.mean_squared_error(y, pred, squared=False)',
    },
    {
      id: 'r2',
      higherIsBetter: true,
      range: [-Infinity, 1],
      needs: 'labels',
      oracle: 'sklearn.metrics.r2_score(y, pred)',
    },
    {
      id: 'mape',
      higherIsBetter: false,
      range: NON_NEGATIVE,
      needs: 'labels',
      oracle: 'sklearn.metrics.mean_absolute_percentage_error(y, pred)',
    },
    {
      id: 'median_ae',
      higherIsBetter: false,
      range: NON_NEGATIVE,
      needs: 'labels',
      oracle: 'sklearn.metrics.median_absolute_error(y, pred)',
    },
    {
      id: 'max_error',
      higherIsBetter: false,
      range: NON_NEGATIVE,
      needs: 'labels',
      oracle: 'sklearn.metrics.max_error(y, pred)',
    },
    // bias: 0 is best; "higher is better" is false so a growing positive bias counts as a worsening
    {
      id: 'mean_error',
      higherIsBetter: false,
      range: [-Infinity, Infinity],
      needs: 'labels',
      oracle: 'numpy.mean(pred - y)',
    },
  ],
} as const satisfies Record<Task, readonly MetricFacts[]>;

/** the metric ids of a task, as a type: what the compute tables must cover */
export type MetricId<T extends Task> = (typeof METRIC_CATALOG)[T][number]['id'];

/** metric ids per task, in report order */
export const METRIC_IDS: { readonly [T in Task]: readonly MetricId<T>[] } = {
  binary: METRIC_CATALOG.binary.map((m) => m.id),
  multiclass: METRIC_CATALOG.multiclass.map((m) => m.id),
  regression: METRIC_CATALOG.regression.map((m) => m.id),
};

/** the facts of metric `id` of `task`, or undefined */
export function metricFacts(task: Task, id: string): MetricFacts | undefined {
  return (METRIC_CATALOG[task] as readonly MetricFacts[]).find((m) => m.id === id);
}
