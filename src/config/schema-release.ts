/**
 * The release sections of the configuration file (issue 12), beside src/config/schema.ts: `serving` (latency,
 * error-rate and throughput SLOs from columns of the serving input or current) and `shadow` (the
 * champion/challenger comparison on current). Same leaf builders and one "expected" phrase per leaf.
 */
import * as z from 'zod';
import { choice, columnName, number, section } from './schema-parts.js';

const SEVERITIES = ['fail', 'warn'] as const;
const severity = (fallback: (typeof SEVERITIES)[number], description: string) =>
  choice(SEVERITIES).default(fallback).describe(`${description}.`);

const servingRule = (what: string) =>
  number('a number ≥ 0', { gte: 0 }).optional().describe(`Largest allowed ${what}, in the column's unit.`);

const latency = z
  .strictObject(
    {
      column: columnName().describe('The latency column (one value per request).'),
      unit: choice(['ms', 's']).default('ms').describe("The column's unit: ms | s; bounds are in it too."),
      p50: servingRule('median latency'),
      p95: servingRule('95th percentile latency'),
      p99: servingRule('99th percentile latency'),
      max_share_over: z
        .strictObject(
          {
            value: number('a number ≥ 0', { gte: 0 }).describe("The latency, in the column's unit."),
            share: number('a number between 0 and 1 (inclusive)', { gte: 0, lte: 1 }).describe(
              'Largest allowed share of requests slower than value.',
            ),
          },
          {
            error: (iss) => (iss.code === 'invalid_type' ? 'a mapping {value, share}' : undefined),
          },
        )
        .optional()
        .describe('"99.9% of predictions within 200 ms" is {value: 200, share: 0.001}.'),
    },
    {
      error: (iss) =>
        iss.code === 'invalid_type'
          ? 'a mapping of latency settings (column, unit, p50, p95, p99, max_share_over)'
          : undefined,
    },
  )
  .nullable()
  .default(null)
  .describe('Latency SLOs: quantiles as numpy.quantile (linear) with order-statistic intervals.');

const servingErrors = z
  .strictObject(
    {
      column: columnName().describe(
        'A boolean (true = failed) or 0/1 column, or an HTTP status-code column (codes ≥ min_status fail).',
      ),
      max_rate: number('a number between 0 and 1 (inclusive)', { gte: 0, lte: 1 }).describe(
        'Largest allowed share of failed requests.',
      ),
      min_status: number('an integer between 100 and 599', { int: true, gte: 100, lte: 599 })
        .default(500)
        .describe('For a status-code column: the lowest code that counts as an error.'),
    },
    {
      error: (iss) =>
        iss.code === 'invalid_type'
          ? 'a mapping of error settings (column, max_rate, min_status)'
          : undefined,
    },
  )
  .nullable()
  .default(null)
  .describe("Error-rate SLO, with Wilson's score interval.");

const throughput = z
  .strictObject(
    {
      column: columnName().describe(
        'The request timestamp column: ISO 8601 text, a Parquet timestamp, or epoch seconds.',
      ),
      min_per_s: number('a number > 0', { gt: 0 }).describe(
        'Lowest allowed requests per second over the span.',
      ),
    },
    {
      error: (iss) =>
        iss.code === 'invalid_type' ? 'a mapping of throughput settings (column, min_per_s)' : undefined,
    },
  )
  .nullable()
  .default(null)
  .describe("Throughput SLO: requests per second over the timestamps' span, with Garwood's exact interval.");

export const serving = section(
  {
    latency,
    errors: servingErrors,
    throughput,
    severity: severity('fail', 'Severity of a broken serving SLO'),
  },
  'Serving SLOs from columns of the serving input (default: current), decided like metric rules (performance.decide_on, performance.confidence).',
);

export const shadow = section(
  {
    min_agreement: number('a number between 0 and 1 (inclusive)', { gte: 0, lte: 1 })
      .nullable()
      .default(null)
      .describe(
        'Lowest allowed share of production requests on which the candidate and the champion decide alike; null = report only.',
      ),
    severity: severity(
      'warn',
      'Severity of a broken shadow rule (agreement, and the metric rules on labelled production rows)',
    ),
  },
  'Shadow champion/challenger on current (columns.champion_score / champion_prediction): performance.metrics rules on the labelled production rows, paired with the champion; agreement on every row.',
);

