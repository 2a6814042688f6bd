/**
 * What every rendering shows, in which order, derived from the report alone (report/ never reads the
 * computations): status icons, the drift order (most drifted first), metric rows with their rules, the
 * confidence level. No thresholds are compared here: `drifted` and check statuses come from the report.
 */
import type { Check, CheckStatus, DriftFeature, Estimate, Report, Verdict } from '../contract/report.js';
import {
  countOf,
  finite,
  formatConfidence,
  formatCount,
  formatNumber,
  formatPercent,
  formatScore,
} from './format.js';
import { isPValueTest } from '../catalog/drift-tests.js';

export const VERDICT_ICON: Record<Verdict, string> = { pass: '✅', warn: '⚠️', fail: '❌' };
export const STATUS_ICON: Record<CheckStatus, string> = { pass: '✅', warn: '⚠️', fail: '❌', skip: '⏭️' };
export const STATUS_RANK: Record<CheckStatus, number> = { fail: 0, warn: 1, skip: 2, pass: 3 };

/** whether a drift method's score is a p-value (drift when below the threshold): the catalog says */
export const isPValueMethod = isPValueTest;

export function statusOf(value: unknown): CheckStatus {
  return value === 'pass' || value === 'warn' || value === 'fail' || value === 'skip' ? value : 'skip';
}

export function verdictOf(report: Report): Verdict {
  const v = report.verdict;
  return v === 'pass' || v === 'warn' || v === 'fail' ? v : 'fail';
}

/**
 * How far a score sits past its threshold, for ordering and the inline bars only (never to decide):
 * score / threshold for distances (the interval's lower end under decide_on: effect), log(p) / log(t) for
 * p-values; 1 at the threshold, larger = more drift.
 * Undefined scores rank lowest.
 */
export function driftStrength(f: DriftFeature): number {
  // decide_on: effect decides on the interval's lower end, so the bar measures that
  const score = finite(f.interval ? f.interval.lower : f.score);
  if (score === null || f.skipped) return -1;
  const t = finite(f.threshold);
  if (isPValueMethod(f.method)) {
    const lt = t !== null && t > 0 && t < 1 ? Math.log(t) : Math.log(0.05);
    const p = Math.max(score, 1e-300);
    return p >= 1 ? 0 : Math.log(p) / lt;
  }
  if (t !== null && t > 0) return score / t;
  return score;
}

/** drifted features first, each group by strength, skipped last; stable for equal strengths */
export function sortDrift(features: readonly DriftFeature[]): DriftFeature[] {
  const rank = (f: DriftFeature): number => (f.skipped ? 2 : f.drifted ? 0 : 1);
  return features
    .map((f, i) => ({ f, i, r: rank(f), s: driftStrength(f) }))
    .sort((a, b) => a.r - b.r || b.s - a.s || a.i - b.i)
    .map((x) => x.f);
}

/** the check of a drift feature (`drift.<name>`) or prediction drift, by subject */
export function checksBySubject(checks: readonly Check[], groups: readonly string[]): Map<string, Check> {
  const map = new Map<string, Check>();
  for (const c of checks) {
    if (!groups.includes(c.group)) continue;
    const prev = map.get(c.subject);
    if (!prev || STATUS_RANK[statusOf(c.status)] < STATUS_RANK[statusOf(prev.status)]) map.set(c.subject, c);
  }
  return map;
}

/** a drift feature's status: its check's status when there is one, else from the report's flags */
export function driftStatus(f: DriftFeature, check: Check | undefined): CheckStatus {
  if (check) return statusOf(check.status);
  if (f.skipped) return 'skip';
  return f.drifted ? 'warn' : 'pass';
}

/** "▇▇▇▁▁": five cells, full at twice the threshold */
export function strengthBar(strength: number, cells = 5): string {
  if (!(strength >= 0)) return '';
  const filled = Math.max(0, Math.min(cells, Math.round((Math.min(strength, 2) / 2) * cells)));
  return '▇'.repeat(filled) + '▁'.repeat(cells - filled);
}

