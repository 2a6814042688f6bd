/**
 * Performance rules (DESIGN §2 performance.metrics, §6 segments): the configured min, max, max_regression
 * and max_relative_regression of each metric, turned into checks. Decisions only: values come from the
 * performance section, comparisons from ./compare.ts, sentences from ../messages.ts.
 *
 * Point mode: a rule is broken when the point estimate breaks it. Interval mode: broken when the whole
 * interval breaks it, a warning when only the point estimate does (without an interval: the point
 * decides). Segments: min / max again on each gated segment, as warnings decided on the segment's interval
 * whenever there is one (segments are small samples: their point estimates cross a bound by chance far more
 * often than the holdout's). A broken rule's status carries its severity (../verdict.ts brokenStatus).
 */
import { findMetric, metricIds, type MetricDef } from '../../metrics/registry.js';
import type { MetricRule, PerformanceConfig } from '../../config/types.js';
import type { Severity } from '../../contract/kinds.js';
import type { Check, CheckStatus, Estimate, PerformanceSection } from '../../contract/report.js';
import { configError } from '../../errors.js';
import * as say from '../messages.js';
import { brokenStatus, decidedStatus } from '../verdict.js';
import { boundPValue } from '../../metrics/interval-p-value.js';
import { gatedSegmentRules, type Family } from '../family.js';
import { aboveMax, belowMin, exceeds, significant, worsening } from './compare.js';

/** the rules a metric may carry, in check order */
export const RULES = ['min', 'max', 'max_regression', 'max_relative_regression'] as const;
export type RuleName = (typeof RULES)[number];
/** the severity of per-segment rule checks: segments are small samples, so they warn, never fail */
export const SEGMENT_SEVERITY: Severity = 'warn';

interface RuleOutcome {
  status: CheckStatus;
  value: number | null;
  message: string;
}

/** a rule on a metric the task does not have is a config error listing the task's metrics */
export function validateRules(config: PerformanceConfig): void {
  const ids = metricIds(config.task);
  for (const id of Object.keys(config.performance.metrics)) {
    if (!ids.includes(id)) {
      throw configError(
        `config performance.metrics.${id} is not a ${config.task} metric (${config.task} metrics: ${ids.join(', ')})`,
      );
    }
  }
}

function decide(
  config: PerformanceConfig,
  severity: Severity,
  pointBreaks: boolean,
  intervalBreaks: boolean | null,
): CheckStatus {
  return decidedStatus(config.performance.decide_on, severity, pointBreaks, intervalBreaks);
}

/** a min or max rule on one estimate; `segment`: decided on the interval whenever there is one */
function boundRule(
  config: PerformanceConfig,
  severity: Severity,
  id: string,
  rule: 'min' | 'max',
  limit: number,
  e: Estimate | undefined,
  where: string,
  segment = false,
): RuleOutcome {
  if (!e || e.value === null) {
    const reason = e?.reason ?? 'not computed';
    return { status: 'skip', value: null, message: say.metricUndefined(id, where, reason, rule, limit) };
  }
  const v = e.value;
  const breaks = (x: number): boolean => (rule === 'min' ? belowMin(x, limit) : aboveMax(x, limit));
  // the whole interval breaks a min when its upper end is below it, a max when its lower end is above it
  const intervalBreaks = e.ci ? breaks(rule === 'min' ? e.ci[1] : e.ci[0]) : null;
  const confidence = config.performance.confidence;
  const facts = { id, value: v, confidence, breaks: breaks(v), rule, limit, where };
  if (segment) {
    const status = (intervalBreaks ?? breaks(v)) ? brokenStatus(severity) : 'pass';
    const byChance = intervalBreaks === false && breaks(v);
    return { status, value: v, message: say.boundMessage({ ...facts, ci: e.ci, byChance }) };
  }
  const status = decide(config, severity, breaks(v), intervalBreaks);
  const ci = config.performance.decide_on === 'interval' ? e.ci : null;
  return { status, value: v, message: say.boundMessage({ ...facts, ci, byChance: false }) };
}

/** what the rules compare with and where: the holdout vs the baseline, or production rows vs the champion */
export interface RuleScope {
  versus: string;
  where: string;
}
const HOLDOUT_SCOPE: RuleScope = { versus: 'baseline', where: '' };

