/**
 * Everything computed for one feature, from its two columns: the deciding test (after `auto`), every
 * statistic the feature record carries, the per-side summaries and histograms, and the data-quality
 * numbers (missing, out-of-range, new categories, constant). Thresholds are not applied here — the gate
 * does that after the multiple-testing correction, which needs every feature's p-value.
 *
 * Numerical: each side is sorted once (radix sort, src/stats sortedFinite) and the sorted copy feeds KS
 * and Wasserstein (merging), the quantile bins, the summaries and the out-of-range counts. Always carried:
 * ks, psi, jensen_shannon, kl, hellinger (the last three come free with psi's bins) and wasserstein;
 * cramer_von_mises and chi2 only when they decide. Categorical: counts per category over the union of both
 * dictionaries; always chi2, psi, jensen_shannon, kl, hellinger.
 *
 * Untestable features come back with `skipped` set (STYLE habit 6), in this order of reasons: all values
 * missing on a side, fewer than 2 values on a side, one value only — a single distinct value over both
 * samples together (nothing can differ; a side that is constant at another value than the other side is
 * tested, and drifts); last, a deciding score that is undefined (an overflow on values near ±1.8e308: never
 * counted as stable). Summaries and quality numbers are filled in either way.
 *
 * Cost: numerical O(n + m) (radix sort and merges) plus O(B log n) for bins; categorical O(n + m + k).
 */
import type { ColumnKind } from '../contract/kinds.js';
import { newCategories } from '../quality/new-categories.js';
import { missingShare } from '../quality/missing.js';
import { outOfRange } from '../quality/out-of-range.js';
import type {
  DriftStats,
  NumericSummary,
  QualityColumn,
  SideSummary,
  SketchBounds,
} from '../contract/report.js';
import {
  ksTwoSampleFromStatistic,
  ksWassersteinSorted,
  SortScratch,
  sortedFiniteWithStats,
} from '../stats/index.js';
import { distinctBoth, numericBins } from './binning.js';
import { MAX_VALUE_BINS, WASSERSTEIN_STD_FLOOR } from './constants.js';
import { DRIFT_TESTS } from './registry.js';
import { autoMethod, type MethodChoice } from './select.js';
import type { DriftTestId, TestOutcome } from './types.js';
import {
  binnedInterval,
  collapseCategories,
  isIntervalTest,
  wassersteinInterval,
  type DistanceInterval,
  type IntervalSettings,
} from './interval.js';
import { categoricalHistograms, categoricalSummary, numericHistograms, numericSummary } from './summary.js';

export interface FeatureQuality {
  missing: QualityColumn['missing'];
  newCategories: QualityColumn['newCategories'];
  outOfRange: QualityColumn['outOfRange'];
  constant: QualityColumn['constant'];
}

export interface FeatureAnalysis {
  name: string;
  kind: ColumnKind;
  /** the deciding test, or the configured choice ('auto' included) when skipped */
  method: DriftTestId | 'auto';
  /** the deciding test's outcome; null when skipped */
  outcome: TestOutcome | null;
  skipped: string | null;
  /** how the binned tests binned this feature when not by DESIGN §4's quantiles or values; else null */
  binning: string | null;
  stats: DriftStats;
  /** the deciding distance with its interval under drift.decide_on: effect (./interval.ts); else null */
  interval: DistanceInterval | null;
  /** a profile on either side (./profile-analyse.ts): the sketch bounds of the CDF statistics; else absent */
  sketch?: SketchBounds;
  reference: SideSummary;
  current: SideSummary;
  quality: FeatureQuality;
}

export interface NumericTask {
  name: string;
  method: MethodChoice;
  bins: number;
  /** decide_on: effect — the interval settings, seed already mixed with the name; absent = decide on points */
  interval?: IntervalSettings | null;
  /** one value per row, NaN = missing */
  reference: Float64Array;
  current: Float64Array;
}

export interface CategoricalSide {
  /** one code per row, -1 = missing */
  codes: Int32Array;
  dictionary: readonly string[];
}

export interface CategoricalTask {
  name: string;
  method: MethodChoice;
  /** as NumericTask's */
  interval?: IntervalSettings | null;
  reference: CategoricalSide;
  current: CategoricalSide;
}

export function skipReason(nRef: number, nCur: number, distinct: number, one: () => string): string | null {
  if (nRef === 0) return 'all values missing in reference';
  if (nCur === 0) return 'all values missing in current';
  if (nRef < 2) return `fewer than 2 values in reference (${nRef})`;
  if (nCur < 2) return `fewer than 2 values in current (${nCur})`;
  if (distinct < 2) return `one value only (${one()}) in both reference and current`;
  return null;
}

export function outcomeOf(stats: DriftStats, method: DriftTestId): TestOutcome {
  const s = stats[method];
  if (s === undefined || s === null) throw new Error(`drift: ${method} was selected but not computed`);
  if (typeof s === 'number') return { score: s };
  return { score: s.pValue, ...s };
}

/**
 * `scratch` holds the sort buffers; pass the same one for feature after feature (a worker does) so no
 * column-sized buffer is allocated per feature. Its earlier sorted results are released here.
 */
