/**
 * The one definition of the configuration file (DESIGN §2), written with zod v4. From it come:
 * - validation and defaults of the YAML record (`FILE_SCHEMA.safeParse`, used by `resolveConfig`),
 * - the error text: every leaf carries ONE "expected" phrase (e.g. "an integer ≥ 2") that zod returns as the
 *   issue message for any failure of that leaf — wrong type or out of range — and src/config/messages.ts
 *   turns it into "drift.bins must be an integer ≥ 2, got "ten"",
 * - the JSON Schema shipped at schema/model-gate.schema.json (`z.toJSONSchema`, input side, draft-07),
 *   with the `description` of every key.
 *
 * `task` and `columns.target` are optional here because flags and action inputs may supply them;
 * `resolveConfig` requires them after merging. Cross-key rules (scores vs scores_prefix, min ≤ max, …) live
 * in src/config/resolve.ts.
 */
import * as z from 'zod';
import { INTERVAL_SETTINGS, TASKS } from '../contract/kinds.js';
import { DRIFT_METHOD_IDS, METRIC_IDS, P_VALUE_TEST_IDS, type DriftMethodId } from '../catalog/index.js';
import {
  LIMITS,
  MAX_SEED,
  MIN_TAIL_DRAWS,
  minResamples,
  choice,
  columnList,
  columnName,
  effectSize,
  filePath,
  minEffect,
  number,
  oneOf,
  section,
} from './schema-parts.js';
import { championColumns, multivariate, production, serving, shadow } from './schema-release.js';

export { oneOf };

/** ids accepted in config come from the catalog (src/catalog): drift tests, 'auto', metrics per task */
export { DRIFT_TEST_IDS, DRIFT_METHOD_IDS, METRIC_IDS, type DriftMethodId } from '../catalog/index.js';
/** tests whose score is a p-value (drift when p < threshold): their threshold must lie in (0, 1) */
export const P_VALUE_DRIFT_TESTS: readonly DriftMethodId[] = P_VALUE_TEST_IDS;
export const SEVERITIES = ['fail', 'warn'] as const;
export const FAIL_ON = ['fail', 'warn', 'never'] as const;
export const COLUMN_KINDS = ['numerical', 'categorical'] as const;

/** Defaults of DESIGN §2, named (STYLE habit 5); the report copies the resolved values into settings. */
export const DEFAULTS = {
  decision_threshold: 0.5,
  confidence: 0.95,
  resamples: 1000,
  drift_resamples: 400,
  seed: 42,
  bins: 10,
  max_segments: 50,
  share: 0.5,
  max_missing_increase: 0.05,
  out_of_range_max_share: 0.01,
} as const;

export { LIMITS, MAX_SEED, MIN_TAIL_DRAWS, minResamples };

// ---- leaf builders: one expected phrase per leaf, used for every failure of that leaf -----------------

const severity = (fallback: (typeof SEVERITIES)[number], description: string) =>
  choice(SEVERITIES).default(fallback).describe(`${description}.`);

const driftMethod = choice(DRIFT_METHOD_IDS);
const driftThreshold = number('a number > 0', { gt: 0 });

// ---- sections ---------------------------------------------------------------------------------------

const inputs = section(
  {
    holdout: filePath('holdout', "The candidate's predictions on a labelled holdout set"),
    baseline: filePath('baseline', "The baseline model's predictions on the same holdout rows"),
    reference: filePath('reference', 'Reference feature data, usually a sample of the training set'),
    current: filePath('current', "Recent production samples: features and the candidate's predictions"),
    serving: filePath(
      'serving',
      'Serving logs for the serving checks (latency, errors, throughput columns); default: the current file',
    ),
  },
  'Input files (Parquet, CSV, JSON Lines, optionally .gz). Paths are relative to this file; each is overridable by a flag or action input. Any input may be absent: checks that need it are skipped.',
);

const positiveLabel = z
  .union([z.number(), z.string(), z.boolean()], { error: 'a label (a number, string or boolean)' })
  .transform((v) => String(v))
  .nullable()
  .default(null)
  .describe(
    'Binary: the positive class label. Default: 1 / true when labels are 0/1 or booleans, otherwise required. Stored as its string form.',
  );

