/**
 * One feature analysed when either side is a profile (issue 13): the same FeatureAnalysis as ./analyse.ts,
 * from two sides on the reference's layout (./profile-side.ts).
 *
 * Exact, as on rows: the binned tests (psi, jensen_shannon, kl, hellinger, chi2) on DESIGN §4's bins —
 * drift.bins quantile bins are unions of the fine bins (edges at k/bins are the fine edges at
 * k·fineBins/bins: the same doubles), value bins and the reference-values cells are rebuilt from the
 * 'values' layout and the listed extra values; missing shares, out-of-range shares, new categories.
 * Bounded: KS, Wasserstein and Cramér–von Mises from the two CDF brackets (stats/cdf-bracket.ts): the
 * statistic is the midpoint of bounds that hold for the data, reported in `sketch`; the p-value is taken
 * at the midpoint. Summaries: moments exact (Chan-merged sums), quantiles read off the bracket (exact for a
 * side given as rows). Histograms: the drift bins.
 */
import type { DriftStats, Histogram, SideSummary, SketchBounds } from '../contract/report.js';
import {
  bracketQuantile,
  bracketStatistics,
  bracketWidth,
  cvmPValue,
  ksTwoSampleFromStatistic,
  searchsortedLeft,
} from '../stats/index.js';
import {
  binnedDistances,
  categoricalDecision,
  countPositive,
  skippedAnalysis,
  outcomeOf,
  skipReason,
  type FeatureAnalysis,
  type FeatureQuality,
} from './analyse.js';
import { MAX_VALUE_BINS, WASSERSTEIN_STD_FLOOR } from './constants.js';
import {
  binnedInterval,
  gridWassersteinInterval,
  isIntervalTest,
  type IntervalSettings,
} from './interval.js';
import type { CategoricalSideData, NumericLayout, NumericSideData } from './profile-side.js';
import { DRIFT_TESTS } from './registry.js';
import { autoMethod, type MethodChoice } from './select.js';
import {
  categoricalHistograms,
  categoricalSummary,
  numericSummary,
  OTHER_LABEL,
  SUMMARY_QUANTILES,
} from './summary.js';
import { newCategories } from '../quality/new-categories.js';
import { missingShare } from '../quality/missing.js';

export interface ProfiledNumericTask {
  name: string;
  method: MethodChoice;
  bins: number;
  interval?: IntervalSettings | null;
  layout: NumericLayout;
  reference: NumericSideData;
  current: NumericSideData;
}

interface Bins {
  mode: 'values' | 'quantiles' | 'reference-values';
  values: number[];
  edges: number[];
  reference: Float64Array;
  current: Float64Array;
}

/** DESIGN §4's drift bins from the two sides' layout counts */
export function driftBins(layout: NumericLayout, bins: number, r: NumericSideData, c: NumericSideData): Bins {
  if (layout.layout === 'quantiles') {
    const fine = layout.edges.length + 1;
    const edges: number[] = [];
    for (let k = 1; k < bins; k++) {
      const e = layout.edges[(k * fine) / bins - 1]!;
      if (edges.length === 0 || e !== edges[edges.length - 1]) edges.push(e);
    }
    const fold = (counts: Float64Array): Float64Array => {
      const out = new Float64Array(edges.length + 1);
      counts.forEach((x, j) => {
        const upper = j < layout.edges.length ? layout.edges[j]! : Infinity;
        out[searchsortedLeft(edges, upper)]! += x;
      });
      return out;
    };
    return { mode: 'quantiles', values: [], edges, reference: fold(r.counts), current: fold(c.counts) };
  }
  const k = layout.values.length;
  const union = new Map<number, [number, number]>();
  layout.values.forEach((v, j) => {
    const a = r.counts[2 * j + 1]!;
    const b = c.counts[2 * j + 1]!;
    if (a > 0 || b > 0) union.set(v, [a, b]);
  });
  const extras = [r, c].every((s) => s.extra.complete);
  if (extras) {
    r.extra.values.forEach((v, i) =>
      union.set(v, [(union.get(v)?.[0] ?? 0) + r.extra.counts[i]!, union.get(v)?.[1] ?? 0]),
    );
    c.extra.values.forEach((v, i) =>
      union.set(v, [union.get(v)?.[0] ?? 0, (union.get(v)?.[1] ?? 0) + c.extra.counts[i]!]),
    );
  }
  if (extras && union.size <= MAX_VALUE_BINS) {
    const values = [...union.keys()].sort((x, y) => x - y);
    return {
      mode: 'values',
      values,
      edges: [],
      reference: Float64Array.from(values, (v) => union.get(v)![0]),
      current: Float64Array.from(values, (v) => union.get(v)![1]),
    };
  }
  const keep: number[] = [];
  for (let j = 0; j < 2 * k + 1; j++) if (r.counts[j]! > 0 || c.counts[j]! > 0) keep.push(j);
  return {
    mode: 'reference-values',
    values: layout.values,
    edges: [],
    reference: Float64Array.from(keep, (j) => r.counts[j]!),
    current: Float64Array.from(keep, (j) => c.counts[j]!),
  };
}

