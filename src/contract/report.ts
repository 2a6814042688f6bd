/**
 * report.json, schemaVersion 1 (DESIGN §7). The public interface every rendering reads. Keys are stable;
 * new keys may be added. Numbers are unrounded. `null` marks a value that is undefined (never NaN: JSON has
 * no NaN), and a reason is carried beside it where one exists.
 */
import type { Severity, Task, InputRole } from './kinds.js';
import type { ColumnKind, FileFormat } from './kinds.js';
import type { DriftStats } from '../catalog/drift-tests.js';

export type Verdict = 'pass' | 'warn' | 'fail';
export type CheckStatus = 'pass' | 'warn' | 'fail' | 'skip';
export type CheckGroup =
  | 'performance'
  | 'segments'
  | 'drift'
  | 'prediction_drift'
  | 'quality'
  | 'inputs'
  | 'serving'
  | 'shadow'
  | 'baseline'
  | 'production';

export interface Check {
  /** stable, unique within a report, e.g. "performance.roc_auc.max_regression", "drift.amount", "quality.missing.amount" */
  id: string;
  group: CheckGroup;
  /** what the check is about: a metric id, a feature name, "dataset" */
  subject: string;
  status: CheckStatus;
  severity: Severity;
  value: number | null;
  threshold: number | null;
  /** one plain sentence, e.g. "roc_auc fell 0.012 (95% CI −0.020 to −0.004) vs baseline; allowed 0.010" */
  message: string;
}

export interface InputSummary {
  path: string;
  format: FileFormat;
  rows: number;
  columns: string[];
}

/**
 * How an interval was computed (src/metrics/intervals.ts): `bootstrap` = paired percentile bootstrap,
 * `delong` = DeLong's variance (ROC AUC), `delta` = the delta method (confusion-matrix metrics, RMSE),
 * `clt` = the normal interval of a mean of per-row terms (losses), `blb` = the bag of little bootstraps;
 * the serving checks (issue 12): `order_statistic` = the distribution-free interval of a quantile,
 * `wilson` = Wilson's score interval of a rate, `garwood` = the exact Poisson interval of a throughput;
 * CBPE (issue 11): `cbpe_sampling_error` = estimate ± z · NannyML's sampling error (label noise only),
 * `cbpe_bootstrap` = estimate ± z · a bootstrap error with calibration and label noise (what the gate uses);
 * `delong_oof` = DeLong's interval of the domain classifier's out-of-fold AUC (drift.multivariate)
 */
export const INTERVAL_METHODS = [
  'bootstrap',
  'delong',
  'delta',
  'clt',
  'blb',
  'order_statistic',
  'wilson',
  'garwood',
  'cbpe_sampling_error',
  'cbpe_bootstrap',
  'delong_oof',
] as const;
export type IntervalMethod = (typeof INTERVAL_METHODS)[number];

/** a value with its interval (`method` says how); value null = undefined (e.g. AUC with one class), with reason */
export interface Estimate {
  value: number | null;
  ci: [number, number] | null;
  /** the method of `ci`; present exactly when ci is */
  method?: IntervalMethod;
  reason?: string;
}

export interface ModelMetrics {
  rows: number;
  metrics: Record<string, Estimate>;
}

export interface SegmentMetrics {
  column: string;
  value: string;
  rows: number;
  /** false for segments under the minimum size (reported, not gated) */
  gated: boolean;
  metrics: Record<string, Estimate>;
}

/**
 * The resolution of one metric rule: `resolvable` = half the width of the interval the rule reads (the
 * delta's for max_regression, relative to the baseline's value for max_relative_regression, the
 * candidate's for min / max). A true change smaller than that lies inside the interval's noise: the gate
 * would see it only by chance. For regression rules `allowed` is the rule's allowance and `enforceable`
 * says whether the holdout resolves it (resolvable ≤ allowed); for min / max both are null.
 */
