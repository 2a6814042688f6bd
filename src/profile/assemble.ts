/**
 * The rows ./sql.ts's query returns (feature, part, idx, value, label), assembled into a profile file on
 * the reference profile's layout. The exact parts become the profile's counts; the engine's sketch items
 * become CDF facts with the engine's rank semantics, intersected with the exact counts (./build.ts
 * numericFeature):
 *  - duckdb: item i is the ⌈n·i/items⌉-th smallest value; its 1-based rank is taken within ±1 of
 *    that (n·p is computed in floating point by the engine);
 *  - spark: percentile_approx(p, accuracy) has ⌊(p − 1/accuracy)·n⌋ ≤ rank ≤ ⌈(p + 1/accuracy)·n⌉;
 *  - bigquery: no sketch rows (APPROX_QUANTILES states no bound).
 * Rows that do not fit (an unknown feature or part, a cell index outside the layout, counts that do not
 * add up) are input errors naming the file, the feature and the row.
 */
import type { CategoricalProfile, NumericProfile, Profile, ProfileFeature } from '../contract/profile.js';
import { PROFILE_KIND, PROFILE_SCHEMA_VERSION } from '../contract/profile.js';
import { PROFILE_EXTRA_VALUES, type NumericSideData } from '../drift/profile-side.js';
import { inputError } from '../errors.js';
import { BracketBuilder } from '../stats/index.js';
import { layoutOfProfile, numericFeature } from './build.js';
import type { SqlDialect } from './sql.js';

export interface ProfileRow {
  feature: string;
  part: string;
  idx: number;
  value: number | null;
  label: string | null;
}

export interface AssembleOptions {
  dialect: SqlDialect;
  sketchItems: number;
  accuracy: number;
  /** names the rows in messages */
  source: string;
  input: string[];
  /** false when the rows profile the reference on its own layout (the DuckDB engine's reference pass) */
  onReference?: boolean;
}

type Parts = Map<string, ProfileRow[]>;

function one(parts: Parts, part: string, where: string): number | null {
  const rows = parts.get(part) ?? [];
  if (rows.length !== 1) throw inputError(`${where}: expected one '${part}' row, found ${rows.length}`);
  return rows[0]!.value;
}

function countOf(parts: Parts, part: string, where: string): number {
  const v = one(parts, part, where) ?? 0;
  if (!Number.isInteger(v) || v < 0) throw inputError(`${where}: '${part}' is ${v}, expected a count`);
  return v;
}

function sketchFacts(parts: Parts, n: number, o: AssembleOptions): BracketBuilder {
  const b = new BracketBuilder(n);
  const k = o.sketchItems;
  for (const r of parts.get('q') ?? []) {
    if (r.value === null || !Number.isFinite(r.value)) continue;
    const p = r.idx / k;
    let lo: number;
    let hi: number;
    if (o.dialect === 'duckdb') {
      const at = Math.max(1, Math.ceil(n * p));
      [lo, hi] = [at - 1, at + 1];
    } else {
      const e = 1 / o.accuracy;
      [lo, hi] = [Math.floor((p - e) * n), Math.ceil((p + e) * n)];
    }
    lo = Math.min(n, Math.max(1, lo));
    hi = Math.min(n, Math.max(1, hi));
    b.atLeast(r.value, lo).before(r.value, hi - 1);
  }
  return b;
}

