/**
 * The JSON Schema of report.json (schemaVersion 1, DESIGN §7), defined once with zod and rendered to
 * draft 2020-12 by `reportJsonSchema()`; scripts/make-report-schema.mjs writes schema/report.schema.json and
 * a test checks the committed file equals a fresh render. Objects are open (`looseObject`): new keys may be
 * added to the report without breaking consumers that validate. A compile-time check below makes every
 * `Report` (src/contract/report.ts, the contract) satisfy this definition, so the two cannot drift apart
 * silently. Renderers do not import this file (it would pull zod into them for nothing).
 */
import * as z from 'zod';
import { INTERVAL_METHODS, type Report } from './report.js';
import { DRIFT_CATALOG, DRIFT_TEST_IDS } from '../catalog/drift-tests.js';

const num = z.number();
const nullableNum = z.number().nullable();
const status = z.enum(['pass', 'warn', 'fail', 'skip']);
const severity = z.enum(['fail', 'warn']);
const kind = z.enum(['numerical', 'categorical']);

const check = z.looseObject({
  id: z.string(),
  group: z.enum([
    'performance',
    'segments',
    'drift',
    'prediction_drift',
    'quality',
    'inputs',
    'serving',
    'shadow',
    'baseline',
    'production',
  ]),
  subject: z.string(),
  status,
  severity,
  value: nullableNum,
  threshold: nullableNum,
  message: z.string(),
});

const inputSummary = z.looseObject({
  path: z.string(),
  format: z.enum(['parquet', 'csv', 'jsonl', 'profile']),
  rows: num,
  columns: z.array(z.string()),
});

const estimate = z.looseObject({
  value: nullableNum,
  ci: z.tuple([num, num]).nullable(),
  method: z.enum(INTERVAL_METHODS).optional(),
  reason: z.string().optional(),
});

const modelMetrics = z.looseObject({ rows: num, metrics: z.record(z.string(), estimate) });

const curves = z.looseObject({
  roc: z.looseObject({ fpr: z.array(num), tpr: z.array(num) }).optional(),
  pr: z.looseObject({ recall: z.array(num), precision: z.array(num) }).optional(),
  calibration: z
    .looseObject({ meanScore: z.array(num), fractionPositive: z.array(num), count: z.array(num) })
    .optional(),
  confusion: z.looseObject({ labels: z.array(z.string()), matrix: z.array(z.array(num)) }).optional(),
});

const performance = z.looseObject({
  task: z.enum(['binary', 'multiclass', 'regression']),
  positiveLabel: z.string().nullable(),
  decisionThreshold: nullableNum,
  classes: z.array(z.string()).nullable(),
  candidate: modelMetrics,
  baseline: modelMetrics.nullable(),
  deltas: z.record(z.string(), estimate).nullable(),
  segments: z.array(
    z.looseObject({
      column: z.string(),
      value: z.string(),
      rows: num,
      gated: z.boolean(),
      metrics: z.record(z.string(), estimate),
    }),
  ),
  segmentGaps: z.array(
    z.looseObject({
      column: z.string(),
      metric: z.string(),
      gap: num,
      best: z.looseObject({ value: z.string(), metric: num }),
      worst: z.looseObject({ value: z.string(), metric: num }),
    }),
  ),
  resolution: z
    .array(
      z.looseObject({
        metric: z.string(),
        rule: z.enum(['min', 'max', 'max_regression', 'max_relative_regression']),
        rows: num,
        resolvable: num,
        allowed: nullableNum,
        enforceable: z.boolean().nullable(),
      }),
    )
    .optional(),
  production: modelMetrics.nullable(),
  estimated: z
    .looseObject({
      method: z.literal('cbpe'),
      calibration: z.looseObject({
        method: z.literal('isotonic'),
        holdoutRows: z.number(),
        positives: z.number(),
        negatives: z.number(),
        thin: z.boolean(),
      }),
      rows: z.number(),
      metrics: z.record(z.string(), estimate),
      samplingError: z.record(z.string(), nullableNum),
      holdout: z.record(z.string(), nullableNum),
      labelled: z
        .looseObject({
          rows: z.number(),
          estimated: z.record(z.string(), estimate),
          realised: z.record(z.string(), estimate),
        })
        .nullable(),
      notes: z.array(z.string()),
    })
    .nullable()
    .optional(),
  curves: z.looseObject({ candidate: curves, baseline: curves.nullable() }),
  notes: z.array(z.string()),
});