export interface RuleResolution {
  metric: string;
  rule: 'min' | 'max' | 'max_regression' | 'max_relative_regression';
  rows: number;
  resolvable: number;
  allowed: number | null;
  enforceable: boolean | null;
}

export interface SegmentGap {
  column: string;
  metric: string;
  /** largest minus smallest over gated segments */
  gap: number;
  best: { value: string; metric: number };
  worst: { value: string; metric: number };
}

/** Curves for rendering (binary: ROC, PR, calibration; all tasks with classes: confusion matrix). Downsampled. */
export interface PerformanceCurves {
  roc?: { fpr: number[]; tpr: number[] };
  pr?: { recall: number[]; precision: number[] };
  calibration?: { meanScore: number[]; fractionPositive: number[]; count: number[] };
  confusion?: { labels: string[]; matrix: number[][] }; // matrix[true][predicted]
}

export interface PerformanceSection {
  task: Task;
  positiveLabel: string | null;
  decisionThreshold: number | null;
  classes: string[] | null;
  candidate: ModelMetrics;
  baseline: ModelMetrics | null;
  deltas: Record<string, Estimate> | null;
  segments: SegmentMetrics[];
  segmentGaps: SegmentGap[];
  /**
   * What the holdout could not see (issue 16): per holdout rule with an interval, the smallest change the
   * holdout tells from noise at the configured confidence. Absent in reports written before it.
   */
  resolution?: RuleResolution[];
  /** candidate metrics on `current` when it carries labels; null otherwise */
  production: ModelMetrics | null;
  /**
   * Production performance without labels (issue 11, production.estimated): CBPE estimates on current,
   * never mixed with realised metrics; absent when not configured
   */
  estimated?: EstimatedSection | null;
  curves: { candidate: PerformanceCurves; baseline: PerformanceCurves | null };
  /** notes such as "precision: no predicted positives; value set to 0 as scikit-learn does" */
  notes: string[];
}

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

export interface Histogram {
  /** bin edges, length bins + 1, shared by reference and current for numerical features */
  edges?: number[];
  /** how the inner numerical edges are spaced: equal widths, or equal ratios for right-skewed positive data */
  scale?: 'linear' | 'log';
  /** categorical: bin labels (top categories + "(other)") */
  labels?: string[];
  counts: number[];
}

export interface NumericSummary {
  count: number;
  missing: number;
  mean: number | null;
  std: number | null;
  min: number | null;
  max: number | null;
  /** p01, p05, p25, p50, p75, p95, p99 */
  quantiles: Record<string, number> | null;
}

export interface CategoricalSummary {
  count: number;
  missing: number;
  distinct: number;
  /** most frequent first, at most SUMMARY_TOP_CATEGORIES */
  top: { value: string; count: number }[];
}

export interface SideSummary {
  summary: NumericSummary | CategoricalSummary;
  histogram: Histogram;
}

/** a feature's stats: every drift test id of the catalog may appear, each in its own shape */
export type { DriftStats };

export interface DriftFeature {
  name: string;
  kind: ColumnKind;
  /** the test that decides (after auto selection) */
  method: string;
  /** that test's score (p-value, index, distance); null when skipped */
  score: number | null;
  /** the threshold after correction */
  threshold: number | null;
  drifted: boolean;
  /** set when the feature could not be tested */
  skipped?: string;
  /** set when the binned tests did not bin by DESIGN §4's quantile edges (a reference with few values) */
  binning?: string;
  stats: DriftStats;
  reference: SideSummary | null;
  current: SideSummary | null;
  /**
   * p-value tests only: the test's effect size (ks: the KS statistic D; chi2: Cramér's V; cramer_von_mises:
   * ω²), the drift.min_effect floor that applied (null = none), and whether the p-value alone was
   * significant. drifted = significant and (min null or value ≥ min). Absent in reports written before it.
   */
  effect?: {
    measure: 'ks_statistic' | 'cramers_v' | 'omega_squared';
    value: number;
    min: number | null;
    significant: boolean;
  };
  /**
   * drift.decide_on: effect, distance tests only: the distance's basic bootstrap interval at the section's
   * interval.confidence (src/drift/interval.ts); drifted = lower ≥ threshold. `score` is the distance it
   * is taken around (for categoricals with many categories: on the collapsed categories, named in
   * `binning`). Absent under decide_on: point and in reports written before it.
   */
  interval?: { lower: number; upper: number };
  /**
   * The smallest drift these sample sizes resolve at `alpha` (src/drift/resolution.ts): numerical the KS
   * statistic and the normal location shift (sd and units) a test would need, categorical the Cramér's V.
   * Absent for skipped features and in reports written before it.
   */
  resolution?: {
    alpha: number;
    ks?: number;
    shiftSd?: number | null;
    shift?: number | null;
    cramersV?: number;
  };
}