export interface MetricRule {
  text: string;
  status: CheckStatus;
  message: string;
}

export interface MetricRow {
  metric: string;
  candidate: Estimate | null;
  baseline: Estimate | null;
  delta: Estimate | null;
  rules: MetricRule[];
  /** worst status of the metric's checks, null when no rule applies */
  status: CheckStatus | null;
}

/**
 * "worsening ≤ 0.005" and the like, from a check id `….<metric>.<rule>` (`performance.roc_auc.min`,
 * `production.estimated.roc_auc.max_regression`)
 */
export function ruleText(check: Check): string {
  const at = check.id.lastIndexOf(`.${check.subject}.`);
  const rule = at >= 0 ? check.id.slice(at + check.subject.length + 2) : check.id;
  const t = check.threshold;
  switch (rule) {
    case 'min':
      return `≥ ${formatNumber(t)}`;
    case 'max':
      return `≤ ${formatNumber(t)}`;
    case 'max_regression':
      return `worsening ≤ ${formatNumber(t)}`;
    case 'max_relative_regression':
      return `worsening ≤ ${formatPercent(t)}`;
    default:
      return `${rule} ${formatNumber(t)}`;
  }
}

/** the check a row shows the status of: the first failing one, else the first warning, else the first */
export function worstCheck(checks: readonly Check[]): Check | undefined {
  return checks.find((c) => c.status === 'fail') ?? checks.find((c) => c.status === 'warn') ?? checks[0];
}

/** one row per metric the candidate has, in the report's order, with the rules checked on it */
export function metricRows(report: Report): MetricRow[] {
  const p = report.performance;
  if (!p) return [];
  const rules = new Map<string, Check[]>();
  for (const c of report.checks) {
    if (c.group !== 'performance') continue;
    const list = rules.get(c.subject) ?? [];
    list.push(c);
    rules.set(c.subject, list);
  }
  const names = [...Object.keys(p.candidate?.metrics ?? {})];
  for (const name of rules.keys()) if (!names.includes(name)) names.push(name);
  return names.map((metric) => {
    const checks = rules.get(metric) ?? [];
    let status: CheckStatus | null = null;
    for (const c of checks) {
      const s = statusOf(c.status);
      if (status === null || STATUS_RANK[s] < STATUS_RANK[status]) status = s;
    }
    return {
      metric,
      candidate: p.candidate?.metrics?.[metric] ?? null,
      baseline: p.baseline?.metrics?.[metric] ?? null,
      delta: p.deltas?.[metric] ?? null,
      rules: checks.map((c) => ({ text: ruleText(c), status: statusOf(c.status), message: c.message })),
      status,
    };
  });
}

/** the bootstrap confidence level from the settings, as "95%" (default 0.95) */
export function confidenceLabel(report: Report): string {
  const perf = (report.settings as { performance?: { confidence?: unknown } } | null)?.performance;
  const c = finite(perf?.confidence);
  return formatConfidence(c !== null && c > 0 && c < 1 ? c : 0.95);
}

/** group order within a status: the model's own rules first, per-segment rules (often many) last */
const GROUP_RANK: Record<string, number> = {
  performance: 0,
  baseline: 1,
  inputs: 1,
  serving: 2,
  shadow: 3,
  drift: 4,
  prediction_drift: 5,
  quality: 6,
  segments: 7,
};

/** checks sorted worst first (fail, warn, skip, pass), then by group, stable within a group */
export function sortChecks(checks: readonly Check[]): Check[] {
  const g = (c: Check): number => GROUP_RANK[c.group] ?? 8;
  return checks
    .map((c, i) => ({ c, i }))
    .sort(
      (a, b) =>
        STATUS_RANK[statusOf(a.c.status)] - STATUS_RANK[statusOf(b.c.status)] || g(a.c) - g(b.c) || a.i - b.i,
    )
    .map((x) => x.c);
}