/** columns.champion_score / champion_prediction: the champion's outputs in current (shadow mode) */
export const championColumns = {
  champion_score: columnName()
    .nullable()
    .default(null)
    .describe(
      "Shadow mode: the champion's (production model's) score column in current, beside the candidate's; binary: the probability of the positive class.",
    ),
  champion_prediction: columnName()
    .nullable()
    .default(null)
    .describe(
      "Shadow mode: the champion's predicted label (or regression value) column in current. Binary: derived from champion_score >= decision_threshold when absent.",
    ),
};

/** the metrics CBPE estimates (src/metrics/cbpe.ts CBPE_METRICS; config ids, checked in the gate) */
const estimatedRule = z
  .strictObject(
    {
      min: number('a number').optional().describe('Lowest allowed estimated value.'),
      max_regression: number('a number ≥ 0', { gte: 0 })
        .optional()
        .describe("Largest allowed worsening of the estimate vs the holdout's value of the metric."),
      severity: choice(SEVERITIES).optional().describe('Severity of this rule; default production.severity.'),
    },
    {
      error: (iss) =>
        iss.code === 'invalid_type' ? 'a mapping of rules (min, max_regression, severity)' : undefined,
    },
  )
  .nullable()
  .transform((v) => v ?? {})
  .describe('Rules for one estimated metric; empty or null = report only.');

export const production = section(
  {
    estimated: z
      .record(z.string(), estimatedRule, { error: 'a mapping of metric id to rules' })
      .nullable()
      .default(null)
      .describe(
        'Binary: estimate performance on current without labels (CBPE, as NannyML: isotonic calibration on the holdout, the expected confusion matrix) — metric id -> rules; ids: accuracy, balanced_accuracy, precision, recall, f1, specificity, roc_auc. {} = report every estimate, no rules; null = off.',
      ),
    min_class_rows: number('an integer ≥ 1', { int: true, gte: 1 })
      .default(50)
      .describe(
        'Fewest holdout rows of the rarer class for a calibration to trust; below it the estimates are reported with a warning and their rules warn only.',
      ),
    severity: severity('warn', 'Severity of a broken rule on an estimated metric'),
  },
  'Production performance without labels: estimated from the holdout-calibrated scores on current (issue 11).',
);

/** drift.multivariate (issue 11): a domain classifier and MMD over the features together */
export const multivariate = z
  .strictObject(
    {
      method: choice(['both', 'classifier', 'mmd'])
        .default('both')
        .describe(
          'classifier: a cross-fitted logistic regression telling reference from current rows (AUC, p-value, the features that separate); mmd: Gaussian-kernel MMD with a permutation p-value; both: drift when either says so.',
        ),
      alpha: number('a number between 0 and 1 (exclusive)', { gt: 0, lt: 1 })
        .default(0.05)
        .describe('Significance level of both tests.'),
      min_auc: number('a number between 0.5 and 1', { gte: 0.5, lte: 1 })
        .default(0.55)
        .describe(
          "The classifier's drift needs its AUC at least this, besides p < alpha (size, not only significance).",
        ),
      sample: number('an integer between 10 and 5000', { int: true, gte: 10, lte: 5000 })
        .default(1000)
        .describe('Rows per side for MMD (its cost grows with the square): a seeded subsample.'),
      classifier_sample: number('an integer between 20 and 1000000', { int: true, gte: 20, lte: 1_000_000 })
        .default(4000)
        .describe('Rows per side for the classifier: a seeded subsample.'),
      permutations: number('an integer between 20 and 10000', { int: true, gte: 20, lte: 10_000 })
        .default(100)
        .describe('Permutations of the MMD p-value ((k + 1)/(B + 1)).'),
      folds: number('an integer between 2 and 20', { int: true, gte: 2, lte: 20 })
        .default(5)
        .describe("The classifier's cross-fitting folds."),
      seed: number('an integer between 0 and 4294967295', { int: true, gte: 0, lte: 4294967295 })
        .default(42)
        .describe('Seed of the subsamples, folds and permutations.'),
      severity: severity('warn', 'Severity of multivariate drift'),
    },
    {
      error: (iss) =>
        iss.code === 'invalid_type'
          ? 'a mapping of settings (method, alpha, min_auc, sample, classifier_sample, permutations, folds, seed, severity)'
          : undefined,
    },
  )
  .nullable()
  .default(null)
  .describe(
    'Multivariate drift over the tested features together (one check, drift.multivariate): a domain classifier and MMD. null = off; {} = on with the defaults.',
  );
