/**
 * Two profiles on the same layout add into the profile of both (`model-gate profile --merge a.json b.json`):
 * counts, missing and out-of-range counts add; min and max combine; mean and m2 combine by Chan's formula;
 * the listed extra values and categories add by name (complete only when both lists were and the sum still
 * fits the cap); the sketches' brackets add (stats/cdf-bracket.ts mergeBrackets: the sum of two bounds
 * bounds the sum) and are compacted back to the profiles' sketchItems. A reference profile (its own
 * layout) merges only when the two layouts are equal, which two days' own layouts rarely are: profile the
 * days on one reference profile instead.
 */
import type { CategoricalProfile, NumericProfile, Profile, ProfileFeature } from '../contract/profile.js';
import { byCountThenKey, PROFILE_EXTRA_CATEGORIES, PROFILE_EXTRA_VALUES } from '../drift/profile-side.js';
import { inputError } from '../errors.js';
import { compactBracket, mergeBrackets, type CdfBracket } from '../stats/index.js';
import { sketchOf } from './build.js';

function bracketOf(p: NumericProfile): CdfBracket {
  return {
    points: Float64Array.from(p.sketch.points),
    lower: Float64Array.from(p.sketch.lower),
    upper: Float64Array.from(p.sketch.upper),
    n: p.count,
  };
}

const same = (a: readonly unknown[], b: readonly unknown[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);

function addLists<T extends string | number>(
  a: { keys: T[]; counts: number[]; complete: boolean },
  b: { keys: T[]; counts: number[]; complete: boolean },
  cap: number,
): { keys: T[]; counts: number[]; complete: boolean } {
  const sum = new Map<T, number>();
  a.keys.forEach((k, i) => sum.set(k, (sum.get(k) ?? 0) + a.counts[i]!));
  b.keys.forEach((k, i) => sum.set(k, (sum.get(k) ?? 0) + b.counts[i]!));
  const sorted = [...sum.entries()].sort(byCountThenKey);
  const kept = sorted.slice(0, cap);
  return {
    keys: kept.map(([k]) => k),
    counts: kept.map(([, c]) => c),
    complete: a.complete && b.complete && kept.length === sorted.length,
  };
}

function mergeNumeric(a: NumericProfile, b: NumericProfile, items: number, where: string): NumericProfile {
  const layoutEqual =
    a.layout === 'quantiles' && b.layout === 'quantiles'
      ? same(a.edges, b.edges)
      : a.layout === 'values' && b.layout === 'values' && same(a.values, b.values);
  if (!layoutEqual || a.range.min !== b.range.min || a.range.max !== b.range.max)
    throw inputError(
      `${where}: feature '${a.name}' was profiled on other edges in the two profiles; profile both on one reference profile`,
    );
  const n = a.count + b.count;
  let mean: number | null = a.mean ?? b.mean;
  let m2: number | null = a.m2 ?? b.m2;
  if (a.count > 0 && b.count > 0) {
    const delta = b.mean! - a.mean!;
    mean = a.mean! + (delta * b.count) / n;
    m2 = a.m2! + b.m2! + (delta * delta * a.count * b.count) / n;
  }
  const bracket = compactBracket(mergeBrackets(bracketOf(a), bracketOf(b)), items);
  const common = {
    name: a.name,
    kind: 'numerical' as const,
    count: n,
    missing: a.missing + b.missing,
    nonFinite: a.nonFinite + b.nonFinite,
    min: a.min === null ? b.min : b.min === null ? a.min : Math.min(a.min, b.min),
    max: a.max === null ? b.max : b.max === null ? a.max : Math.max(a.max, b.max),
    mean,
    m2,
    range: { ...a.range, below: a.range.below + b.range.below, above: a.range.above + b.range.above },
    counts: a.counts.map((c, j) => c + b.counts[j]!),
    sketch: sketchOf(bracket),
  };
  if (a.layout === 'quantiles') return { ...common, layout: 'quantiles', edges: a.edges };
  const bv = b as typeof a;
  const extra = addLists(
    { keys: a.extra.values, counts: a.extra.counts, complete: a.extra.complete },
    { keys: bv.extra.values, counts: bv.extra.counts, complete: bv.extra.complete },
    PROFILE_EXTRA_VALUES,
  );
  return {
    ...common,
    layout: 'values',
    values: a.values,
    extra: { values: extra.keys, counts: extra.counts, complete: extra.complete },
  };
}

function mergeCategorical(a: CategoricalProfile, b: CategoricalProfile, where: string): CategoricalProfile {
  if (!same(a.categories, b.categories))
    throw inputError(
      `${where}: feature '${a.name}' lists other categories in the two profiles; profile both on one reference profile`,
    );
  const extra = addLists(
    { keys: a.extra.categories, counts: a.extra.counts, complete: a.extra.complete },
    { keys: b.extra.categories, counts: b.extra.counts, complete: b.extra.complete },
    PROFILE_EXTRA_CATEGORIES,
  );
  return {
    ...a,
    count: a.count + b.count,
    missing: a.missing + b.missing,
    counts: a.counts.map((c, j) => c + b.counts[j]!),
    other: a.other + b.other,
    extra: { categories: extra.keys, counts: extra.counts, complete: extra.complete },
  };
}

/** the profile of both tables; `where` names the two files in messages */
export function mergeProfiles(a: Profile, b: Profile, where: string): Profile {
  if (a.fineBins !== b.fineBins)
    throw inputError(
      `${where}: the profiles have ${a.fineBins} and ${b.fineBins} fine bins; profile both on one reference profile`,
    );
  const names = new Set(b.features.map((f) => f.name));
  const missing =
    a.features.find((f) => !names.has(f.name)) ??
    b.features.find((f) => !a.features.some((g) => g.name === f.name));
  if (missing) throw inputError(`${where}: feature '${missing.name}' is in one profile only`);
  const byName = new Map(b.features.map((f) => [f.name, f]));
  const features: ProfileFeature[] = a.features.map((f) => {
    const g = byName.get(f.name)!;
    if (f.kind !== g.kind)
      throw inputError(
        `${where}: feature '${f.name}' is ${f.kind} in one profile and ${g.kind} in the other`,
      );
    return f.kind === 'numerical'
      ? mergeNumeric(f, g as NumericProfile, Math.max(a.sketchItems, b.sketchItems), where)
      : mergeCategorical(f, g as CategoricalProfile, where);
  });
  return {
    ...a,
    rows: a.rows + b.rows,
    sketchItems: Math.max(a.sketchItems, b.sketchItems),
    source: {
      engine: 'merged',
      input: [...a.source.input, ...b.source.input],
      onReference: a.source.onReference && b.source.onReference,
    },
    features,
  };
}
