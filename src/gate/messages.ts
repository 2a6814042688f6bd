/**
 * Every check sentence of the gate, and the only gate file that formats numbers (through report/format.ts,
 * THE number formatting module). The rules (./rules/) decide statuses and hand the facts here; a sentence
 * says what was measured, how it compares and what was allowed, in one plain line.
 */
import type { QualityColumn, QualitySection } from '../contract/report.js';
import {
  formatConfidence,
  formatCount,
  formatDelta,
  formatNumber,
  formatPercent,
  formatScore,
  intervalParts,
} from '../report/format.js';

// ------------------------------------------------------------------------------------------ performance

function confidenceText(confidence: number): string {
  return `${formatConfidence(confidence)} CI`;
}

export function ciText(
  confidence: number,
  ci: [number, number] | null,
  format: (x: number) => string,
): string {
  return ci ? ` (${confidenceText(confidence)} ${format(ci[0])} to ${format(ci[1])})` : '';
}

function moved(delta: number): string {
  return delta < 0 ? 'fell' : delta > 0 ? 'rose' : 'did not change';
}

/** where a segment rule was checked: " in segment country=US (120 rows)" */
export function segmentWhere(column: string, value: string, rows: number): string {
  return ` in segment ${column}=${value} (${rows} rows)`;
}

export function metricUndefined(
  id: string,
  where: string,
  reason: string,
  rule: string,
  limit: number,
): string {
  return `${id}${where} is undefined (${reason}); ${rule} ${formatNumber(limit)} not checked`;
}

export interface BoundFacts {
  id: string;
  value: number;
  /** the interval shown, or null when not shown */
  ci: [number, number] | null;
  confidence: number;
  breaks: boolean;
  rule: 'min' | 'max';
  limit: number;
  where: string;
  /** a segment whose point estimate crosses the bound while its interval reaches it */
  byChance: boolean;
  /** how the value, interval and bound print (default formatNumber; serving: with a unit, or a percentage) */
  format?: (x: number) => string;
}

export function boundMessage(f: BoundFacts): string {
  const sign = f.breaks ? (f.rule === 'min' ? '<' : '>') : f.rule === 'min' ? '≥' : '≤';
  const chance = f.byChance ? '; the interval reaches the bound, so not flagged' : '';
  const fmt = f.format ?? formatNumber;
  return `${f.id} ${fmt(f.value)}${ciText(f.confidence, f.ci, fmt)} ${sign} ${f.rule} ${fmt(f.limit)}${f.where}${chance}`;
}

/**
 * a segment rule judged in the gate-wide family: "p 0.0021 < 0.0036 (fdr over 37 tests): broken" /
 * "p 0.004 ≥ 0.0018 (holm over 37 tests)". When the two print alike (a Holm threshold sits one ulp above
 * the last p-value it rejects) the comparison gives way to the outcome: "p 5.4e−5 (holm over 37 tests:
 * rejected)".
 */
export function familyVerdict(
  p: number,
  threshold: number,
  family: { correction: string; size: number },
  broken: boolean,
  pointBreaks: boolean,
): string {
  const where = `${family.correction} over ${formatCount(family.size)} tests`;
  const ps = formatScore(p, true);
  const ts = formatScore(threshold, true);
  const cmp =
    ps === ts
      ? `p ${ps} (${where}: ${broken ? 'rejected' : 'not rejected'})`
      : `p ${ps} ${broken ? '<' : '≥'} ${ts} (${where})`;
  return broken
    ? `${cmp}: broken`
    : `${cmp}${pointBreaks ? ': not flagged, could be chance across the family' : ''}`;
}

export function needsBaseline(id: string, rule: string, versus = 'baseline'): string {
  return versus === 'baseline'
    ? `${id} ${rule} needs a baseline input; none was given`
    : `${id} ${rule} needs the ${versus}'s outputs; none were given`;
}

export function deltaUndefined(id: string, reason: string, rule: string): string {
  return `${id} delta is undefined (${reason}); ${rule} not checked`;
}

/** "roc_auc fell 0.018 (95% CI −0.030 to −0.007) vs baseline; allowed 0.010" (same decimals throughout) */
export function regressionMessage(
  id: string,
  delta: number,
  ci: [number, number] | null,
  confidence: number,
  allowed: number,
  versus = 'baseline',
  where = '',
): string {
  const parts = intervalParts(delta, ci, { signed: true, magnitude: true });
  const interval = parts.lo !== null ? ` (${confidenceText(confidence)} ${parts.lo} to ${parts.hi})` : '';
  return `${id}${where} ${moved(delta)}${delta === 0 ? '' : ` ${parts.value}`}${interval} vs ${versus}; allowed ${formatNumber(allowed)}`;
}

