/**
 * Production performance without labels (issue 11, production.estimated): CBPE (src/metrics/cbpe.ts)
 * fitted on the holdout's candidate (labels, scores, decisions) and applied to every current row; where late
 * labels arrived, the estimate on those rows beside their realised metrics. Rules: `min` on the estimate,
 * `max_regression` of the estimate against the holdout's value, decided like metric rules (the estimate's
 * interval under decide_on: interval), at production.severity — warn only when the calibration is thin.
 *
 * Skips (a visible check, never an error): no scores (CBPE calibrates scores), a one-class holdout (nothing
 * to calibrate), no current input or no rows. Config errors: production.estimated on a task other than
 * binary, or a metric CBPE does not estimate.
 */
import type { Config, PerformanceConfig } from '../config/types.js';
import type { Severity } from '../contract/kinds.js';
import type { Check, EstimatedSection, Estimate, PerformanceSection } from '../contract/report.js';
import type { Table } from '../contract/table.js';
import { configError } from '../errors.js';
import { CBPE_METRICS, estimateCbpe, fitCbpe, type CbpeMetric } from '../metrics/cbpe.js';
import { cbpeBootstrapErrors } from '../metrics/cbpe-bootstrap.js';
import type { TaskInput } from '../metrics/inputs.js';
import { outputsWithoutLabels } from '../prepare/outputs.js';
import { labelledRows } from '../prepare/performance.js';
import * as say from './messages-release.js';
import { belowMin, exceeds } from './rules/compare.js';
import { decidedStatus } from './verdict.js';

const METRICS: readonly string[] = CBPE_METRICS;

/** production.estimated asks for something CBPE cannot give: one config error before any data is read */
export function validateEstimated(config: Config): void {
  const rules = config.production.estimated;
  if (rules === null) return;
  if (config.task !== 'binary') {
    throw configError(
      `config production.estimated needs task binary (CBPE estimates binary classifiers; multiclass and regression are not supported), got task ${config.task ?? 'none'}`,
    );
  }
  for (const id of Object.keys(rules)) {
    if (!METRICS.includes(id))
      throw configError(
        `config production.estimated.${id} is not a metric CBPE estimates (estimated metrics: ${METRICS.join(', ')})`,
      );
  }
}

export interface EstimatedResult {
  section: EstimatedSection | null;
  checks: Check[];
  /** why CBPE did not run, for a visible skip */
  skip: string | null;
}

export function buildEstimated(
  config: PerformanceConfig,
  holdout: Table,
  candidate: TaskInput,
  current: Table | null,
  performance: PerformanceSection,
): EstimatedResult {
  const skipped = (why: string): EstimatedResult => ({
    section: null,
    checks: ruleChecks(config, null, performance, say.estimatedSkipped(why)),
    skip: say.estimatedSkipped(why),
  });
  if (candidate.task !== 'binary') return skipped('CBPE needs a binary task');
  if (!candidate.data.score)
    return skipped(`the holdout has no score column (columns.score): CBPE calibrates scores`);
  const y = candidate.data.y;
  let positives = 0;
  for (let i = 0; i < y.length; i++) positives += y[i]!;
  const negatives = y.length - positives;
  if (positives === 0 || negatives === 0)
    return skipped(
      `the holdout has one class only (${positives} positive, ${negatives} negative rows): nothing to calibrate`,
    );
  if (!current) return skipped('no current input');
  if (current.rows === 0) return skipped(`${current.path} has no rows`);
  const outputs = outputsWithoutLabels(config, current, holdout);
  if (!outputs || outputs.task !== 'binary' || !outputs.data.score)
    return skipped(
      `${current.path} has no score column '${config.columns.score}': CBPE needs the candidate's scores`,
    );

  const model = fitCbpe(y, candidate.data.score, candidate.data.pred);
  const confidence = config.performance.confidence;
  const seed = config.performance.seed;
  const errorsOf = (score: Float64Array, pred: Uint8Array) => cbpeBootstrapErrors(model, score, pred, seed);
  const estimates = estimateCbpe(
    model,
    outputs.data.score,
    outputs.data.pred,
    confidence,
    errorsOf(outputs.data.score, outputs.data.pred),
  );
  const thin = Math.min(positives, negatives) < config.production.min_class_rows;
  const notes: string[] = [];
  if (thin) notes.push(say.thinCalibration(positives, negatives, config.production.min_class_rows));

  let labelled: EstimatedSection['labelled'] = null;
  const rows = labelledRows(current, config.columns.target);
  if (rows !== null && rows.length > 0 && current.columns.has(config.columns.target)) {
    const score = outputs.data.score;
    const pred = outputs.data.pred;
    const subScore = Float64Array.from(rows, (r) => score[r]!);
    const subPred = Uint8Array.from(rows, (r) => pred[r]!);
    const onLabelled = estimateCbpe(model, subScore, subPred, confidence, errorsOf(subScore, subPred));
    // the realised metrics of these same rows are the production metrics (prepareProduction: labelled rows)
    const realised = pick(performance.production?.metrics ?? {});
    labelled = { rows: rows.length, estimated: onLabelled.metrics, realised };
  }

  const holdoutValues = Object.fromEntries(
    CBPE_METRICS.map((id) => [id, performance.candidate.metrics[id]?.value ?? null]),
  );
  const section: EstimatedSection = {
    method: 'cbpe',
    calibration: { method: 'isotonic', holdoutRows: y.length, positives, negatives, thin },
    rows: current.rows,
    metrics: estimates.metrics,
    samplingError: Object.fromEntries(
      Object.entries(estimates.samplingError).map(([k, v]) => [k, Number.isFinite(v) ? v : null]),
    ),
    holdout: holdoutValues,
    labelled,
    notes,
  };
  return { section, checks: ruleChecks(config, section, performance, null), skip: null };
}

