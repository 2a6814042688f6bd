/**
 * The typed, validated configuration (DESIGN §2). Produced only by `resolveConfig` in src/config; every
 * default is filled in, every path is absolute (resolved against the config file's folder, or the working
 * directory for flags/inputs). The whole object is copied into report.settings.
 */
import type { ColumnKind, InputRole, IntervalSetting, Severity, Task } from '../contract/kinds.js';

export type FailOn = 'fail' | 'warn' | 'never';

export interface MetricRule {
  min?: number;
  max?: number;
  max_regression?: number;
  max_relative_regression?: number;
  /** per-rule override of performance.severity */
  severity?: Severity;
}

export interface DriftFeatureSetting {
  method?: string; // a drift test id or 'auto'
  threshold?: number;
  kind?: ColumnKind;
  /** minimum effect of the feature's p-value test (overrides drift.min_effect) */
  min_effect?: number;
}

export interface Config {
  /** absolute path of the YAML file the config came from, or null */
  configPath: string | null;
  inputs: Partial<Record<InputRole, string>>;
  /** null when not given: only performance (a holdout input) needs it */
  task: Task | null;
  columns: {
    /** null when not given: only performance (a holdout input) needs it */
    target: string | null;
    prediction: string | null;
    score: string | null;
    /** multiclass: class label -> probability column */
    scores: Record<string, string> | null;
    scores_prefix: string | null;
    /** string form of the positive label; null = default (1 / true when labels are 0/1 or booleans) */
    positive_label: string | null;
    id: string | null;
    /** shadow mode: the champion's score / prediction columns in current (issue 12) */
    champion_score: string | null;
    champion_prediction: string | null;
    segments: string[];
    features: {
      numerical: string[] | null; // null = inferred
      categorical: string[] | null;
      exclude: string[];
    };
  };
  decision_threshold: number;
  performance: {
    /** metric id -> rules; an empty object = report only. Absent metrics of the task are still reported. */
    metrics: Record<string, MetricRule>;
    confidence: number;
    resamples: number;
    /** auto: the bootstrap up to 20,000 rows, analytic intervals and the bag of little bootstraps above */
    intervals: IntervalSetting;
    /** segments evaluated per segment column, largest first */
    max_segments: number;
    seed: number;
    decide_on: 'point' | 'interval';
    severity: Severity;
  };
  drift: {
    method: string; // 'auto' or a drift test id
    threshold: number | null;
    features: Record<string, DriftFeatureSetting>;
    bins: number;
    /** point: scores against thresholds; effect: a distance's interval lower end (issue 16) */
    decide_on: 'point' | 'effect';
    /** the distances' bootstrap intervals under decide_on: effect */
    interval: { confidence: number; resamples: number; seed: number };
    correction: 'none' | 'bonferroni' | 'holm' | 'fdr';
    /** what the correction spans: the features' tests, or features + prediction + segment rules */
    correction_family: 'features' | 'gate';
    /** per p-value test, the effect below which a significant result is not drift; null = none */
    min_effect: Partial<Record<'ks' | 'chi2' | 'cramer_von_mises', number>> | null;
    share: number;
    /** multivariate drift (issue 11): null = off */
    multivariate: {
      method: 'both' | 'classifier' | 'mmd';
      alpha: number;
      min_auc: number;
      sample: number;
      classifier_sample: number;
      permutations: number;
      folds: number;
      seed: number;
      severity: Severity;
    } | null;
    feature_severity: Severity;
    dataset_severity: Severity;
  };
  prediction_drift: {
    method: string;
    threshold: number | null;
    /** floor on the effect of a p-value test; null = none */
    min_effect: number | null;
    severity: Severity;
    enabled: boolean;
  };
  quality: {
    schema: Severity;
    max_missing_increase: number;
    missing_severity: Severity;
    new_categories: Severity;
    out_of_range: { max_share: number; severity: Severity };
    constant: Severity;
  };
  /** serving SLOs (issue 12); a null check is not configured */
  serving: {
    latency: {
      column: string;
      unit: 'ms' | 's';
      p50?: number;
      p95?: number;
      p99?: number;
      max_share_over?: { value: number; share: number };
    } | null;
    errors: { column: string; max_rate: number; min_status: number } | null;
    throughput: { column: string; min_per_s: number } | null;
    severity: Severity;
  };
  /** shadow champion/challenger on current (issue 12) */
  shadow: { min_agreement: number | null; severity: Severity };
  /** production performance without labels (issue 11): CBPE; estimated null = off */
  production: {
    estimated: Record<string, { min?: number; max_regression?: number; severity?: Severity }> | null;
    min_class_rows: number;
    severity: Severity;
  };
  fail_on: FailOn;
}

/** a config with a holdout: the task and the target are known (resolveConfig requires them then) */
export interface PerformanceConfig extends Config {
  task: Task;
  columns: Config['columns'] & { target: string };
}

/** the config as performance reads it; a config without task or target here is a bug, not a user error */
export function performanceConfig(config: Config): PerformanceConfig {
  if (config.task === null || config.columns.target === null)
    throw new Error('performance needs task and columns.target (resolveConfig requires them with a holdout)');
  return config as PerformanceConfig;
}
