/**
 * Profiles computed by model-gate itself (`model-gate profile FILE…` without --engine), from a table read
 * by src/io: a reference profile fixes each feature's layout from its own rows (drift/profile-side.ts),
 * a current profile is computed on a reference profile's layout. The SQL engines (./sql.ts, ./assemble.ts)
 * produce the same file; a test holds the two equal on the same data.
 *
 * A numerical sketch here is the exact bracket of the sorted sample compacted to `sketchItems` points
 * (stats/cdf-bracket.ts: its rank error is then about n / sketchItems), intersected with the exact counts
 * at the layout's edges.
 *
 * Cost: one radix sort per numerical column, O(n + k) per categorical.
 */
import type {
  CategoricalProfile,
  NumericProfile,
  Profile,
  ProfileEngine,
  ProfileFeature,
  ProfileSketch,
} from '../contract/profile.js';
import { PROFILE_KIND, PROFILE_SCHEMA_VERSION } from '../contract/profile.js';
import type { Column, Table } from '../contract/table.js';
import {
  categoricalSideFromSample,
  categoriesOfSample,
  exactFacts,
  layoutOfSample,
  numericSideFromSample,
  type NumericLayout,
  type NumericSideData,
} from '../drift/profile-side.js';
import { inputError } from '../errors.js';
import {
  addBracketFacts,
  BracketBuilder,
  bracketWidth,
  compactBracket,
  sortedFinite,
  type CdfBracket,
} from '../stats/index.js';
import { asCategorical, asNumbers } from '../values/coerce.js';

/** the layout rules an engine's reference pass follows (src/io/duckdb-profile.ts): drift's own */
export { MAX_VALUE_BINS } from '../drift/constants.js';
export { byCountThenKey, PROFILE_MAX_CATEGORIES } from '../drift/profile-side.js';

/** quantile bins of the reference by default: every drift.bins that divides it works (10, 20, 25, 50, 100) */
export const DEFAULT_FINE_BINS = 100;
/** sketch points per numerical feature by default (rank error about 1 / 2,000 of the values) */
export const DEFAULT_SKETCH_ITEMS = 2_000;

export interface ProfileSettings {
  fineBins: number;
  sketchItems: number;
  /** the reference profile whose layout a current profile is computed on; null for a reference profile */
  reference: Profile | null;
  engine: ProfileEngine;
  input: string[];
}

/** the layout of a reference profile's numerical feature */
export function layoutOfProfile(p: NumericProfile): NumericLayout {
  return p.layout === 'quantiles'
    ? { layout: 'quantiles', edges: p.edges, min: p.range.min ?? p.min, max: p.range.max ?? p.max }
    : { layout: 'values', values: p.values, min: p.range.min ?? p.min, max: p.range.max ?? p.max };
}

export function sketchOf(b: CdfBracket): ProfileSketch {
  return {
    points: Array.from(b.points),
    lower: Array.from(b.lower),
    upper: Array.from(b.upper),
    rankError: b.n > 0 ? bracketWidth(b) / b.n : 0,
  };
}

/** the profile feature of a side: its sketch intersected with the exact counts of the layout */
export function numericFeature(
  name: string,
  side: NumericSideData,
  layout: NumericLayout,
  sketch: CdfBracket,
): NumericProfile {
  const builder = new BracketBuilder(side.count);
  addBracketFacts(builder, sketch);
  exactFacts(builder, side, layout);
  const common = {
    name,
    kind: 'numerical' as const,
    count: side.count,
    missing: side.missing,
    nonFinite: side.nonFinite,
    min: side.min,
    max: side.max,
    mean: side.mean,
    m2: side.m2,
    range: { min: layout.min, max: layout.max, below: side.below, above: side.above },
    counts: Array.from(side.counts),
    sketch: sketchOf(side.count > 0 ? builder.build() : sketch),
  };
  return layout.layout === 'quantiles'
    ? { ...common, layout: 'quantiles', edges: layout.edges }
    : { ...common, layout: 'values', values: layout.values, extra: side.extra };
}

function numericColumnFeature(
  col: Column,
  rows: number,
  layoutFrom: NumericProfile | null,
  settings: ProfileSettings,
  path: string,
): NumericProfile {
  const n = asNumbers(col);
  if (!n.ok)
    throw inputError(
      `column '${col.name}' in ${path} holds text ('${n.text}', row ${n.row + 1}) where the reference profile has numbers`,
    );
  const sorted = sortedFinite(n.values);
  const layout = layoutFrom ? layoutOfProfile(layoutFrom) : layoutOfSample(sorted, settings.fineBins);
  const nonFinite = col.kind === 'numerical' ? col.nonFinite : 0;
  const side = numericSideFromSample(sorted, rows, nonFinite, layout);
  return numericFeature(col.name, side, layout, compactBracket(side.bracket, settings.sketchItems));
}

function categoricalColumnFeature(col: Column, layoutFrom: CategoricalProfile | null): CategoricalProfile {
  const c = asCategorical(col);
  const categories = layoutFrom ? layoutFrom.categories : categoriesOfSample(c.codes, c.dictionary);
  const side = categoricalSideFromSample(c.codes, c.dictionary, categories);
  return {
    name: col.name,
    kind: 'categorical',
    layout: 'categories',
    count: side.count,
    missing: side.missing,
    categories: [...categories],
    counts: Array.from(side.counts),
    other: side.other,
    extra: layoutFrom ? side.extra : { categories: [], counts: [], complete: side.other === 0 },
  };
}

/** the profile of a table's columns (`names`, in order); on a reference profile: its features only */
export function profileOfTable(table: Table, names: readonly string[], settings: ProfileSettings): Profile {
  const ref = settings.reference;
  const byName = new Map(ref?.features.map((f) => [f.name, f]) ?? []);
  const features: ProfileFeature[] = [];
  if (ref) {
    const absent = ref.features.find((f) => !table.columns.has(f.name));
    if (absent)
      throw inputError(
        `column '${absent.name}' of the reference profile is not in ${table.path} (a current profile covers every reference feature)`,
      );
  }
  for (const name of ref ? ref.features.map((f) => f.name) : names) {
    const col = table.columns.get(name);
    if (!col) continue;
    const layoutFrom = byName.get(name) ?? null;
    if (ref && !layoutFrom) continue;
    const kind = layoutFrom?.kind ?? col.kind;
    features.push(
      kind === 'numerical'
        ? numericColumnFeature(col, table.rows, layoutFrom as NumericProfile | null, settings, table.path)
        : categoricalColumnFeature(col, layoutFrom as CategoricalProfile | null),
    );
  }
  return {
    schemaVersion: PROFILE_SCHEMA_VERSION,
    kind: PROFILE_KIND,
    rows: table.rows,
    fineBins: ref?.fineBins ?? settings.fineBins,
    sketchItems: settings.sketchItems,
    source: { engine: settings.engine, input: settings.input, onReference: ref !== null },
    features,
  };
}