function numeric(ref: NumericProfile, parts: Parts, rows: number, o: AssembleOptions): NumericProfile {
  const where = `${o.source}: feature '${ref.name}'`;
  const layout = layoutOfProfile(ref);
  const count = countOf(parts, 'count', where);
  const cells = ref.layout === 'quantiles' ? ref.edges.length + 1 : 2 * ref.values.length + 1;
  const counts = new Float64Array(cells);
  for (const r of parts.get('cell') ?? []) {
    if (!(r.idx >= 0 && r.idx < cells))
      throw inputError(`${where}: cell ${r.idx} is outside its ${cells} cells`);
    counts[r.idx] = r.value ?? 0;
  }
  const extraRows = (parts.get('extra') ?? []).sort((a, b) => a.idx - b.idx);
  const extraCounts = new Map((parts.get('extra_count') ?? []).map((r) => [r.idx, r.value ?? 0]));
  const distinct = ref.layout === 'values' ? countOf(parts, 'extra_distinct', where) : 0;
  const side: Omit<NumericSideData, 'bracket'> & { bracket: null } = {
    rows,
    count,
    missing: rows - count,
    nonFinite: countOf(parts, 'nonfinite', where),
    min: count > 0 ? one(parts, 'min', where) : null,
    max: count > 0 ? one(parts, 'max', where) : null,
    mean: count > 0 ? one(parts, 'mean', where) : null,
    m2: count > 0 ? one(parts, 'm2', where) : null,
    counts,
    extra: {
      values: extraRows.map((r) => r.value!),
      counts: extraRows.map((r) => extraCounts.get(r.idx) ?? 0),
      complete: distinct <= PROFILE_EXTRA_VALUES,
    },
    below: countOf(parts, 'below', where),
    above: countOf(parts, 'above', where),
    bracket: null,
    exact: false,
    sorted: null,
  };
  const inCells = counts.reduce((a, b) => a + b, 0);
  if (inCells !== count)
    throw inputError(`${where}: its cells hold ${inCells} values, its count is ${count}`);
  const sketch = sketchFacts(parts, count, o).build();
  return numericFeature(ref.name, { ...side, bracket: sketch }, layout, sketch);
}

function categorical(
  ref: CategoricalProfile,
  parts: Parts,
  rows: number,
  o: AssembleOptions,
): CategoricalProfile {
  const where = `${o.source}: feature '${ref.name}'`;
  const count = countOf(parts, 'count', where);
  const at = new Map(ref.categories.map((c, i) => [c, i]));
  const counts = new Array<number>(ref.categories.length).fill(0);
  for (const r of parts.get('category') ?? []) {
    const i = at.get(r.label ?? '');
    if (i === undefined) throw inputError(`${where}: category '${r.label}' is not one of the reference's`);
    counts[i] = r.value ?? 0;
  }
  const other = countOf(parts, 'other', where);
  const extra = (parts.get('extra') ?? []).sort((a, b) => a.idx - b.idx);
  const listed = extra.reduce((a, r) => a + (r.value ?? 0), 0);
  return {
    name: ref.name,
    kind: 'categorical',
    layout: 'categories',
    count,
    missing: rows - count,
    categories: [...ref.categories],
    counts,
    other,
    extra: {
      categories: extra.map((r) => r.label ?? ''),
      counts: extra.map((r) => r.value ?? 0),
      complete: listed === other,
    },
  };
}

export function assembleProfile(
  reference: Profile,
  rows: readonly ProfileRow[],
  o: AssembleOptions,
): Profile {
  const byFeature = new Map<string, Parts>();
  for (const r of rows) {
    let parts = byFeature.get(r.feature);
    if (!parts) byFeature.set(r.feature, (parts = new Map()));
    const list = parts.get(r.part);
    if (list) list.push(r);
    else parts.set(r.part, [r]);
  }
  const total = countOf(byFeature.get('') ?? new Map(), 'rows', `${o.source}`);
  const known = new Set(['', ...reference.features.map((f) => f.name)]);
  const stranger = [...byFeature.keys()].find((f) => !known.has(f));
  if (stranger !== undefined)
    throw inputError(`${o.source}: feature '${stranger}' is not in the reference profile`);
  const features: ProfileFeature[] = [];
  for (const f of reference.features) {
    const parts = byFeature.get(f.name);
    if (!parts) continue;
    features.push(f.kind === 'numerical' ? numeric(f, parts, total, o) : categorical(f, parts, total, o));
  }
  return {
    schemaVersion: PROFILE_SCHEMA_VERSION,
    kind: PROFILE_KIND,
    rows: total,
    fineBins: reference.fineBins,
    sketchItems: o.sketchItems,
    source: { engine: o.dialect, input: o.input, onReference: o.onReference ?? true },
    features,
  };
}