/** settings flattened to dotted keys with printable values, for a two-column table */
export function flattenSettings(
  value: unknown,
  prefix = '',
  out: [string, string][] = [],
): [string, string][] {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      flattenSettings(v, prefix ? `${prefix}.${k}` : k, out);
    }
    if (Object.keys(value as object).length === 0 && prefix) out.push([prefix, '{}']);
    return out;
  }
  let text: string;
  if (typeof value === 'number') text = Number.isFinite(value) ? String(value) : 'n/a';
  else if (typeof value === 'string') text = value;
  else if (value === null || value === undefined) text = 'null';
  else if (Array.isArray(value))
    text = value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join(', ');
  else text = String(value);
  out.push([prefix, text]);
  return out;
}

/** shares of a histogram's counts (non-finite counts count as 0) */
export function shares(counts: readonly number[]): number[] {
  const clean = counts.map((c) => (typeof c === 'number' && Number.isFinite(c) && c > 0 ? c : 0));
  const total = clean.reduce((a, b) => a + b, 0);
  return clean.map((c) => (total > 0 ? c / total : 0));
}

const SEGMENT_RESAMPLES =
  /^segment (.+?) ([a-z0-9_]+): undefined in (\d+) of (\d+) bootstrap resamples; interval from the other \d+$/;
const SEGMENT_NOTE = /^segment (\S+=.*?) ((?:[a-z0-9_]+): .*)$/;

/**
 * Notes for reading (issue 10: a fixture's 30 per-segment lines fill a screen): notes that repeat across
 * segments become one line per kind with the segments listed — "roc_auc: undefined in some of the 1000
 * bootstrap resamples of 12 segments (interval from the rest): country=IT (1), country=AU (5), …" — placed
 * where the first of them was; other notes are kept as they are. report.json keeps every note.
 */
export function groupNotes(notes: readonly string[]): string[] {
  const out: (string | { key: string })[] = [];
  const groups = new Map<string, { head: string; resamples: boolean; items: string[]; first: string }>();
  const group = (key: string, head: string, resamples: boolean, item: string, note: string): void => {
    let g = groups.get(key);
    if (!g) {
      groups.set(key, (g = { head, resamples, items: [], first: note }));
      out.push({ key });
    }
    g.items.push(item);
  };
  for (const n of notes) {
    const r = SEGMENT_RESAMPLES.exec(n);
    const s = r ? null : SEGMENT_NOTE.exec(n);
    if (r) {
      const head = `${r[2]}: undefined in some of the ${r[4]} bootstrap resamples`;
      group(`resamples ${r[2]} ${r[4]}`, head, true, `${r[1]} (${r[3]})`, n);
    } else if (s) group(`note ${s[2]}`, s[2]!, false, s[1]!, n);
    else out.push(n);
  }
  return out.map((x) => {
    if (typeof x === 'string') return x;
    const g = groups.get(x.key)!;
    if (g.items.length === 1) return g.first;
    const what = g.resamples
      ? `${g.head} of ${g.items.length} segments (interval from the rest)`
      : `${g.head} — in ${g.items.length} segments`;
    return `${what}: ${g.items.join(', ')}`;
  });
}

const METHOD_NAMES: Record<string, string> = {
  bootstrap: 'paired percentile bootstrap',
  delong: 'DeLong',
  delta: 'delta method',
  clt: 'normal interval of the mean per-row loss',
  blb: 'bag of little bootstraps',
};

/**
 * Which method gave the candidate's intervals, when any is not the bootstrap (large holdouts, see
 * src/metrics/intervals.ts): "DeLong (roc_auc); delta method (accuracy, …)"; null when all are bootstrap.
 */
