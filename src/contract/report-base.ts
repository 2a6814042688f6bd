/**
 * The smallest shapes of report.json that every section uses: an estimate with its interval (and how it
 * was computed), a model's metrics, a histogram. ./report.ts and ./report-release.ts re-export them.
 */
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

export interface Histogram {
  /** bin edges, length bins + 1, shared by reference and current for numerical features */
  edges?: number[];
  /** how the inner numerical edges are spaced: equal widths, or equal ratios for right-skewed positive data */
  scale?: 'linear' | 'log';
  /** categorical: bin labels (top categories + "(other)") */
  labels?: string[];
  counts: number[];
}
