/**
 * One multiple-testing family across the gate (issue 16, part 3; `drift.correction_family: gate`): the
 * features' p-value tests, the prediction's p-value test and the segment rules are corrected together by
 * drift.correction (Bonferroni, Holm or Benjamini–Hochberg, src/drift/correction.ts), so the chance of any
 * false finding (Holm) or their expected share (BH) is bounded over everything the gate looks at, not per
 * section. With `features` (the default) only the features' tests form the family, as before.
 *
 * Members and their levels:
 *  - a feature or the prediction decided by a p-value test: its p-value, at its own threshold;
 *  - a segment rule (min / max on a gated segment) whose estimate has an interval: the one-sided p-value
 *    of "the segment keeps its bound", read off its interval (src/metrics/interval-p-value.ts), which is
 *    below (1 − c)/2 exactly when the interval's end lies past the bound — the segment rule's own
 *    decision. Its level is (1 − c)/2, the one-sided error its interval allows. Segment rules without an interval are decided on their point as before and are not
 *    members. Distances (never p-values) are not members either.
 * Each member is then judged by p < its corrected threshold (src/gate/rules/compare.ts isDrift for drift;
 * the same comparison for segments).
 */
import type { PerformanceConfig } from '../config/types.js';
import type { FamilySummary, PerformanceSection, SegmentMetrics } from '../contract/report.js';
import { correctedThresholds, type Correction } from '../drift/correction.js';
import { boundPValue } from '../metrics/interval-p-value.js';

export interface FamilyMember {
  /** the check id the member decides: drift.<name>, prediction_drift, segments.<metric>.<rule>.<col>=<v> */
  id: string;
  group: 'drift' | 'prediction_drift' | 'segments';
  pValue: number;
  /** its level before the correction */
  threshold: number;
}

export interface Family {
  /** the corrected threshold of each member, by check id */
  thresholds: Map<string, number>;
  summary: FamilySummary;
}

/** the members' corrected thresholds and the family's description */
export function correctFamily(members: readonly FamilyMember[], correction: Correction): Family {
  const corrected = correctedThresholds(
    members.map((m) => m.pValue),
    members.map((m) => m.threshold),
    correction,
  );
  const count = (g: FamilyMember['group']) => members.filter((m) => m.group === g).length;
  return {
    thresholds: new Map(members.map((m, i) => [m.id, corrected[i]!])),
    summary: {
      scope: 'gate',
      correction,
      size: members.length,
      members: {
        drift: count('drift'),
        predictionDrift: count('prediction_drift'),
        segments: count('segments'),
      },
    },
  };
}

/**
 * every min / max rule on every gated segment, in check order (metric, rule, segment): the one walk both
 * the segment checks (src/gate/rules/performance.ts) and the family's members take
 */
export function* gatedSegmentRules(
  config: PerformanceConfig,
  section: PerformanceSection,
): Generator<{ id: string; metric: string; rule: 'min' | 'max'; limit: number; segment: SegmentMetrics }> {
  for (const [metric, rules] of Object.entries(config.performance.metrics))
    for (const rule of ['min', 'max'] as const) {
      const limit = rules[rule];
      if (limit === undefined) continue;
      for (const segment of section.segments)
        if (segment.gated)
          yield {
            id: segmentCheckId(metric, rule, segment.column, segment.value),
            metric,
            rule,
            limit,
            segment,
          };
    }
}

/** the segment rules that join the family: min / max on gated segments with an interval */
export function segmentMembers(config: PerformanceConfig, section: PerformanceSection): FamilyMember[] {
  const level = (1 - config.performance.confidence) / 2;
  const out: FamilyMember[] = [];
  for (const { id, metric, rule, limit, segment } of gatedSegmentRules(config, section)) {
    const p = boundPValue(segment.metrics[metric], rule, limit, config.performance.confidence);
    if (p !== null) out.push({ id, group: 'segments', pValue: p, threshold: level });
  }
  return out;
}

/** the check id of a segment rule */
function segmentCheckId(metric: string, rule: 'min' | 'max', column: string, value: string): string {
  return `segments.${metric}.${rule}.${column}=${value}`;
}
