/**
 * One side of a feature as the profile analysis sees it (issue 13): counts on the reference's layout
 * (fine quantile bins, or the reference's few values and the gaps around them, or its categories), the
 * exact counts and moments, and a CDF bracket (src/stats/cdf-bracket.ts). A side comes from a profile file
 * (contract/profile.ts) or from raw rows; raw rows give the exact bracket (a point per distinct value), so
 * raw-against-profile bounds carry only the profile's error.
 *
 * The layout is fixed by the reference: `layoutOfSample` derives it from raw reference rows exactly as
 * src/drift/binning.ts would (at most MAX_VALUE_BINS distinct values: those values; else the distinct
 * numpy-linear quantiles at i/fineBins, kept with repeats so drift.bins edges are found by index), and a
 * reference profile carries it. Categories are the reference's most frequent, at most PROFILE_MAX_CATEGORIES,
 * ordered by count then label.
 *
 * Cost: a sample side O(n) after its sort (binary searches per edge); a profile side O(points).
 */
import type { CategoricalProfile, NumericProfile } from '../contract/profile.js';
import {
  BracketBuilder,
  mean,
  quantileSorted,
  sampleBracket,
  searchsortedLeft,
  searchsortedRight,
  sortedFinite,
  sumSquaredDeviations,
  type CdfBracket,
} from '../stats/index.js';
import { countInEdgeBins, distinctSorted, pointAndGapCounts } from './binning.js';
import { countCodes } from './analyse.js';
import { MAX_VALUE_BINS } from './constants.js';

/** categories a profile lists by name; the rest is counted as "other" */
export const PROFILE_MAX_CATEGORIES = 10_000;
/** values outside a 'values' layout listed by name: one more than can still make a value bin */
export const PROFILE_EXTRA_VALUES = MAX_VALUE_BINS + 1;
/** categories outside the reference's listed by name in a current profile */
export const PROFILE_EXTRA_CATEGORIES = 1_000;

export type NumericLayout =
  | { layout: 'quantiles'; edges: number[]; min: number | null; max: number | null }
  | { layout: 'values'; values: number[]; min: number | null; max: number | null };

export interface NumericSideData {
  rows: number;
  count: number;
  missing: number;
  nonFinite: number;
  min: number | null;
  max: number | null;
  mean: number | null;
  m2: number | null;
  /** counts on the layout: fine bins (edges + 1) or the 2k + 1 point-and-gap cells */
  counts: Float64Array;
  /** 'values' layout: values outside the layout's, with counts (complete when all are listed) */
  extra: { values: number[]; counts: number[]; complete: boolean };
  below: number;
  above: number;
  bracket: CdfBracket;
  /** the bracket is the sample itself */
  exact: boolean;
  /** a raw side's sorted finite values (exact summaries); null for a profile */
  sorted: Float64Array | null;
}

export interface CategoricalSideData {
  rows: number;
  count: number;
  missing: number;
  /** counts of the layout's categories */
  counts: Float64Array;
  /** values in none of the layout's categories */
  other: number;
  extra: { categories: string[]; counts: number[]; complete: boolean };
}

/** a raw column's finite values, sorted: the form the sample functions below take */
export function finiteSorted(values: Float64Array): Float64Array {
  return sortedFinite(values);
}

/** the layout raw reference rows give (sorted finite values) */
export function layoutOfSample(sorted: Float64Array, fineBins: number): NumericLayout {
  const min = sorted.length > 0 ? sorted[0]! : null;
  const max = sorted.length > 0 ? sorted[sorted.length - 1]! : null;
  const values = distinctSorted(sorted, MAX_VALUE_BINS);
  if (values.length <= MAX_VALUE_BINS) return { layout: 'values', values, min, max };
  const edges: number[] = [];
  for (let i = 1; i < fineBins; i++) edges.push(quantileSorted(sorted, i / fineBins));
  return { layout: 'quantiles', edges, min, max };
}

/** values of a sorted sample outside `values`, most frequent first, at most PROFILE_EXTRA_VALUES */
function extraValues(sorted: Float64Array, values: readonly number[]): NumericSideData['extra'] {
  const known = new Set(values);
  const found: [number, number][] = [];
  let complete = true;
  for (let i = 0; i < sorted.length;) {
    const v = sorted[i]!;
    const end = searchsortedRight(sorted, v);
    if (!known.has(v)) {
      if (found.length === PROFILE_EXTRA_VALUES) {
        complete = false;
        break;
      }
      found.push([v, end - i]);
    }
    i = end;
  }
  found.sort(byCountThenKey);
  return { values: found.map((f) => f[0]), counts: found.map((f) => f[1]), complete };
}