export function analyseNumeric(task: NumericTask, scratch: SortScratch = new SortScratch()): FeatureAnalysis {
  scratch.releaseAll();
  const { sorted: sr, missing: missRef } = sortedFiniteWithStats(task.reference, scratch);
  const { sorted: sc, missing: missCur } = sortedFiniteWithStats(task.current, scratch);
  const distinct = distinctBoth(sr, sc, MAX_VALUE_BINS);
  const bins = sr.length > 0 && sc.length > 0 ? numericBins(sr, sc, task.bins, distinct) : null;
  const hist = numericHistograms(sr, sc, bins && bins.mode === 'values' ? bins : null);
  const quality: FeatureQuality = {
    missing: {
      reference: missingShare(missRef, task.reference.length),
      current: missingShare(missCur, task.current.length),
    },
    newCategories: null,
    outOfRange: outOfRange(sr, sc),
    constant: { reference: isConstantSorted(sr), current: isConstantSorted(sc) },
  };
  const reference: SideSummary = { summary: numericSummary(sr, missRef), histogram: hist.reference };
  const current: SideSummary = { summary: numericSummary(sc, missCur), histogram: hist.current };
  const binning = bins?.mode === 'reference-values' ? referenceValuesNote(bins.values) : null;
  const base = { name: task.name, kind: 'numerical' as const, reference, current, quality, binning };

  const skipped = skipReason(sr.length, sc.length, distinct.length, () => String(distinct[0]));
  if (skipped !== null || bins === null) return skippedAnalysis(base, task.method, skipped);

  const settings = task.interval ?? null;
  const method =
    task.method === 'auto'
      ? autoMethod('numerical', sr.length, distinct.length, settings !== null)
      : task.method;
  // ks and wasserstein from one merge (bit-identical to DRIFT_TESTS.ks / .wasserstein, src/stats)
  const merged = ksWassersteinSorted(sr, sc);
  const ks = ksTwoSampleFromStatistic(merged.ksStatistic, sr.length, sc.length);
  const referenceStd = (reference.summary as NumericSummary).std!;
  const stats: DriftStats = {
    ks: { statistic: ks.statistic, pValue: ks.pValue },
    ...binnedDistances(bins.reference, bins.current),
    // the registry's wassersteinTest (normalisedWasserstein), reusing the summary's reference std
    wasserstein: merged.wasserstein / Math.max(referenceStd, WASSERSTEIN_STD_FLOOR),
  };
  if (method === 'cramer_von_mises') {
    const r = DRIFT_TESTS.cramer_von_mises.compute(sr, sc);
    stats.cramer_von_mises = { statistic: r.statistic!, pValue: r.pValue! };
  }
  if (method === 'chi2') {
    const r = DRIFT_TESTS.chi2.compute(bins.reference, bins.current);
    stats.chi2 = { statistic: r.statistic!, pValue: r.pValue!, dof: r.dof! };
  }
  const outcome = outcomeOf(stats, method);
  if (!Number.isFinite(outcome.score))
    return { ...base, method, outcome: null, skipped: undefinedScore(method, sr, sc), stats, interval: null };
  let interval: DistanceInterval | null = null;
  if (settings !== null && isIntervalTest(method))
    interval =
      method === 'wasserstein'
        ? wassersteinInterval(sr, sc, outcome.score, referenceStd, settings)
        : binnedInterval(method, bins.reference, bins.current, settings);
  return { ...base, method, outcome, skipped: null, stats, interval };
}

/**
 * why a deciding score is undefined (NaN or ±Infinity): with finite inputs only an overflow does that —
 * values near ±1.8e308 whose differences or spread exceed the largest double
 */
function undefinedScore(method: DriftTestId, sr: Float64Array, sc: Float64Array): string {
  const magnitude = Math.max(
    Math.abs(sr[0]!),
    Math.abs(sr[sr.length - 1]!),
    Math.abs(sc[0]!),
    Math.abs(sc[sc.length - 1]!),
  );
  return `${method} is undefined on these values (the computation overflows: values reach magnitude ${magnitude.toExponential(2)})`;
}

/** why the bins are the reference's values and the gaps around them (binning.ts referenceValueBins) */
function referenceValuesNote(values: readonly number[]): string {
  const k = values.length;
  const shown = values.slice(0, 5).map(String).join(', ') + (k > 5 ? ', …' : '');
  return `binned on the reference's ${k} distinct value${k === 1 ? '' : 's'} (${shown}) and the gaps around ${k === 1 ? 'it' : 'them'}: its quantile edges collapse`;
}

function isConstantSorted(sorted: Float64Array): boolean {
  return sorted.length > 0 && sorted[0] === sorted[sorted.length - 1];
}