function regressionRule(
  config: PerformanceConfig,
  severity: Severity,
  def: MetricDef,
  rule: 'max_regression' | 'max_relative_regression',
  allowed: number,
  section: Pick<PerformanceSection, 'candidate' | 'baseline' | 'deltas'>,
  scope: RuleScope,
): RuleOutcome {
  const id = def.id;
  if (!section.baseline || !section.deltas) {
    return { status: 'skip', value: null, message: say.needsBaseline(id, rule, scope.versus) };
  }
  const d = section.deltas[id];
  const base = section.baseline.metrics[id];
  if (!d || d.value === null || !base || base.value === null) {
    const reason = d?.reason ?? base?.reason ?? 'not computed';
    return { status: 'skip', value: null, message: say.deltaUndefined(id, reason, rule) };
  }
  const hib = def.higherIsBetter;
  const worseOf = (delta: number): number => worsening(delta, hib);
  const confidence = config.performance.confidence;
  if (rule === 'max_regression') {
    const worse = worseOf(d.value);
    const intervalBreaks = d.ci ? exceeds(Math.min(worseOf(d.ci[0]), worseOf(d.ci[1])), allowed) : null;
    const status = decide(config, severity, exceeds(worse, allowed), intervalBreaks);
    return {
      status,
      value: worse,
      message: say.regressionMessage(id, d.value, d.ci, confidence, allowed, scope.versus, scope.where),
    };
  }
  if (base.value === 0) return { status: 'skip', value: null, message: say.relativeUndefined(id, rule) };
  const scale = Math.abs(base.value);
  const worse = worseOf(d.value) / scale;
  const intervalBreaks = d.ci ? exceeds(Math.min(worseOf(d.ci[0]), worseOf(d.ci[1])) / scale, allowed) : null;
  const status = decide(config, severity, exceeds(worse, allowed), intervalBreaks);
  return {
    status,
    value: worse,
    message: say.relativeRegressionMessage(
      id,
      d.value,
      d.ci,
      confidence,
      base.value,
      allowed,
      scope.versus,
      scope.where,
    ),
  };
}

function severityOf(config: PerformanceConfig, rule: MetricRule): Severity {
  return rule.severity ?? config.performance.severity;
}

/**
 * the holdout's rule checks, in config order, each metric's rules in RULES order; with a `scope` the same
 * rules on other paired rows (the shadow comparison's labelled production rows vs the champion)
 */
export function ruleChecks(
  config: PerformanceConfig,
  section: Pick<PerformanceSection, 'candidate' | 'baseline' | 'deltas'>,
  scope: RuleScope = HOLDOUT_SCOPE,
): Check[] {
  const checks: Check[] = [];
  for (const [id, rules] of Object.entries(config.performance.metrics)) {
    const def = findMetric(config.task, id)!;
    for (const rule of RULES) {
      const limit = rules[rule];
      if (limit === undefined) continue;
      const severity = severityOf(config, rules);
      const outcome =
        rule === 'min' || rule === 'max'
          ? boundRule(config, severity, id, rule, limit, section.candidate.metrics[id], scope.where)
          : regressionRule(config, severity, def, rule, limit, section, scope);
      checks.push({
        id: `performance.${id}.${rule}`,
        group: 'performance',
        subject: id,
        status: outcome.status,
        severity,
        value: outcome.value,
        threshold: limit,
        message: outcome.message,
      });
    }
  }
  return checks;
}

/**
 * min / max rules again on each gated segment, as warnings decided on the segment's interval — or, in a
 * gate-wide `family` (drift.correction_family: gate, ../family.ts), on the segment's one-sided p-value
 * against its corrected threshold
 */
export function segmentChecks(
  config: PerformanceConfig,
  section: PerformanceSection,
  family: Family | null = null,
): Check[] {
  const checks: Check[] = [];
  for (const { id: checkId, metric: id, rule, limit, segment: s } of gatedSegmentRules(config, section)) {
    const where = say.segmentWhere(s.column, s.value, s.rows);
    const corrected = family?.thresholds.get(checkId);
    const outcome =
      corrected !== undefined
        ? familySegmentRule(config, id, rule, limit, s.metrics[id]!, where, corrected, family!)
        : boundRule(config, SEGMENT_SEVERITY, id, rule, limit, s.metrics[id], where, true);
    checks.push({
      id: checkId,
      group: 'segments',
      subject: id,
      status: outcome.status,
      severity: SEGMENT_SEVERITY,
      value: outcome.value,
      threshold: limit,
      message: outcome.message,
    });
  }
  return checks;
}

/** a segment rule in a gate-wide family: broken when its one-sided p-value is below its corrected threshold */
function familySegmentRule(
  config: PerformanceConfig,
  id: string,
  rule: 'min' | 'max',
  limit: number,
  e: Estimate,
  where: string,
  threshold: number,
  family: Family,
): RuleOutcome {
  const confidence = config.performance.confidence;
  const p = boundPValue(e, rule, limit, confidence)!;
  const breaksPoint = rule === 'min' ? belowMin(e.value!, limit) : aboveMax(e.value!, limit);
  const broken = significant(p, threshold);
  const facts = { id, value: e.value!, confidence, breaks: breaksPoint, rule, limit, where, ci: e.ci };
  const base = say.boundMessage({ ...facts, byChance: false });
  return {
    status: broken ? brokenStatus(SEGMENT_SEVERITY) : 'pass',
    value: e.value,
    message: `${base}; ${say.familyVerdict(p, threshold, family.summary, broken, breaksPoint)}`,
  };
}