function numericSummaryOf(s: NumericSideData): SideSummary['summary'] {
  // rows: the summary the row analysis gives
  if (s.sorted) return numericSummary(s.sorted, s.missing);
  if (s.count === 0)
    return { count: 0, missing: s.missing, mean: null, std: null, min: null, max: null, quantiles: null };
  const quantiles: Record<string, number> = {};
  for (const [name, p] of Object.entries(SUMMARY_QUANTILES)) quantiles[name] = bracketQuantile(s.bracket, p);
  return {
    count: s.count,
    missing: s.missing,
    mean: s.mean,
    std: Math.sqrt(s.m2! / s.count),
    min: s.min,
    max: s.max,
    quantiles,
  };
}

function histograms(
  bins: Bins,
  r: NumericSideData,
  c: NumericSideData,
): { reference: Histogram; current: Histogram } {
  if (bins.mode === 'values') {
    const labels = bins.values.map(String);
    return {
      reference: { labels, counts: Array.from(bins.reference) },
      current: { labels: [...labels], counts: Array.from(bins.current) },
    };
  }
  if (bins.mode === 'reference-values') return { reference: { counts: [] }, current: { counts: [] } };
  const lo = Math.min(r.min ?? Infinity, c.min ?? Infinity);
  const hi = Math.max(r.max ?? -Infinity, c.max ?? -Infinity);
  const edges = [lo, ...bins.edges, hi];
  return {
    reference: { edges, scale: 'linear', counts: Array.from(bins.reference) },
    current: { edges: [...edges], scale: 'linear', counts: Array.from(bins.current) },
  };
}