export function intervalMethodsLine(report: Report): string | null {
  const metrics = report.performance?.candidate?.metrics ?? {};
  const byMethod = new Map<string, string[]>();
  for (const [id, e] of Object.entries(metrics)) {
    const m = e?.method;
    if (!m) continue;
    byMethod.set(m, [...(byMethod.get(m) ?? []), id]);
  }
  if (byMethod.size === 0 || (byMethod.size === 1 && byMethod.has('bootstrap'))) return null;
  return [...byMethod].map(([m, ids]) => `${METHOD_NAMES[m] ?? m} (${ids.join(', ')})`).join('; ');
}

/**
 * The rules the holdout cannot enforce (report.performance.resolution: resolvable > allowed), as
 * sentences: "roc_auc max_regression 0.005: with 800 holdout rows a worsening smaller than 0.031 lies
 * inside the 95% interval and would pass unnoticed; the rule cannot be enforced on this holdout."
 */
export function unenforceableRules(report: Report): string[] {
  const conf = confidenceLabel(report);
  return (report.performance?.resolution ?? [])
    .filter((r) => r.enforceable === false && r.allowed !== null)
    .map((r) => {
      const relative = r.rule === 'max_relative_regression';
      const amount = relative ? formatPercent(r.resolvable) : formatNumber(r.resolvable);
      const allowed = relative ? formatPercent(r.allowed) : formatNumber(r.allowed);
      return `${r.metric} ${r.rule} ${allowed}: with ${formatCount(r.rows)} holdout rows a worsening smaller than ${amount} lies inside the ${conf} interval and would pass unnoticed; the rule cannot be enforced on this holdout`;
    });
}

/** a distance's interval after its score, "[0.118, 0.166]", under decide_on: effect; '' otherwise */
export function driftIntervalText(f: DriftFeature): string {
  if (f.skipped) return '';
  if (f.interval) return `[${formatScore(f.interval.lower, false)}, ${formatScore(f.interval.upper, false)}]`;
  return driftSketchText(f);
}

/**
 * a profile on a side (issue 13): the deciding CDF statistic's bounds, "± 0.0052 from sketches" for a
 * distance, "(KS statistic 0.103 ± 0.0004 from sketches)" for a p-value test; '' otherwise
 */
export function driftSketchText(f: DriftFeature): string {
  const s = f.sketch;
  if (!s) return '';
  const b =
    f.method === 'ks'
      ? s.ks
      : f.method === 'wasserstein'
        ? s.wasserstein
        : f.method === 'cramer_von_mises'
          ? s.cramerVonMises
          : undefined;
  if (!b) return '';
  const half = formatScore((b.upper - b.lower) / 2, false);
  if (f.method === 'wasserstein') return `± ${half} from sketches`;
  const name = f.method === 'ks' ? 'KS statistic' : 'CvM statistic';
  return `(${name} ${formatScore((b.lower + b.upper) / 2, false)} ± ${half} from sketches)`;
}

/** the "drift when" words: "< 0.05" / "≥ 0.1", or "lower end ≥ 0.1" under decide_on: effect */
export function driftWhenText(f: DriftFeature): string {
  const p = isPValueMethod(f.method);
  return `${f.interval ? 'lower end ' : ''}${p ? '<' : '≥'} ${formatScore(f.threshold, p)}`;
}

/** "holm over one gate-wide family of 37 tests (30 features, prediction drift, 6 segment rules)"; null without one */
export function familyLine(report: Report): string | null {
  const f = report.family;
  if (!f) return null;
  const parts = [
    f.members.drift > 0 ? countOf(f.members.drift, 'feature') : null,
    f.members.predictionDrift > 0 ? 'prediction drift' : null,
    f.members.segments > 0 ? countOf(f.members.segments, 'segment rule') : null,
  ].filter((x): x is string => x !== null);
  return `${f.correction} over one gate-wide family of ${countOf(f.size, 'test')}${parts.length ? ` (${parts.join(', ')})` : ''}`;
}