/** a raw side: `sorted` finite values, `missing` (NaN and ±Infinity) of `rows` */
export function numericSideFromSample(
  sorted: Float64Array,
  rows: number,
  nonFinite: number,
  layout: NumericLayout,
): NumericSideData {
  const n = sorted.length;
  const mu = n > 0 ? mean(sorted) : null;
  const counts =
    layout.layout === 'quantiles'
      ? countInEdgeBins(sorted, layout.edges)
      : pointAndGapCounts(sorted, layout.values);
  const extra =
    layout.layout === 'values'
      ? extraValues(sorted, layout.values)
      : { values: [], counts: [], complete: true };
  const below = layout.min === null ? 0 : searchsortedLeft(sorted, layout.min);
  const above = layout.max === null ? 0 : n - searchsortedRight(sorted, layout.max);
  return {
    rows,
    count: n,
    missing: rows - n,
    nonFinite,
    min: n > 0 ? sorted[0]! : null,
    max: n > 0 ? sorted[n - 1]! : null,
    mean: mu,
    m2: mu === null ? null : sumSquaredDeviations(sorted, mu),
    counts,
    extra,
    below,
    above,
    bracket: sampleBracket(sorted),
    exact: true,
    sorted,
  };
}

/** a side from a profile's feature (its counts are on the layout the caller checked) */
export function numericSideFromProfile(p: NumericProfile, rows: number): NumericSideData {
  return {
    rows,
    count: p.count,
    missing: p.missing,
    nonFinite: p.nonFinite,
    min: p.min,
    max: p.max,
    mean: p.mean,
    m2: p.m2,
    counts: Float64Array.from(p.counts),
    extra: p.layout === 'values' ? p.extra : { values: [], counts: [], complete: true },
    below: p.range.below,
    above: p.range.above,
    bracket: {
      points: Float64Array.from(p.sketch.points),
      lower: Float64Array.from(p.sketch.lower),
      upper: Float64Array.from(p.sketch.upper),
      n: p.count,
    },
    exact: false,
    sorted: null,
  };
}

/**
 * The facts a profile's exact numbers give about its CDF: counts at the layout's edges (or values), min,
 * max and the reference range — intersected with a sketch bracket by the caller's builder.
 */
export function exactFacts(
  b: BracketBuilder,
  side: Omit<NumericSideData, 'bracket'>,
  layout: NumericLayout,
): void {
  if (side.count === 0 || side.min === null || side.max === null) return;
  b.before(side.min, 0).exact(side.max, side.count).atLeast(side.min, 1);
  if (layout.layout === 'quantiles') {
    let c = 0;
    layout.edges.forEach((e, j) => {
      c += side.counts[j]!;
      b.exact(e, c);
    });
  } else {
    let c = 0;
    layout.values.forEach((v, j) => {
      b.before(v, c + side.counts[2 * j]!);
      c += side.counts[2 * j]! + side.counts[2 * j + 1]!;
      b.exact(v, c);
    });
  }
  if (layout.min !== null) b.before(layout.min, side.below).atLeast(layout.min, side.below);
  if (layout.max !== null) b.exact(layout.max, side.count - side.above);
}

/** [key, count] pairs most frequent first, then by key: how profiles order categories and extra values */
export function byCountThenKey<K extends string | number>(a: [K, number], b: [K, number]): number {
  return b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
}

/** the reference's categories: most frequent first (then by label), at most PROFILE_MAX_CATEGORIES */
export function categoriesOfSample(codes: Int32Array, dictionary: readonly string[]): string[] {
  const counts = new Float64Array(dictionary.length);
  countCodes(codes, counts);
  const merged = new Map<string, number>();
  dictionary.forEach((label, i) => {
    if (counts[i]! > 0) merged.set(label, (merged.get(label) ?? 0) + counts[i]!);
  });
  return [...merged.entries()]
    .sort(byCountThenKey)
    .slice(0, PROFILE_MAX_CATEGORIES)
    .map(([label]) => label);
}

/** a raw categorical side on the layout's categories */
export function categoricalSideFromSample(
  codes: Int32Array,
  dictionary: readonly string[],
  categories: readonly string[],
): CategoricalSideData {
  const index = new Map(categories.map((c, i) => [c, i]));
  const raw = new Float64Array(dictionary.length);
  const missing = countCodes(codes, raw);
  const counts = new Float64Array(categories.length);
  const rest = new Map<string, number>();
  let other = 0;
  dictionary.forEach((label, i) => {
    const c = raw[i]!;
    if (c === 0) return;
    const at = index.get(label);
    if (at !== undefined) counts[at]! += c;
    else {
      other += c;
      rest.set(label, (rest.get(label) ?? 0) + c);
    }
  });
  const sorted = [...rest.entries()].sort(byCountThenKey);
  const listed = sorted.slice(0, PROFILE_EXTRA_CATEGORIES);
  return {
    rows: codes.length,
    count: codes.length - missing,
    missing,
    counts,
    other,
    extra: {
      categories: listed.map(([l]) => l),
      counts: listed.map(([, c]) => c),
      complete: listed.length === sorted.length,
    },
  };
}

export function categoricalSideFromProfile(p: CategoricalProfile, rows: number): CategoricalSideData {
  return {
    rows,
    count: p.count,
    missing: p.missing,
    counts: Float64Array.from(p.counts),
    other: p.other,
    extra: p.extra,
  };
}