/** per-category counts over the union of both dictionaries, keeping only categories seen in either */
export function unionCounts(
  ref: CategoricalSide,
  cur: CategoricalSide,
): { labels: string[]; reference: Float64Array; current: Float64Array; missing: [number, number] } {
  const refRaw = new Float64Array(ref.dictionary.length);
  const curRaw = new Float64Array(cur.dictionary.length);
  const missing: [number, number] = [countCodes(ref.codes, refRaw), countCodes(cur.codes, curRaw)];
  const index = new Map<string, number>();
  const labels: string[] = [];
  const refOut: number[] = [];
  const curOut: number[] = [];
  ref.dictionary.forEach((label, i) => {
    if (refRaw[i]! === 0 || index.has(label)) return;
    index.set(label, labels.length);
    labels.push(label);
    refOut.push(refRaw[i]!);
    curOut.push(0);
  });
  cur.dictionary.forEach((label, i) => {
    const c = curRaw[i]!;
    if (c === 0) return;
    const at = index.get(label);
    if (at === undefined) {
      index.set(label, labels.length);
      labels.push(label);
      refOut.push(0);
      curOut.push(c);
    } else curOut[at]! += c;
  });
  return { labels, reference: Float64Array.from(refOut), current: Float64Array.from(curOut), missing };
}

/** adds code counts into `counts`; returns the number of missing codes */
export function countCodes(codes: Int32Array, counts: Float64Array): number {
  let missing = 0;
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i]!;
    if (c < 0) missing++;
    else counts[c]!++;
  }
  return missing;
}

export function analyseCategorical(task: CategoricalTask): FeatureAnalysis {
  const u = unionCounts(task.reference, task.current);
  const nRef = task.reference.codes.length - u.missing[0];
  const nCur = task.current.codes.length - u.missing[1];
  const distinctRef = countPositive(u.reference);
  const distinctCur = countPositive(u.current);
  const hist = categoricalHistograms(u.reference, u.current, u.labels);
  const quality: FeatureQuality = {
    missing: {
      reference: missingShare(u.missing[0], task.reference.codes.length),
      current: missingShare(u.missing[1], task.current.codes.length),
    },
    newCategories: newCategories(u.reference, u.current, u.labels),
    outOfRange: null,
    constant: { reference: distinctRef === 1, current: distinctCur === 1 },
  };
  const reference: SideSummary = {
    summary: categoricalSummary(u.reference, u.labels, u.missing[0]),
    histogram: hist.reference,
  };
  const current: SideSummary = {
    summary: categoricalSummary(u.current, u.labels, u.missing[1]),
    histogram: hist.current,
  };
  const base = { name: task.name, kind: 'categorical' as const, reference, current, quality, binning: null };
  const skipped = skipReason(nRef, nCur, u.labels.length, () => `'${u.labels[0]}'`);
  if (skipped !== null) return skippedAnalysis(base, task.method, skipped);

  const settings = task.interval ?? null;
  const method =
    task.method === 'auto'
      ? autoMethod('categorical', nRef, u.labels.length, settings !== null)
      : task.method;
  const { stats, interval } = categoricalDecision(method, u.reference, u.current, settings);
  return { ...base, method, outcome: outcomeOf(stats, method), skipped: null, stats, interval };
}

/** psi, jensen_shannon, kl and hellinger of two count vectors over the same bins */
export function binnedDistances(r: Float64Array, c: Float64Array): DriftStats {
  return {
    psi: DRIFT_TESTS.psi.compute(r, c).score,
    jensen_shannon: DRIFT_TESTS.jensen_shannon.compute(r, c).score,
    kl: DRIFT_TESTS.kl.compute(r, c).score,
    hellinger: DRIFT_TESTS.hellinger.compute(r, c).score,
  };
}

/**
 * a categorical feature's statistics over its category counts, and its interval under decide_on: effect
 * (many categories: decided on the reference's most frequent ones and "other", ./interval.ts)
 */
export function categoricalDecision(
  method: DriftTestId,
  r: Float64Array,
  c: Float64Array,
  settings: IntervalSettings | null,
): { stats: DriftStats; interval: DistanceInterval | null } {
  const chi2 = DRIFT_TESTS.chi2.compute(r, c);
  const stats: DriftStats = {
    chi2: { statistic: chi2.statistic!, pValue: chi2.pValue!, dof: chi2.dof! },
    ...binnedDistances(r, c),
  };
  let interval: DistanceInterval | null = null;
  if (settings !== null && isIntervalTest(method) && method !== 'wasserstein') {
    const k = collapseCategories(r, c);
    interval = k
      ? binnedInterval(method, k.reference, k.current, settings, k.note)
      : binnedInterval(method, r, c, settings);
  }
  return { stats, interval };
}

/** a feature's record when it cannot be tested: summaries and quality kept, no statistics */
export function skippedAnalysis(
  base: Pick<FeatureAnalysis, 'name' | 'kind' | 'reference' | 'current' | 'quality' | 'binning'>,
  method: FeatureAnalysis['method'],
  skipped: string | null,
): FeatureAnalysis {
  const stats: DriftStats = base.kind === 'numerical' ? { ks: null, psi: null } : { chi2: null, psi: null };
  return { ...base, method, outcome: null, skipped, stats, interval: null };
}

/** how many entries are positive (categories present on a side) */
export function countPositive(a: Float64Array): number {
  let k = 0;
  for (let i = 0; i < a.length; i++) if (a[i]! > 0) k++;
  return k;
}