export function relativeUndefined(id: string, rule: string): string {
  return `${id} is 0 for the baseline, so a relative regression is undefined; ${rule} not checked`;
}

export function relativeRegressionMessage(
  id: string,
  delta: number,
  ci: [number, number] | null,
  confidence: number,
  base: number,
  allowed: number,
  versus = 'baseline',
  where = '',
): string {
  const scale = Math.abs(base);
  const pct = (x: number): string => formatPercent(x / scale);
  return `${id}${where} ${moved(delta)}${delta === 0 ? '' : ` ${formatPercent(Math.abs(delta) / scale)}`}${ciText(confidence, ci, pct)} vs ${versus} ${formatNumber(base)}; allowed ${formatPercent(allowed)}`;
}

// ------------------------------------------------------------------------------------------ drift

export function datasetMessage(
  drifted: number,
  tested: number,
  share: number,
  shareThreshold: number,
  datasetDrift: boolean,
  correction: string,
  familySize: number | null = null,
): string {
  if (tested === 0) return 'dataset drift: no feature could be tested';
  const family = familySize !== null ? ` over a gate-wide family of ${formatCount(familySize)} tests` : '';
  return `dataset ${datasetDrift ? 'drifted' : 'stable'}: ${drifted} of ${tested} features drifted (${formatPercent(share)}) ${datasetDrift ? '≥' : '<'} share ${formatPercent(shareThreshold)}${correction !== 'none' ? ` (${correction} correction${family})` : ''}`;
}

export function predictionNotTested(reason: string): string {
  return `prediction drift not tested: ${reason}`;
}

/** who a drift check is about: the feature, or "prediction 'score'" */
export function driftSubject(name: string, prediction: boolean): string {
  return prediction ? `prediction '${name}'` : name;
}

export function notTested(who: string, reason: string): string {
  return `${who} not tested: ${reason}`;
}

export interface DriftFacts {
  who: string;
  drifted: boolean;
  test: string;
  pValue: boolean;
  driftWhen: 'below' | 'above';
  score: number;
  threshold: number;
  /** how a binned test binned, when not by quantile edges */
  binning: string | null;
  /** a p-value test's effect and its floor (drift.min_effect) */
  effect?: { measure: string; value: number; min: number | null; significant: boolean } | null;
  /** decide_on: effect, a distance: its interval, whose lower end was compared with the threshold */
  interval?: { lower: number; upper: number; confidence: number } | null;
  /** a profile on a side (issue 13): the deciding CDF statistic's bounds and the sketches' sizes */
  sketch?: { name: string; lower: number; upper: number; points: [number, number] } | null;
}

/** " (KS statistic 0.0312 ± 0.0005 from sketches of 2,001 and 1,800 points)" */
function sketchText(s: NonNullable<DriftFacts['sketch']>): string {
  const mid = (s.lower + s.upper) / 2;
  const half = (s.upper - s.lower) / 2;
  return ` (${s.name} ${formatScore(mid, false)} ± ${formatScore(half, false)} from sketches of ${formatCount(s.points[0])} and ${formatCount(s.points[1])} points)`;
}

const EFFECT_WORDS: Record<string, string> = {
  ks_statistic: 'KS statistic',
  cramers_v: "Cramér's V",
  omega_squared: 'ω²',
};

export function driftMessage(f: DriftFacts): string {
  if (f.interval) return intervalDriftMessage(f, f.interval);
  const what = f.pValue ? `${f.test} p-value` : f.test;
  const signals = f.effect ? f.effect.significant : f.drifted;
  const op = f.driftWhen === 'below' ? (signals ? '<' : '≥') : signals ? '≥' : '<';
  const bins = f.binning ? ` (${f.binning})` : '';
  const e = f.effect;
  const floor =
    e && e.min !== null && e.significant
      ? e.value >= e.min
        ? ` and ${EFFECT_WORDS[e.measure] ?? e.measure} ${formatScore(e.value, false)} ≥ min_effect ${formatScore(e.min, false)}`
        : ` but ${EFFECT_WORDS[e.measure] ?? e.measure} ${formatScore(e.value, false)} < min_effect ${formatScore(e.min, false)}: significant, too small to call drift`
      : '';
  const sketch = f.sketch ? sketchText(f.sketch) : '';
  return `${f.who} ${f.drifted ? 'drifted' : 'stable'}: ${what} ${formatScore(f.score, f.pValue)} ${op} ${formatScore(f.threshold, f.pValue)}${floor}${bins}${sketch}`;
}

/**
 * decide_on: effect: "'age' drifted: wasserstein 0.142 (95% CI 0.118 to 0.166, bias-corrected), lower end
 * 0.118 ≥ 0.1" or "… stable: jensen_shannon 0.121 (95% CI 0 to 0.09, bias-corrected), lower end 0 < 0.1:
 * reaches the threshold, but may be sampling noise at these sizes". The interval corrects the distance's
 * upward small-sample bias (src/drift/interval.ts), so it may lie below the point estimate.
 */
