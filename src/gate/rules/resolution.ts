/**
 * What the gate could not see (issue 16, part 2): for each holdout rule whose metric has an interval, the
 * smallest change the holdout resolves at the configured confidence — half the width of the interval the
 * rule reads. A true worsening smaller than that lies inside the interval: the rule would catch it only by
 * chance (about half the time at that size; detecting it with 80% power takes about 1.4 times it). When it
 * is larger than a regression rule's own allowance, the rule cannot be enforced on this holdout, and the
 * comment says so. Decisions only; the sentences are the renderers' (src/report).
 */
import type { PerformanceConfig } from '../../config/types.js';
import type { PerformanceSection, RuleResolution } from '../../contract/report.js';
import { exceeds } from './compare.js';
import { RULES } from './performance.js';

const halfWidth = (ci: [number, number] | null | undefined): number | null =>
  ci ? (ci[1] - ci[0]) / 2 : null;

export function ruleResolution(config: PerformanceConfig, section: PerformanceSection): RuleResolution[] {
  const out: RuleResolution[] = [];
  const rows = section.candidate.rows;
  for (const [metric, rules] of Object.entries(config.performance.metrics)) {
    for (const rule of RULES) {
      const limit = rules[rule];
      if (limit === undefined) continue;
      if (rule === 'min' || rule === 'max') {
        const h = halfWidth(section.candidate.metrics[metric]?.ci);
        if (h !== null) out.push({ metric, rule, rows, resolvable: h, allowed: null, enforceable: null });
        continue;
      }
      let h = halfWidth(section.deltas?.[metric]?.ci);
      if (h === null) continue;
      if (rule === 'max_relative_regression') {
        const base = section.baseline?.metrics[metric]?.value;
        if (base === null || base === undefined || base === 0) continue;
        h /= Math.abs(base);
      }
      out.push({ metric, rule, rows, resolvable: h, allowed: limit, enforceable: !exceeds(h, limit) });
    }
  }
  return out;
}