/**
 * The multiple-testing family under drift.correction_family: gate (src/gate/family.ts): its correction, its
 * size and how many members came from each part of the gate. Absent with correction_family: features.
 */
export interface FamilySummary {
  scope: 'gate';
  correction: 'none' | 'bonferroni' | 'holm' | 'fdr';
  size: number;
  members: { drift: number; predictionDrift: number; segments: number };
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

export interface DriftSection {
  rows: { reference: number; current: number };
  share: number;
  datasetDrift: boolean;
  shareThreshold: number;
  correction: 'none' | 'bonferroni' | 'holm' | 'fdr';
  /** drift.decide_on (absent in reports written before it: point) */
  decideOn?: 'point' | 'effect';
  /** the distances' interval settings under decide_on: effect (method: the basic Poisson bootstrap) */
  interval?: { method: 'basic_bootstrap'; confidence: number; resamples: number; seed: number };
  features: DriftFeature[];
  /** what the drift section adjusted, e.g. bins capped at the reference's rows (absent when nothing) */
  notes?: string[];
  /** drift.multivariate (issue 11); absent when not configured */
  multivariate?: MultivariateDrift;
}

export interface QualityColumn {
  name: string;
  kind: ColumnKind;
  missing: { reference: number; current: number };
  /** ±Infinity values per side, already counted in `missing` (numerical columns; added by drift) */
  nonFinite?: { reference: number; current: number };
  newCategories: { count: number; share: number; examples: string[] } | null;
  outOfRange: { share: number; below: number; above: number; min: number; max: number } | null;
  constant: { reference: boolean; current: boolean };
}

export interface QualitySection {
  columns: QualityColumn[];
  schema: {
    missingInCurrent: string[];
    missingInReference: string[];
    kindChanges: { name: string; reference: ColumnKind; current: ColumnKind }[];
  };
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

export interface Report {
  schemaVersion: 1;
  tool: { name: 'model-gate'; version: string };
  createdAt: string;
  gateId: string;
  verdict: Verdict;
  summary: { passed: number; warned: number; failed: number; skipped: number };
  checks: Check[];
  inputs: Partial<Record<InputRole, InputSummary>>;
  settings: Record<string, unknown>;
  performance: PerformanceSection | null;
  drift: DriftSection | null;
  predictionDrift: DriftFeature | null;
  quality: QualitySection | null;
  /** serving SLOs (issue 12); absent when none is configured */
  serving?: ServingSection | null;
  /** shadow champion/challenger on current (issue 12); absent when no champion column is configured */
  shadow?: ShadowSection | null;
  /** where the baseline's metrics came from when it was a past run's report (issue 12) */
  baselineRun?: BaselineRun | null;
  /** the gated holdout metrics of earlier green runs, oldest first, this run last (issue 12) */
  history?: HistoryPoint[];
  /** sections that could not run, with why: e.g. {section: "performance", reason: "no holdout input"} */
  skipped: { section: string; reason: string }[];
  /** the multiple-testing family across the gate under drift.correction_family: gate (absent otherwise) */
  family?: FamilySummary;
}
