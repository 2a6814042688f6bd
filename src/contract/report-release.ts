/**
 * report.json's sections of issues 11 and 12 (schemaVersion 1, additive keys), beside ./report.ts which
 * re-exports them: estimated performance (CBPE), multivariate drift, serving SLOs, the shadow comparison,
 * the baseline run and the trend history.
 */
import type { Estimate, Histogram, ModelMetrics } from './report-base.js';

/**
 * CBPE (src/metrics/cbpe.ts, NannyML's confidence-based performance estimation): the holdout's isotonic
 * calibration, the estimates on every current row with their sampling-error intervals, the holdout's
 * values they are compared with, and — where late labels arrived — the estimate and the realised value on
 * those same rows side by side.
 */
export interface EstimatedSection {
  method: 'cbpe';
  calibration: {
    method: 'isotonic';
    holdoutRows: number;
    positives: number;
    negatives: number;
    /** the rarer class has fewer than production.min_class_rows holdout rows: the estimates warn only */
    thin: boolean;
  };
  rows: number;
  metrics: Record<string, Estimate>;
  /** NannyML's sampling error of each estimate (label noise only; NannyML draws ±3 of it) */
  samplingError: Record<string, number | null>;
  /** the holdout's value of each estimated metric (the max_regression rules' reference) */
  holdout: Record<string, number | null>;
  labelled: { rows: number; estimated: Record<string, Estimate>; realised: Record<string, Estimate> } | null;
  notes: string[];
}

/**
 * Multivariate drift (issue 11, drift.multivariate) over the tested features together: a cross-fitted
 * domain classifier and Gaussian-kernel MMD, each on a seeded subsample whose size is given.
 */
export interface MultivariateDrift {
  method: 'both' | 'classifier' | 'mmd';
  /** the features encoded, and the columns they became */
  features: string[];
  columns: number;
  drifted: boolean;
  alpha: number;
  classifier: {
    rows: { reference: number; current: number };
    folds: number;
    auc: Estimate;
    pValue: number;
    minAuc: number;
    /** the features that separate reference from current the most: share of the weights' size */
    top: { feature: string; share: number }[];
  } | null;
  mmd: {
    rows: { reference: number; current: number };
    sigma: number;
    mmd2: number;
    pValue: number;
    permutations: number;
    /** MMD²'s standard deviation under the permutation null: its noise at this subsample size */
    nullSd: number;
  } | null;
  /** why it could not run (no shared features, too few rows) */
  skipped?: string;
  notes: string[];
}

/**
 * Serving SLOs (issue 12) from the serving input (or current): latency quantiles with order-statistic
 * intervals, the share over a latency and the error rate with Wilson intervals, throughput with Garwood's.
 * Latency values are in the column's `unit`.
 */
export interface ServingSection {
  /** the input the columns came from */
  source: 'serving' | 'current';
  latency: {
    column: string;
    unit: 'ms' | 's';
    rows: number;
    quantiles: { p50: Estimate; p95: Estimate; p99: Estimate };
    mean: number;
    max: number;
    /** the share of requests slower than `value` (max_share_over), or null */
    over: { value: number; share: Estimate } | null;
    histogram: Histogram;
  } | null;
  errors: { column: string; rows: number; errors: number; rate: Estimate } | null;
  throughput: { column: string; rows: number; spanSeconds: number; perSecond: Estimate } | null;
  confidence: number;
}

/**
 * Shadow champion/challenger on current (issue 12): both models on the same production requests. On every
 * row: how often they decide alike, and (binary, both scored) how many decisions would change at the
 * decision threshold; the mean score (binary) or prediction (regression) shift. On the rows with late
 * labels: both models' metrics and the paired differences (candidate − champion), as the holdout's.
 */
export interface ShadowSection {
  rows: number;
  labelledRows: number;
  /** share of rows where both models decide alike, Wilson interval; null for regression */
  agreement: Estimate | null;
  /** binary with both scores: share of rows whose decision changes at the threshold, and the two directions */
  flips: { share: Estimate; toPositive: number; toNegative: number; threshold: number } | null;
  /** mean of candidate − champion (scores for binary, predictions for regression), normal interval */
  shift: Estimate | null;
  /** regression: mean |candidate − champion| */
  meanAbsDifference: number | null;
  candidate: ModelMetrics | null;
  champion: ModelMetrics | null;
  deltas: Record<string, Estimate> | null;
  notes: string[];
}

/** the last green run the baseline came from (action input baseline-from, issue 12) */
export interface BaselineRun {
  runId: number;
  url: string;
  branch: string;
  sha: string | null;
  createdAt: string | null;
  artifact: string;
  /** true when that run stored its holdout predictions and they were paired with this holdout */
  predictions: boolean;
}

/** one earlier green run's gated metrics (the trend in the HTML report) */
export interface HistoryPoint {
  runId: number | null;
  url: string | null;
  sha: string | null;
  createdAt: string;
  metrics: Record<string, number | null>;
}