export function analyseNumericProfiled(task: ProfiledNumericTask): FeatureAnalysis {
  const { reference: r, current: c, layout } = task;
  const bins = driftBins(layout, task.bins, r, c);
  const hist = histograms(bins, r, c);
  const quality: FeatureQuality = {
    missing: { reference: missingShare(r.missing, r.rows), current: missingShare(c.missing, c.rows) },
    newCategories: null,
    outOfRange:
      r.count > 0 && c.count > 0
        ? {
            share: (c.below + c.above) / c.count,
            below: c.below,
            above: c.above,
            min: layout.min!,
            max: layout.max!,
          }
        : null,
    constant: { reference: r.count > 0 && r.min === r.max, current: c.count > 0 && c.min === c.max },
  };
  const reference: SideSummary = { summary: numericSummaryOf(r), histogram: hist.reference };
  const current: SideSummary = { summary: numericSummaryOf(c), histogram: hist.current };
  const binning =
    bins.mode === 'reference-values'
      ? `binned on the reference's ${bins.values.length} distinct values and the gaps around them: its quantile edges collapse`
      : null;
  const base = { name: task.name, kind: 'numerical' as const, reference, current, quality, binning };
  const distinct = bins.mode === 'values' ? bins.values.length : MAX_VALUE_BINS + 1;
  const skipped = skipReason(r.count, c.count, distinct, () => String(bins.values[0]));
  if (skipped !== null) return skippedAnalysis(base, task.method, skipped);

  const settings = task.interval ?? null;
  const method =
    task.method === 'auto' ? autoMethod('numerical', r.count, distinct, settings !== null) : task.method;
  const cdf = bracketStatistics(r.bracket, c.bracket, method === 'cramer_von_mises');
  const referenceStd = Math.sqrt(r.m2! / r.count);
  const scale = Math.max(referenceStd, WASSERSTEIN_STD_FLOOR);
  const ks = ksTwoSampleFromStatistic(cdf.ks.estimate, r.count, c.count);
  const stats: DriftStats = {
    ks: { statistic: cdf.ks.estimate, pValue: ks.pValue },
    ...binnedDistances(bins.reference, bins.current),
    wasserstein: cdf.wasserstein.estimate / scale,
  };
  if (method === 'cramer_von_mises' && cdf.cramerVonMises) {
    const t = cdf.cramerVonMises.estimate;
    stats.cramer_von_mises = { statistic: t, pValue: cvmPValue(t, r.count, c.count) };
  }
  if (method === 'chi2') {
    const x = DRIFT_TESTS.chi2.compute(bins.reference, bins.current);
    stats.chi2 = { statistic: x.statistic!, pValue: x.pValue!, dof: x.dof! };
  }
  const sketch: SketchBounds = {
    ks: { lower: cdf.ks.lower, upper: cdf.ks.upper },
    wasserstein: { lower: cdf.wasserstein.lower / scale, upper: cdf.wasserstein.upper / scale },
    ...(cdf.cramerVonMises
      ? { cramerVonMises: { lower: cdf.cramerVonMises.lower, upper: cdf.cramerVonMises.upper } }
      : {}),
    points: { reference: r.bracket.points.length, current: c.bracket.points.length },
    rankError: {
      reference: r.count > 0 ? bracketWidth(r.bracket) / r.count : 0,
      current: c.count > 0 ? bracketWidth(c.bracket) / c.count : 0,
    },
  };
  const outcome = outcomeOf(stats, method);
  let interval = null;
  if (settings !== null && isIntervalTest(method))
    interval =
      method === 'wasserstein'
        ? gridWassersteinInterval(fineGrid(layout, r, c), outcome.score, referenceStd, settings)
        : binnedInterval(method, bins.reference, bins.current, settings);
  return { ...base, method, outcome, skipped: null, stats, interval, sketch };
}

/** the fine bins as a Wasserstein grid: cell right edges (the largest value last) and counts */
function fineGrid(
  layout: NumericLayout,
  r: NumericSideData,
  c: NumericSideData,
): { edges: Float64Array; ref: Float64Array; cur: Float64Array } {
  const hi = Math.max(r.max!, c.max!);
  const right = layout.layout === 'quantiles' ? [...layout.edges, hi] : cellRights(layout.values, hi);
  const edges: number[] = [];
  const ref: number[] = [];
  const cur: number[] = [];
  right.forEach((e, j) => {
    if (edges.length > 0 && e <= edges[edges.length - 1]!) {
      ref[ref.length - 1]! += r.counts[j]!;
      cur[cur.length - 1]! += c.counts[j]!;
      return;
    }
    edges.push(e);
    ref.push(r.counts[j]!);
    cur.push(c.counts[j]!);
  });
  return { edges: Float64Array.from(edges), ref: Float64Array.from(ref), cur: Float64Array.from(cur) };
}

/** right ends of the point-and-gap cells: a gap (v_{j−1}, v_j) is placed at v_j's left neighbour */
function cellRights(values: readonly number[], hi: number): number[] {
  const out: number[] = [];
  values.forEach((v) => {
    out.push(v, v);
  });
  out.push(Math.max(hi, values[values.length - 1] ?? hi));
  return out;
}