const features = section(
  {
    numerical: columnList()
      .nullable()
      .default(null)
      .describe('Columns to treat as numerical features; null = inferred.'),
    categorical: columnList()
      .nullable()
      .default(null)
      .describe('Columns to treat as categorical features; null = inferred.'),
    exclude: columnList().default([]).describe('Columns never used as features.'),
  },
  'Feature columns for drift and quality. Default: the columns shared by reference and current, minus target, prediction, score(s) and id; kinds are inferred.',
);

const columns = section(
  {
    target: columnName()
      .optional()
      .describe(
        'The label column. Required (here or via --target) with a holdout input; a drift-only gate (reference and current) needs none.',
      ),
    prediction: columnName()
      .nullable()
      .default(null)
      .describe(
        'The predicted class label or regression value. Binary: derived from score >= decision_threshold when absent.',
      ),
    score: columnName().nullable().default(null).describe('Binary: the probability of the positive class.'),
    scores: z
      .record(z.string(), columnName(), { error: 'a mapping of class label to probability column' })
      .nullable()
      .default(null)
      .describe('Multiclass: class label -> probability column. Exclusive with scores_prefix.'),
    scores_prefix: z
      .string({ error: 'a column name prefix (a non-empty string)' })
      .min(1, { error: 'a column name prefix (a non-empty string)' })
      .nullable()
      .default(null)
      .describe(
        'Multiclass: probability columns are <prefix><class label>, e.g. "proba_". Exclusive with scores.',
      ),
    positive_label: positiveLabel,
    id: columnName()
      .nullable()
      .default(null)
      .describe('Optional id column that pairs baseline rows with holdout rows (else rows pair by order).'),
    ...championColumns,
    segments: columnList()
      .default([])
      .describe(
        "Columns whose values split the performance metrics into segments; min/max rules are checked in segments of 30 rows or more as warnings, decided on the segment's interval.",
      ),
    features,
  },
  'Column names in the input files.',
);

const metricRule = z
  .strictObject(
    {
      min: number('a number').optional().describe('Lowest allowed value of the metric.'),
      max: number('a number').optional().describe('Highest allowed value of the metric.'),
      max_regression: number('a number ≥ 0', { gte: 0 })
        .optional()
        .describe("Largest allowed worsening vs the baseline, in the metric's own units (direction-aware)."),
      max_relative_regression: number('a number ≥ 0', { gte: 0 })
        .optional()
        .describe("Largest allowed worsening vs the baseline, as a fraction of the baseline's value."),
      severity: choice(SEVERITIES)
        .optional()
        .describe('Severity of this rule; default performance.severity.'),
    },
    {
      error: (iss) =>
        iss.code === 'invalid_type'
          ? 'a mapping of rules (min, max, max_regression, max_relative_regression, severity)'
          : undefined,
    },
  )
  .nullable()
  .transform((v) => v ?? {})
  .describe('Rules for one metric, each optional; empty or null = report only.');

const METRIC_IDS_TEXT = Object.entries(METRIC_IDS)
  .map(([task, ids]) => `${task}: ${ids.join(', ')}`)
  .join('; ');

const performance = section(
  {
    metrics: z
      .record(z.string(), metricRule, { error: 'a mapping of metric id to rules' })
      .default({})
      .describe(
        `Metric id -> rules. Every metric of the task is reported; only these are gated. Ids: ${METRIC_IDS_TEXT}.`,
      ),
    confidence: number('a number between 0 and 1 (exclusive)', { gt: 0, lt: 1 })
      .default(DEFAULTS.confidence)
      .describe('Confidence level of the bootstrap intervals.'),
    resamples: number(`an integer between 0 and ${LIMITS.resamples}`, {
      int: true,
      gte: 0,
      lte: LIMITS.resamples,
    })
      .default(DEFAULTS.resamples)
      .describe(
        `Number of bootstrap resamples; 0 = no intervals (then decide_on must be point). Otherwise at least 20 / (1 − confidence) (${MIN_TAIL_DRAWS} beyond each end of the interval: 400 for 95%), at most ${LIMITS.resamples}.`,
      ),
    intervals: choice(INTERVAL_SETTINGS)
      .default('auto')
      .describe(
        'auto: the paired percentile bootstrap up to 20,000 rows; above, DeLong (ROC AUC), the delta method (confusion-matrix metrics), normal intervals of mean losses and the bag of little bootstraps (the rest), each named in the report. bootstrap: the percentile bootstrap at any size (cost grows as resamples × rows).',
      ),
    max_segments: number(`an integer between 1 and ${LIMITS.max_segments}`, {
      int: true,
      gte: 1,
      lte: LIMITS.max_segments,
    })
      .default(DEFAULTS.max_segments)
      .describe(
        'Segments evaluated per segment column: the largest values first; the rest are counted in one note.',
      ),
    seed: number(`an integer between 0 and ${MAX_SEED}`, { int: true, gte: 0, lte: MAX_SEED })
      .default(DEFAULTS.seed)
      .describe('Seed of the bootstrap: the same input and seed give the same report.'),
    decide_on: choice(['point', 'interval'])
      .default('point')
      .describe(
        'point: rules judge the point estimate; interval: a rule fails only when the whole interval breaks it, and warns when only the point estimate does.',
      ),
    severity: severity('fail', 'Severity of a broken metric rule'),
  },
  'Performance metrics on the holdout set, with bootstrap intervals, vs the baseline.',
);

