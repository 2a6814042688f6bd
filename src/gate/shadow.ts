/**
 * The shadow champion/challenger section (issue 12): the candidate and the champion on the same production
 * requests of `current` (src/prepare/shadow.ts). On every request: agreement (Wilson interval), the
 * decisions that would change at the decision threshold (binary, both scored) and the mean shift of the
 * scores or predictions (normal interval of a mean of paired differences). On the rows with late labels: the
 * holdout's metrics for both models, paired (src/metrics/intervals.ts evaluate, the same interval methods as
 * the holdout), and performance.metrics' rules against the champion at shadow.severity.
 */
import type { PerformanceConfig } from '../config/types.js';
import type { Check, Estimate, ShadowSection } from '../contract/report.js';
import type { Table } from '../contract/table.js';
import { evaluate, type EvaluateOptions } from '../metrics/intervals.js';
import { agreement, flips, meanAbsoluteDifference, meanDifference } from '../metrics/agreement.js';
import { prepareShadow } from '../prepare/shadow.js';
import * as say from './messages-release.js';
import { ruleChecks } from './rules/performance.js';
import { belowMin } from './rules/compare.js';
import { decidedStatus } from './verdict.js';

export function buildShadow(
  config: PerformanceConfig,
  current: Table,
  holdout: Table | null,
  options: EvaluateOptions,
): { section: ShadowSection | null; checks: Check[]; skip: string | null } {
  const prepared = prepareShadow(config, current, holdout);
  if ('skip' in prepared) return { section: null, checks: [], skip: say.shadowSkipped(prepared.skip) };
  const confidence = config.performance.confidence;
  const notes: string[] = [];
  const n = prepared.rows;

  const agreementRate = prepared.decisions
    ? agreement(prepared.decisions.candidate, prepared.decisions.champion, confidence)
    : null;
  const pair = prepared.scores ?? prepared.values;
  const shift = pair ? meanDifference(pair.candidate, pair.champion, confidence) : null;
  const flipped = prepared.scores
    ? flips(prepared.scores.candidate, prepared.scores.champion, config.decision_threshold, confidence)
    : null;
  const meanAbs = prepared.values
    ? meanAbsoluteDifference(prepared.values.candidate, prepared.values.champion)
    : null;

  const section: ShadowSection = {
    rows: n,
    labelledRows: prepared.labelled?.rows ?? 0,
    agreement: agreementRate,
    flips: flipped,
    shift,
    meanAbsDifference: meanAbs,
    candidate: null,
    champion: null,
    deltas: null,
    notes,
  };
  const checks: Check[] = [];
  const severity = config.shadow.severity;
  const min = config.shadow.min_agreement;
  if (min !== null) checks.push(agreementCheck(config, agreementRate, min, n));

  if (prepared.labelled) {
    const { candidate, champion, rows } = prepared.labelled;
    const e = evaluate(candidate, champion, options);
    notes.push(...e.notes.map((x) => `shadow ${x}`));
    section.candidate = { rows, metrics: e.candidate };
    section.champion = e.baseline ? { rows, metrics: e.baseline } : null;
    section.deltas = e.deltas;
    // the holdout's rules on the labelled production rows, against the champion, at shadow.severity
    const rules = Object.fromEntries(
      Object.entries(config.performance.metrics).map(([id, r]) => [id, { ...r, severity }]),
    );
    const scoped = { ...config, performance: { ...config.performance, metrics: rules } };
    const where = say.shadowWhere(rows);
    const paired = { candidate: section.candidate, baseline: section.champion, deltas: section.deltas };
    for (const c of ruleChecks(scoped, paired, { versus: 'champion', where })) {
      checks.push({ ...c, id: c.id.replace(/^performance\./, 'shadow.'), group: 'shadow' });
    }
  } else {
    notes.push('no labelled rows in current: metrics vs the champion wait for late labels');
  }
  return { section, checks, skip: null };
}

function agreementCheck(config: PerformanceConfig, e: Estimate | null, min: number, rows: number): Check {
  const severity = config.shadow.severity;
  const base = {
    id: 'shadow.agreement.min',
    group: 'shadow' as const,
    subject: 'agreement',
    severity,
    threshold: min,
  };
  if (e === null || e.value === null) {
    return {
      ...base,
      status: 'skip',
      value: null,
      message: say.shadowSkipped('agreement is not defined for regression (see the mean shift)'),
    };
  }
  const breaks = belowMin(e.value, min);
  const intervalBreaks = e.ci ? belowMin(e.ci[1], min) : null;
  const status = decidedStatus(config.performance.decide_on, severity, breaks, intervalBreaks);
  const ci = e.ci;
  return {
    ...base,
    status,
    value: e.value,
    message: say.agreementMessage({
      value: e.value,
      ci,
      confidence: config.performance.confidence,
      breaks,
      limit: min,
      rows,
    }),
  };
}