const histogram = z.looseObject({
  edges: z.array(num).optional(),
  scale: z.enum(['linear', 'log']).optional(),
  labels: z.array(z.string()).optional(),
  counts: z.array(num),
});

const numericSummary = z.looseObject({
  count: num,
  missing: num,
  mean: nullableNum,
  std: nullableNum,
  min: nullableNum,
  max: nullableNum,
  quantiles: z.record(z.string(), num).nullable(),
});

const categoricalSummary = z.looseObject({
  count: num,
  missing: num,
  distinct: num,
  top: z.array(z.looseObject({ value: z.string(), count: num })),
});

const side = z.looseObject({ summary: z.union([numericSummary, categoricalSummary]), histogram });

/** one key per catalog drift test, in the shape its `stats` fact names */
const STATS_SCHEMAS = {
  test: z.looseObject({ statistic: num, pValue: num }),
  'test-dof': z.looseObject({ statistic: num, pValue: num, dof: num }),
  size: num,
} as const;
const statsShape = Object.fromEntries(
  DRIFT_TEST_IDS.map((id) => [id, STATS_SCHEMAS[DRIFT_CATALOG[id].stats].nullable().optional()]),
);

const driftFeature = z.looseObject({
  name: z.string(),
  kind,
  method: z.string(),
  score: nullableNum,
  threshold: nullableNum,
  drifted: z.boolean(),
  skipped: z.string().optional(),
  binning: z.string().optional(),
  stats: z.looseObject(statsShape),
  reference: side.nullable(),
  current: side.nullable(),
  effect: z
    .looseObject({
      measure: z.enum(['ks_statistic', 'cramers_v', 'omega_squared']),
      value: num,
      min: nullableNum,
      significant: z.boolean(),
    })
    .optional(),
  interval: z.looseObject({ lower: num, upper: num }).optional(),
  sketch: z
    .looseObject({
      ks: z.looseObject({ lower: num, upper: num }),
      wasserstein: z.looseObject({ lower: num, upper: num }),
      cramerVonMises: z.looseObject({ lower: num, upper: num }).optional(),
      points: z.looseObject({ reference: num, current: num }),
      rankError: z.looseObject({ reference: num, current: num }),
    })
    .optional(),
  resolution: z
    .looseObject({
      alpha: num,
      ks: num.optional(),
      shiftSd: nullableNum.optional(),
      shift: nullableNum.optional(),
      cramersV: num.optional(),
    })
    .optional(),
});

const multivariate = z.looseObject({
  method: z.enum(['both', 'classifier', 'mmd']),
  features: z.array(z.string()),
  columns: z.number(),
  drifted: z.boolean(),
  alpha: z.number(),
  classifier: z
    .looseObject({
      rows: z.looseObject({ reference: z.number(), current: z.number() }),
      folds: z.number(),
      auc: estimate,
      pValue: z.number(),
      minAuc: z.number(),
      top: z.array(z.looseObject({ feature: z.string(), share: z.number() })),
    })
    .nullable(),
  mmd: z
    .looseObject({
      rows: z.looseObject({ reference: z.number(), current: z.number() }),
      sigma: z.number(),
      mmd2: z.number(),
      pValue: z.number(),
      permutations: z.number(),
      nullSd: z.number(),
    })
    .nullable(),
  skipped: z.string().optional(),
  notes: z.array(z.string()),
});

const drift = z.looseObject({
  rows: z.looseObject({ reference: num, current: num }),
  share: num,
  datasetDrift: z.boolean(),
  shareThreshold: num,
  correction: z.enum(['none', 'bonferroni', 'holm', 'fdr']),
  decideOn: z.enum(['point', 'effect']).optional(),
  interval: z
    .looseObject({ method: z.literal('basic_bootstrap'), confidence: num, resamples: num, seed: num })
    .optional(),
  features: z.array(driftFeature),
  notes: z.array(z.string()).optional(),
  multivariate: multivariate.optional(),
});

const quality = z.looseObject({
  columns: z.array(
    z.looseObject({
      name: z.string(),
      kind,
      missing: z.looseObject({ reference: num, current: num }),
      newCategories: z.looseObject({ count: num, share: num, examples: z.array(z.string()) }).nullable(),
      outOfRange: z.looseObject({ share: num, below: num, above: num, min: num, max: num }).nullable(),
      constant: z.looseObject({ reference: z.boolean(), current: z.boolean() }),
    }),
  ),
  schema: z.looseObject({
    missingInCurrent: z.array(z.string()),
    missingInReference: z.array(z.string()),
    kindChanges: z.array(z.looseObject({ name: z.string(), reference: kind, current: kind })),
  }),
});