const driftFeature = z
  .strictObject(
    {
      method: driftMethod.optional().describe('Drift test for this feature (auto or a test id).'),
      threshold: driftThreshold.optional().describe("Threshold for this feature's test."),
      kind: choice(COLUMN_KINDS).optional().describe('Column kind, overriding inference.'),
      min_effect: effectSize
        .optional()
        .describe(
          "Minimum effect for this feature's p-value test (KS statistic for ks, Cramér's V for chi2, ω² for cramer_von_mises); overrides drift.min_effect.",
        ),
    },
    {
      error: (iss) =>
        iss.code === 'invalid_type'
          ? 'a mapping of settings (method, threshold, kind, min_effect)'
          : undefined,
    },
  )
  .nullable()
  .transform((v) => v ?? {})
  .describe('Per-feature drift settings.');

const drift = section(
  {
    method: driftMethod
      .default('auto')
      .describe(
        `Drift test for every feature of a kind it supports (others keep auto): ${DRIFT_METHOD_IDS.join(' | ')}.`,
      ),
    threshold: driftThreshold
      .nullable()
      .default(null)
      .describe(
        "Drift threshold; null = the test's default (0.05 for p-values, 0.1 for distances; under decide_on: effect 0.05 for wasserstein, jensen_shannon and hellinger).",
      ),
    features: z
      .record(z.string(), driftFeature, { error: 'a mapping of feature name to settings' })
      .default({})
      .describe('Feature name -> {method, threshold, kind, min_effect}.'),
    min_effect: minEffect.describe(
      "Per p-value test, the effect size below which a significant result is reported but not called drift: {ks: D, chi2: Cramér's V, cramer_von_mises: ω²}; null = significance alone decides.",
    ),
    bins: number(`an integer between 2 and ${LIMITS.bins}`, { int: true, gte: 2, lte: LIMITS.bins })
      .default(DEFAULTS.bins)
      .describe(
        `Number of quantile bins for binned tests (psi, jensen_shannon, kl, hellinger), at most ${LIMITS.bins}; capped (with a note) at the reference's rows.`,
      ),
    decide_on: choice(['point', 'effect'])
      .default('point')
      .describe(
        "point: a distance drifts when it reaches its threshold, a p-value test when significant (and above min_effect). effect: a distance drifts only when its interval's lower end (drift.interval) reaches the threshold, and auto picks a distance at every size (wasserstein for continuous numericals, else jensen_shannon on at most 50 categories and 'other'); a p-value test then needs a min_effect.",
      ),
    interval: section(
      {
        confidence: number('a number between 0.5 and 1 (exclusive)', { gte: 0.5, lt: 1 })
          .default(DEFAULTS.confidence)
          .describe("Two-sided confidence of a distance's interval; the effect rule reads its lower end."),
        resamples: number(`an integer between 20 and ${LIMITS.resamples}`, {
          int: true,
          gte: 20,
          lte: LIMITS.resamples,
        })
          .default(DEFAULTS.drift_resamples)
          .describe(
            `Poisson bootstrap resamples of both samples' counts; at least 20 / (1 − confidence), at most ${LIMITS.resamples}.`,
          ),
        seed: number(`an integer between 0 and ${MAX_SEED}`, { int: true, gte: 0, lte: MAX_SEED })
          .default(DEFAULTS.seed)
          .describe(
            'Seed of the bootstrap (mixed with each feature name): the same input gives the same report.',
          ),
      },
      'Intervals of the distances, computed when decide_on is effect (basic bootstrap interval).',
    ),
    correction: choice(['none', 'bonferroni', 'holm', 'fdr'])
      .default('none')
      .describe(
        'Multiple-testing correction of p-value thresholds across features: bonferroni (t/m), holm (step-down, family-wise like bonferroni but never less powerful) or fdr (Benjamini–Hochberg).',
      ),
    correction_family: choice(['features', 'gate'])
      .default('features')
      .describe(
        "features: the correction spans the features' p-value tests. gate: one family of the features' and the prediction's p-value tests and the segment rules (each segment's one-sided p-value read off its interval), reported with its size.",
      ),
    share: number('a number > 0 and ≤ 1', { gt: 0, lte: 1 })
      .default(DEFAULTS.share)
      .describe('Dataset drift when drifted features / tested features >= share.'),
    multivariate,
    feature_severity: severity('warn', 'Severity of a drifted feature'),
    dataset_severity: severity('fail', 'Severity of dataset drift'),
  },
  'Feature drift between the reference and current files.',
);