function intervalDriftMessage(
  f: DriftFacts,
  i: { lower: number; upper: number; confidence: number },
): string {
  const s = (x: number) => formatScore(x, false);
  const bins = f.binning ? ` (${f.binning})` : '';
  const range = `(${confidenceText(i.confidence)} ${s(i.lower)} to ${s(i.upper)}, bias-corrected)`;
  const noise =
    !f.drifted && f.score >= f.threshold
      ? ': reaches the threshold, but may be sampling noise at these sizes'
      : '';
  const op = f.drifted ? '≥' : '<';
  return `${f.who} ${f.drifted ? 'drifted' : 'stable'}: ${f.test} ${s(f.score)} ${range}, lower end ${s(i.lower)} ${op} ${s(f.threshold)}${noise}${bins}`;
}

// ------------------------------------------------------------------------------------------ quality

function q(name: string): string {
  return `'${name}'`;
}

function list(names: readonly string[]): string {
  return names.map(q).join(', ');
}

/** " (incl. 3 ±Infinity)" when a side had infinite values */
function infinite(count: number | undefined): string {
  return count ? ` (incl. ${formatCount(count)} ±Infinity)` : '';
}

export interface SchemaFacts {
  /** configured features missing in current / in reference */
  missingInCurrent: readonly string[];
  missingInReference: readonly string[];
  kindChanges: QualitySection['schema']['kindChanges'];
  /** inferred features in one file only (not tested) */
  onlyInReference: readonly string[];
  onlyInCurrent: readonly string[];
  flagged: boolean;
}

export function schemaMessage(f: SchemaFacts): string {
  const problems: string[] = [];
  const notes: string[] = [];
  if (f.missingInCurrent.length)
    problems.push(`configured but missing in current: ${list(f.missingInCurrent)}`);
  if (f.missingInReference.length)
    problems.push(`configured but missing in reference: ${list(f.missingInReference)}`);
  if (f.kindChanges.length)
    problems.push(
      `kind changed: ${f.kindChanges.map((k) => `'${k.name}' (${k.reference} in reference, ${k.current} in current)`).join(', ')}`,
    );
  if (f.onlyInReference.length) notes.push(`only in reference (not tested): ${list(f.onlyInReference)}`);
  if (f.onlyInCurrent.length) notes.push(`only in current (not tested): ${list(f.onlyInCurrent)}`);
  const note = notes.length ? `; ${notes.join('; ')}` : '';
  return f.flagged
    ? `schema differs between reference and current: ${problems.join('; ')}${note}`
    : `schema: every feature tested is in both files with the same kind${note}`;
}

export function missingMessage(c: QualityColumn, rise: number, maxRise: number): string {
  return `${c.name}: ${formatPercent(c.missing.current)} missing in current${infinite(c.nonFinite?.current)} vs ${formatPercent(c.missing.reference)} in reference${infinite(c.nonFinite?.reference)} (${formatDelta(rise * 100)} points; allowed +${formatPercent(maxRise).replace('%', '')})`;
}

export function newCategoriesMessage(c: QualityColumn, flagged: boolean): string {
  const nc = c.newCategories;
  if (nc === null) return `${c.name}: no values in current`;
  return flagged
    ? `${c.name}: ${formatCount(nc.count)} new ${nc.count === 1 ? 'category' : 'categories'} (${formatPercent(nc.share)} of current), e.g. ${nc.examples.map(q).join(', ')}`
    : `${c.name}: no new categories`;
}

export function outOfRangeMessage(c: QualityColumn, maxShare: number): string {
  const o = c.outOfRange;
  if (o === null) return `${c.name}: no values on one side, range not compared`;
  return `${c.name}: ${formatPercent(o.share)} of current outside the reference range [${formatNumber(o.min)}, ${formatNumber(o.max)}] (${formatCount(o.below)} below, ${formatCount(o.above)} above; allowed ${formatPercent(maxShare)})`;
}

export function constantMessage(c: QualityColumn, wentConstant: boolean): string {
  if (wentConstant) return `${c.name}: one value only in current, but it varies in reference`;
  return c.constant.current
    ? `${c.name}: one value only in both reference and current`
    : `${c.name}: not constant`;
}

// ------------------------------------------------------------------------------------------ sections

export function sectionSkipped(section: 'performance' | 'drift', missing: string): string {
  return section === 'performance'
    ? 'no holdout input: performance checks were not run'
    : `no ${missing} input: drift and data quality checks were not run`;
}

/** production notes: "production: current.parquet has no rows" */
export function productionNote(note: string): string {
  return `production: ${note}`;
}
