/**
 * The catalog is the one source (issue 9): this test walks every drift test and metric id of
 * src/catalog and fails when the config schema, the report schema, the compute tables or any renderer of
 * the output-format table lacks one — adding a test or a metric is its compute plus its catalog entry, and
 * this test says what else forgot it. Drift scores are also checked to be read the catalog's way: a p-value
 * test's tiny score must rank as strong drift (a renderer that took it for a distance would not).
 */
import { describe, expect, it } from 'vitest';
import { DRIFT_CATALOG, DRIFT_TEST_IDS, METRIC_CATALOG, type DriftTestId } from '../../src/catalog/index.js';
import { resolveConfig } from '../../src/config/index.js';
import { configJsonSchema } from '../../src/config/json-schema.js';
import { performanceConfig } from '../../src/config/types.js';
import { TASKS, type Task } from '../../src/contract/kinds.js';
import type { DriftFeature, Estimate, Report } from '../../src/contract/report.js';
import { REPORT_SCHEMA, reportJsonSchema } from '../../src/contract/report-schema.js';
import { DRIFT_TESTS } from '../../src/drift/registry.js';
import { featureCheck } from '../../src/gate/rules/drift.js';
import { ruleChecks } from '../../src/gate/rules/performance.js';
import { summarize, verdictOf } from '../../src/gate/verdict.js';
import { METRICS } from '../../src/metrics/registry.js';
import { REPORT_FORMAT_IDS, REPORT_FORMATS } from '../../src/report/formats.js';
import { escapeMarkdown } from '../../src/report/escape.js';
import { renderText } from '../../src/report/text.js';
import { driftStrength } from '../../src/report/view.js';
import { binaryReport, driftOnlyReport, multiclassReport, regressionReport } from '../report/samples.js';

const configOf = (record: Record<string, unknown>) =>
  resolveConfig(
    { path: '/w/model-gate.yml', record: { task: 'binary', columns: { target: 'y' }, ...record } },
    {},
    '/w',
  );

/** every way a report leaves model-gate: the format table's renderers, and the CLI summary */
/** an id as a rendering writes it (Markdown escapes its underscores) */
const shows = (out: string, id: string): boolean => out.includes(id) || out.includes(escapeMarkdown(id));

const RENDERERS: [string, (r: Report) => string][] = [
  ...REPORT_FORMAT_IDS.map((f) => [f, REPORT_FORMATS[f].render] as [string, (r: Report) => string]),
  ['text', renderText],
];

function statsOf(id: DriftTestId, score: number): DriftFeature['stats'] {
  const shape = DRIFT_CATALOG[id].stats;
  const value =
    shape === 'size'
      ? score
      : shape === 'test'
        ? { statistic: 0.3, pValue: score }
        : { statistic: 40, pValue: score, dof: 3 };
  return { [id]: value };
}

/** a drift-only report with one drifted feature per catalog test, checks from the real rules */
function driftReport(): Report {
  const base = driftOnlyReport();
  const config = configOf({});
  const features: DriftFeature[] = DRIFT_TEST_IDS.map((id) => {
    const t = DRIFT_CATALOG[id];
    const score = t.driftWhen === 'below' ? 1e-12 : 3 * t.defaultThreshold;
    return {
      name: `feature_${id}`,
      kind: t.kinds[0]!,
      method: id,
      score,
      threshold: t.defaultThreshold,
      drifted: true,
      stats: statsOf(id, score),
      reference: null,
      current: null,
    };
  });
  const checks = features.map((f) => featureCheck(config, f, 'drift'));
  const partial = { ...base, checks, drift: { ...base.drift!, features } };
  return { ...partial, verdict: verdictOf(checks), summary: summarize(checks) };
}

const SAMPLE: Record<Task, () => Report> = {
  binary: binaryReport,
  multiclass: multiclassReport,
  regression: regressionReport,
};

/** a report of `task` carrying every catalog metric, each with a min rule checked by the real rules */
function metricReport(task: Task): Report {
  const base = SAMPLE[task]();
  const ids = METRIC_CATALOG[task].map((m) => m.id);
  const estimate = (k: number): Estimate => ({ value: 0.5 + k / 1000, ci: [0.4, 0.6] });
  const metrics = Object.fromEntries(ids.map((id, k) => [id, estimate(k)]));
  const performance = {
    ...base.performance!,
    task,
    candidate: { rows: 100, metrics },
    baseline: null,
    deltas: null,
  };
  const config = {
    ...configOf({ task }),
    performance: {
      ...configOf({ task }).performance,
      metrics: Object.fromEntries(ids.map((id) => [id, { min: 0.1 }])),
    },
  };
  const checks = ruleChecks(performanceConfig(config), performance);
  return { ...base, performance, checks, verdict: verdictOf(checks), summary: summarize(checks) };
}

describe('every drift test of the catalog', () => {
  const jsonSchema = JSON.stringify(configJsonSchema());
  const reportJson = reportJsonSchema() as { $defs?: unknown };

  it.each(DRIFT_TEST_IDS)('%s: config accepts it, the JSON Schemas list it, it has a compute', (id) => {
    const config = configOf({ drift: { method: id }, prediction_drift: { method: id } });
    expect(config.drift.method).toBe(id);
    expect(jsonSchema).toContain(`"${id}"`);
    expect(JSON.stringify(reportJson)).toContain(`"${id}"`);
    expect(typeof DRIFT_TESTS[id].compute).toBe('function');
    expect(DRIFT_TESTS[id].driftWhen).toBe(DRIFT_CATALOG[id].driftWhen);
  });

  const report = driftReport();
  it('the report schema takes every test in its stats shape', () => {
    expect(REPORT_SCHEMA.safeParse(JSON.parse(JSON.stringify(report))).success).toBe(true);
  });

  it('every drifted feature ranks as drift, read as the catalog says (p-value or size)', () => {
    for (const f of report.drift!.features) expect(driftStrength(f), f.method).toBeGreaterThan(1);
  });

  it.each(RENDERERS)('%s shows every test', (_format, render) => {
    const out = render(report);
    const missing = DRIFT_TEST_IDS.filter((id) => !shows(out, id));
    expect(missing).toEqual([]);
  });
});

describe.each(TASKS)('every %s metric of the catalog', (task) => {
  const ids = METRIC_CATALOG[task].map((m) => m.id);
  const jsonSchema = JSON.stringify(configJsonSchema());

  it('has a compute, and the config schema lists it', () => {
    expect(METRICS[task].map((m) => m.id)).toEqual(ids);
    for (const m of METRICS[task]) expect(typeof m.compute).toBe('function');
    for (const id of ids) expect(jsonSchema, id).toContain(`"${id}"`);
  });

  const report = metricReport(task);
  it.each(RENDERERS)('%s shows every metric', (_format, render) => {
    const out = render(report);
    expect(ids.filter((id) => !shows(out, id))).toEqual([]);
  });
});