function pick(metrics: Record<string, Estimate>): Record<string, Estimate> {
  return Object.fromEntries(CBPE_METRICS.flatMap((id) => (metrics[id] ? [[id, metrics[id]!]] : [])));
}

/** the rules of production.estimated, as checks; `skip`: why none can be judged */
function ruleChecks(
  config: PerformanceConfig,
  section: EstimatedSection | null,
  performance: PerformanceSection,
  skip: string | null,
): Check[] {
  const checks: Check[] = [];
  const confidence = config.performance.confidence;
  for (const [id, rule] of Object.entries(config.production.estimated ?? {})) {
    for (const name of ['min', 'max_regression'] as const) {
      const limit = rule[name];
      if (limit === undefined) continue;
      const severity: Severity = section?.calibration.thin
        ? 'warn'
        : (rule.severity ?? config.production.severity);
      const base = {
        id: `production.estimated.${id}.${name}`,
        group: 'production' as const,
        subject: id,
        severity,
        threshold: limit,
      };
      const e = section?.metrics[id as CbpeMetric];
      if (skip !== null || !e || e.value === null) {
        checks.push({
          ...base,
          status: 'skip',
          value: null,
          message: skip ?? say.estimatedSkipped(`${id} is undefined`),
        });
        continue;
      }
      if (name === 'min') {
        const breaks = belowMin(e.value, limit);
        const intervalBreaks = e.ci ? belowMin(e.ci[1], limit) : null;
        checks.push({
          ...base,
          status: decidedStatus(config.performance.decide_on, severity, breaks, intervalBreaks),
          value: e.value,
          message: say.estimatedBound(id, e.value, e.ci, confidence, breaks, limit),
        });
        continue;
      }
      const reference = performance.candidate.metrics[id]?.value ?? null;
      if (reference === null) {
        checks.push({
          ...base,
          status: 'skip',
          value: null,
          message: say.estimatedSkipped(`the holdout's ${id} is undefined`),
        });
        continue;
      }
      // all estimated metrics are higher-is-better: worsening = holdout − estimate
      const worse = reference - e.value;
      const intervalBreaks = e.ci ? exceeds(reference - e.ci[1], limit) : null;
      checks.push({
        ...base,
        status: decidedStatus(config.performance.decide_on, severity, exceeds(worse, limit), intervalBreaks),
        value: worse,
        message: say.estimatedRegression(id, e.value, e.ci, confidence, reference, limit),
      });
    }
  }
  return checks;
}