const count = z.number().int().min(0);

const serving = z.looseObject({
  source: z.enum(['serving', 'current']),
  latency: z
    .looseObject({
      column: z.string(),
      unit: z.enum(['ms', 's']),
      rows: count,
      quantiles: z.looseObject({ p50: estimate, p95: estimate, p99: estimate }),
      mean: num,
      max: num,
      over: z.looseObject({ value: num, share: estimate }).nullable(),
      histogram,
    })
    .nullable(),
  errors: z.looseObject({ column: z.string(), rows: count, errors: count, rate: estimate }).nullable(),
  throughput: z
    .looseObject({ column: z.string(), rows: count, spanSeconds: num, perSecond: estimate })
    .nullable(),
  confidence: num,
});

const shadow = z.looseObject({
  rows: count,
  labelledRows: count,
  agreement: estimate.nullable(),
  flips: z.looseObject({ share: estimate, toPositive: count, toNegative: count, threshold: num }).nullable(),
  shift: estimate.nullable(),
  meanAbsDifference: nullableNum,
  candidate: modelMetrics.nullable(),
  champion: modelMetrics.nullable(),
  deltas: z.record(z.string(), estimate).nullable(),
  notes: z.array(z.string()),
});

const baselineRun = z.looseObject({
  runId: count,
  url: z.string(),
  branch: z.string(),
  sha: z.string().nullable(),
  createdAt: z.string().nullable(),
  artifact: z.string(),
  predictions: z.boolean(),
});

const historyPoint = z.looseObject({
  runId: count.nullable(),
  url: z.string().nullable(),
  sha: z.string().nullable(),
  createdAt: z.string(),
  metrics: z.record(z.string(), nullableNum),
});

export const REPORT_SCHEMA = z
  .looseObject({
    schemaVersion: z.literal(1),
    tool: z.looseObject({ name: z.literal('model-gate'), version: z.string() }),
    createdAt: z.string(),
    gateId: z.string(),
    verdict: z.enum(['pass', 'warn', 'fail']),
    summary: z.looseObject({ passed: count, warned: count, failed: count, skipped: count }),
    checks: z.array(check),
    inputs: z.looseObject({
      holdout: inputSummary.optional(),
      baseline: inputSummary.optional(),
      reference: inputSummary.optional(),
      current: inputSummary.optional(),
      serving: inputSummary.optional(),
    }),
    settings: z.record(z.string(), z.unknown()),
    performance: performance.nullable(),
    drift: drift.nullable(),
    predictionDrift: driftFeature.nullable(),
    quality: quality.nullable(),
    skipped: z.array(z.looseObject({ section: z.string(), reason: z.string() })),
    serving: serving.nullable().optional(),
    shadow: shadow.nullable().optional(),
    baselineRun: baselineRun.nullable().optional(),
    history: z.array(historyPoint).optional(),
    family: z
      .looseObject({
        scope: z.literal('gate'),
        correction: z.enum(['none', 'bonferroni', 'holm', 'fdr']),
        size: count,
        members: z.looseObject({ drift: count, predictionDrift: count, segments: count }),
      })
      .optional(),
  })
  .meta({
    title: 'model-gate report.json',
    description: 'The report model-gate writes (schemaVersion 1); the source of every rendering.',
  });

// Compile-time contract check: every Report fits this schema's type (the open objects' index signatures
// removed, since interfaces have none; records keyed by any string are not checked this way).
type NoIndex<T> = T extends readonly (infer U)[]
  ? NoIndex<U>[]
  : T extends object
    ? { [K in keyof T as string extends K ? never : K]: NoIndex<T[K]> }
    : T;
const _reportFits = (r: Report): NoIndex<z.output<typeof REPORT_SCHEMA>> => r;
void _reportFits;

/** the JSON Schema (draft 2020-12) of report.json */
export function reportJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(REPORT_SCHEMA, {
    target: 'draft-2020-12',
    io: 'output',
    override: (ctx) => {
      const s = ctx.jsonSchema as Record<string, unknown>;
      if (s.maximum === Number.MAX_SAFE_INTEGER) delete s.maximum;
    },
  }) as Record<string, unknown>;
  return generated;
}

/** the file's text, as committed */
export function renderReportSchema(): string {
  return `${JSON.stringify(reportJsonSchema(), null, 2)}\n`;
}