const predictionDrift = section(
  {
    method: driftMethod
      .default('auto')
      .describe(`Drift test for the prediction or score column: ${DRIFT_METHOD_IDS.join(' | ')}.`),
    threshold: driftThreshold.nullable().default(null).describe("Threshold; null = the test's default."),
    min_effect: effectSize
      .nullable()
      .default(null)
      .describe(
        "Minimum effect when the method is a p-value test (KS D, Cramér's V or ω², as drift.min_effect); null = significance alone.",
      ),
    severity: severity('warn', 'Severity of prediction drift'),
    enabled: z.boolean({ error: 'true or false' }).default(true).describe('Check prediction drift at all.'),
  },
  "Drift of the model's output: reference's (or the holdout's) prediction/score column vs current's.",
);

const quality = section(
  {
    schema: severity(
      'fail',
      'Severity of a configured column missing, or a column changing kind, between reference and current',
    ),
    max_missing_increase: number('a number between 0 and 1 (inclusive)', { gte: 0, lte: 1 })
      .default(DEFAULTS.max_missing_increase)
      .describe("Largest allowed absolute rise of a column's missing share, current vs reference."),
    missing_severity: severity('warn', 'Severity of a missing-share rise above max_missing_increase'),
    new_categories: severity('warn', 'Severity of categories in current never seen in reference'),
    out_of_range: section(
      {
        max_share: number('a number between 0 and 1 (inclusive)', { gte: 0, lte: 1 })
          .default(DEFAULTS.out_of_range_max_share)
          .describe('Largest allowed share of current values outside the reference [min, max].'),
        severity: severity('warn', 'Severity of too many out-of-range values'),
      },
      "Numeric values outside the reference's [min, max].",
    ),
    constant: severity('warn', 'Severity of a constant column in current'),
  },
  'Data quality checks of current vs reference: schema, missing values, new categories, out-of-range values, constant columns.',
);

/** The whole configuration file. */
export const FILE_SCHEMA = z.strictObject(
  {
    inputs,
    task: choice(TASKS)
      .optional()
      .describe(
        'The model task: binary | multiclass | regression. Required (here or via --task) with a holdout input; a drift-only gate needs none.',
      ),
    columns,
    decision_threshold: number('a number between 0 and 1 (inclusive)', { gte: 0, lte: 1 })
      .default(DEFAULTS.decision_threshold)
      .describe(
        'Binary: predicted positive when score >= decision_threshold (used when there is no prediction column).',
      ),
    performance,
    drift,
    prediction_drift: predictionDrift,
    quality,
    serving,
    shadow,
    production,
    fail_on: choice(FAIL_ON)
      .default('fail')
      .describe('Lowest verdict that fails the check / exits 1: fail | warn | never.'),
  },
  { error: (iss) => (iss.code === 'invalid_type' ? 'a mapping of settings' : undefined) },
);

export type FileConfig = z.output<typeof FILE_SCHEMA>;

/** leaf schemas reused to validate flags and action inputs */
export const TASK_SCHEMA = choice(TASKS);
export const FAIL_ON_SCHEMA = choice(FAIL_ON);
