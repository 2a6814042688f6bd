/**
 * report.json, schemaVersion 1 (DESIGN §7). The public interface every rendering reads. Keys are stable;
 * new keys may be added. Numbers are unrounded. `null` marks a value that is undefined (never NaN: JSON has
 * no NaN), and a reason is carried beside it where one exists.
 */
import type { Severity, Task, InputRole } from './kinds.js';
import type { ColumnKind, FileFormat } from './kinds.js';
import type { DriftStats } from '../catalog/drift-tests.js';
import type { Estimate, Histogram, IntervalMethod, ModelMetrics } from './report-base.js';
import type {
  BaselineRun,
  EstimatedSection,
  HistoryPoint,
  MultivariateDrift,
  ServingSection,
  ShadowSection,
} from './report-release.js';

export type { BaselineRun, EstimatedSection, HistoryPoint, MultivariateDrift, ServingSection, ShadowSection };
export { INTERVAL_METHODS } from './report-base.js';
export type { Estimate, Histogram, IntervalMethod, ModelMetrics };

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
  /**
   * A profile on either side (issue 13): the CDF statistics come from sketches, so each is given with
   * bounds that hold for the data itself (src/stats/cdf-bracket.ts); the reported statistic is their
   * midpoint. Absent when both sides are rows.
   */
  sketch?: SketchBounds;
}

/** bounds of the CDF statistics of a feature computed from profiles (DriftFeature.sketch) */
export interface SketchBounds {
  ks: { lower: number; upper: number };
  /** normalised like stats.wasserstein */
  wasserstein: { lower: number; upper: number };
  cramerVonMises?: { lower: number; upper: number };
  /** the bracket's points per side (a sample's distinct values for rows) */
  points: { reference: number; current: number };
  /** the largest rank error per side as a share of its values (0 for rows) */
  rankError: { reference: number; current: number };
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
