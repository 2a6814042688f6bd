/**
 * Serving rules (issue 12): latency quantiles and the share over a latency at most their bounds, the error
 * rate at most max_rate, the throughput at least min_per_s. Decided like the metric rules
 * (performance.decide_on): point — the estimate decides; interval — broken when the whole interval breaks
 * the bound, a warning when only the estimate does. Values come from the serving section, comparisons from
 * ./compare.ts, sentences from ../messages.ts.
 */
import type { Config } from '../../config/types.js';
import type { Check, Estimate, ServingSection } from '../../contract/report.js';
import * as say from '../messages-release.js';
import { decidedStatus } from '../verdict.js';
import { aboveMax, belowMin } from './compare.js';

interface ServingRule {
  id: string;
  subject: string;
  what: string;
  rule: 'min' | 'max';
  limit: number;
  estimate: Estimate | null;
  unit: string;
  percent: boolean;
  /** why the rule could not be checked (no input, no span) */
  skip: string | null;
}

/** every configured serving rule with its estimate, in config order */
function servingRules(config: Config, section: ServingSection | null, missing: string | null): ServingRule[] {
  const s = config.serving;
  const out: ServingRule[] = [];
  const skip = (has: boolean, why: string) => missing ?? (has ? null : why);
  if (s.latency) {
    const unit = ` ${s.latency.unit}`;
    const lat = section?.latency ?? null;
    for (const q of ['p50', 'p95', 'p99'] as const) {
      const limit = s.latency[q];
      if (limit === undefined) continue;
      out.push({
        id: `serving.latency.${q}`,
        subject: 'latency',
        what: `latency ${q}`,
        rule: 'max',
        limit,
        estimate: lat?.quantiles[q] ?? null,
        unit,
        percent: false,
        skip: skip(lat !== null, 'no latencies'),
      });
    }
    const over = s.latency.max_share_over;
    if (over) {
      out.push({
        id: 'serving.latency.share_over',
        subject: 'latency',
        what: `share of requests over ${over.value}${unit}`,
        rule: 'max',
        limit: over.share,
        estimate: lat?.over?.share ?? null,
        unit: '',
        percent: true,
        skip: skip(lat !== null, 'no latencies'),
      });
    }
  }
  if (s.errors) {
    out.push({
      id: 'serving.errors.rate',
      subject: 'errors',
      what: 'error rate',
      rule: 'max',
      limit: s.errors.max_rate,
      estimate: section?.errors?.rate ?? null,
      unit: '',
      percent: true,
      skip: skip(section?.errors != null, 'no requests'),
    });
  }
  if (s.throughput) {
    out.push({
      id: 'serving.throughput.per_second',
      subject: 'throughput',
      what: 'throughput',
      rule: 'min',
      limit: s.throughput.min_per_s,
      estimate: section?.throughput?.perSecond ?? null,
      unit: '/s',
      percent: false,
      skip: skip(
        section?.throughput != null,
        'the timestamps span no time (fewer than two distinct timestamps)',
      ),
    });
  }
  return out;
}

/** the checks of the serving rules; `missing`: why no rule can run (no serving or current input) */
export function servingChecks(
  config: Config,
  section: ServingSection | null,
  missing: string | null,
): Check[] {
  const severity = config.serving.severity;
  const confidence = config.performance.confidence;
  return servingRules(config, section, missing).map((r) => {
    const base = { id: r.id, group: 'serving' as const, subject: r.subject, severity, threshold: r.limit };
    const e = r.estimate;
    if (r.skip !== null || e === null || e.value === null) {
      const why = r.skip ?? e?.reason ?? 'not computed';
      return { ...base, status: 'skip' as const, value: null, message: say.servingSkipped(r.id, why) };
    }
    const breaks = (x: number) => (r.rule === 'min' ? belowMin(x, r.limit) : aboveMax(x, r.limit));
    const intervalBreaks = e.ci ? breaks(r.rule === 'min' ? e.ci[1] : e.ci[0]) : null;
    const status = decidedStatus(config.performance.decide_on, severity, breaks(e.value), intervalBreaks);
    const message = say.servingBound({
      what: r.what,
      value: e.value,
      ci: e.ci,
      confidence,
      breaks: breaks(e.value),
      rule: r.rule,
      limit: r.limit,
      unit: r.unit,
      percent: r.percent,
    });
    return { ...base, status, value: e.value, message };
  });
}