export interface ProfiledCategoricalTask {
  name: string;
  method: MethodChoice;
  interval?: IntervalSettings | null;
  categories: readonly string[];
  reference: CategoricalSideData;
  current: CategoricalSideData;
}

/** bins over the layout's categories, the listed extra ones, and what is left unnamed */
export function categoryBins(task: ProfiledCategoricalTask): {
  labels: string[];
  reference: Float64Array;
  current: Float64Array;
  note: string | null;
} {
  const { reference: r, current: c } = task;
  const labels = [...task.categories];
  const ref = Array.from(r.counts);
  const cur = Array.from(c.counts);
  const index = new Map(labels.map((l, i) => [l, i]));
  const add = (side: 0 | 1, label: string, n: number): void => {
    let at = index.get(label);
    if (at === undefined) {
      at = labels.length;
      index.set(label, at);
      labels.push(label);
      ref.push(0);
      cur.push(0);
    }
    (side === 0 ? ref : cur)[at]! += n;
  };
  r.extra.categories.forEach((l, i) => add(0, l, r.extra.counts[i]!));
  c.extra.categories.forEach((l, i) => add(1, l, c.extra.counts[i]!));
  const unnamedRef = r.other - r.extra.counts.reduce((a, b) => a + b, 0);
  const unnamedCur = c.other - c.extra.counts.reduce((a, b) => a + b, 0);
  let note: string | null = null;
  if (unnamedRef > 0 || unnamedCur > 0) {
    add(0, OTHER_LABEL, unnamedRef);
    add(1, OTHER_LABEL, unnamedCur);
    note = `categories beyond the ${labels.length - 1} a profile names are counted together as '${OTHER_LABEL}'`;
  }
  return { labels, reference: Float64Array.from(ref), current: Float64Array.from(cur), note };
}

export function analyseCategoricalProfiled(task: ProfiledCategoricalTask): FeatureAnalysis {
  const { reference: r, current: c } = task;
  const u = categoryBins(task);
  const hist = categoricalHistograms(u.reference, u.current, u.labels);
  const quality: FeatureQuality = {
    missing: { reference: missingShare(r.missing, r.rows), current: missingShare(c.missing, c.rows) },
    newCategories: newCategories(u.reference, u.current, u.labels),
    outOfRange: null,
    constant: { reference: countPositive(u.reference) === 1, current: countPositive(u.current) === 1 },
  };
  const reference: SideSummary = {
    summary: categoricalSummary(u.reference, u.labels, r.missing),
    histogram: hist.reference,
  };
  const current: SideSummary = {
    summary: categoricalSummary(u.current, u.labels, c.missing),
    histogram: hist.current,
  };
  const base = {
    name: task.name,
    kind: 'categorical' as const,
    reference,
    current,
    quality,
    binning: u.note,
  };
  let shown = 0;
  for (let i = 0; i < u.labels.length; i++) if (u.reference[i]! > 0 || u.current[i]! > 0) shown++;
  const skipped = skipReason(
    r.count,
    c.count,
    shown,
    () => `'${u.labels.find((_, i) => u.reference[i]! + u.current[i]! > 0)}'`,
  );
  if (skipped !== null) return skippedAnalysis(base, task.method, skipped);
  // only the bins either side holds, as unionCounts gives on rows
  const keep = u.labels.map((_, i) => i).filter((i) => u.reference[i]! > 0 || u.current[i]! > 0);
  const ref = Float64Array.from(keep, (i) => u.reference[i]!);
  const cur = Float64Array.from(keep, (i) => u.current[i]!);
  const settings = task.interval ?? null;
  const method =
    task.method === 'auto' ? autoMethod('categorical', r.count, keep.length, settings !== null) : task.method;
  const { stats, interval } = categoricalDecision(method, ref, cur, settings);
  return { ...base, method, outcome: outcomeOf(stats, method), skipped: null, stats, interval };
}
