/**
 * The SQL that profiles a table on a reference profile's layout (`model-gate profile --sql
 * duckdb|spark|bigquery --table NAME --reference-profile ref.json`), run where the data lives. Its result
 * is a long table of (feature, part, idx, value, label) rows — a few thousand — which
 * `model-gate profile --rows FILE --engine-name …` assembles into the profile file (./assemble.ts). One
 * scan of the table computes every feature's counts, moments and range counts; one grouped scan per
 * feature counts its cells; one aggregate per numerical feature gives its sketch.
 *
 * Parts: '' rows; per numerical feature count, nonfinite, min, max, mean, m2 (VAR_POP × COUNT), below,
 * above (against the reference's range), cell (idx = the layout's cell: numpy searchsorted 'left' over
 * the fine edges, a balanced CASE tree; or 2·#{v < x} + [x is a reference value]), q (idx i: the sketch
 * item at i / items) and, for a 'values' layout, extra / extra_count / extra_distinct (values outside the
 * reference's, the 21 most frequent); per categorical feature count, category (label), extra (label, the
 * 1,000 most frequent outside the reference's), other.
 *
 * Dialects differ in quoting, the finite test, and the sketch: DuckDB gives exact order statistics
 * (the ⌈n·p⌉-th value, by one sort); Spark's percentile_approx is Greenwald–Khanna with rank error at most n / accuracy
 * (Spark's documented bound); BigQuery's APPROX_QUANTILES states no error bound, so BigQuery profiles take
 * none and their bounds come from the exact fine bins (RANGE_BUCKET makes 1,000 of them cheap:
 * --fine-bins 1000 on the reference). Number literals are written in exponent form (toExponential), a
 * DOUBLE / FLOAT64 literal in all three that reads back to the same double.
 */
import type { NumericProfile, Profile } from '../contract/profile.js';
import { MISSING_TOKENS } from '../values/grammar.js';
import { PROFILE_EXTRA_CATEGORIES, PROFILE_EXTRA_VALUES } from '../drift/profile-side.js';

export const SQL_DIALECTS = ['duckdb', 'spark', 'bigquery'] as const;
export type SqlDialect = (typeof SQL_DIALECTS)[number];

export interface SqlOptions {
  dialect: SqlDialect;
  /** the table, inserted as written: a name, a path expression (read_parquet('…/*.parquet')), a subquery */
  table: string;
  /** sketch items per numerical feature */
  sketchItems: number;
  /** Spark's percentile_approx accuracy (rank error 1 / accuracy) */
  accuracy: number;
  /**
   * the table was read from text (CSV): DESIGN §1's missing tokens ('', NA, null, …) are missing in
   * categorical columns, as the gate's CSV reader has them; typed sources (Parquet, warehouse tables)
   * keep them as categories, as the gate's Parquet reader does
   */
  textSource?: boolean;
  /** only these features (the DuckDB engine profiles one feature per query to bound its memory) */
  features?: readonly string[];
}

/** Spark's percentile_approx accuracy by default: rank error ≤ 1/100,000 of the values */
export const DEFAULT_SPARK_ACCURACY = 100_000;

interface Dialect {
  ident(name: string): string;
  str(text: string): string;
  double: string;
  int: string;
  text: string;
  finite(x: string): string;
  infinite(x: string): string;
  cellOf(x: string, edges: readonly number[]): string;
}

const lit = (x: number): string => x.toExponential();

/** a balanced CASE tree: #{e < x} over sorted edges (numpy searchsorted 'left') */
function caseTree(x: string, edges: readonly number[], a = 0, b = edges.length): string {
  if (a === b) return String(a);
  const mid = (a + b) >>> 1;
  return `CASE WHEN ${x} <= ${lit(edges[mid]!)} THEN ${caseTree(x, edges, a, mid)} ELSE ${caseTree(x, edges, mid + 1, b)} END`;
}

const DIALECTS: Record<SqlDialect, Dialect> = {
  duckdb: {
    ident: (n) => `"${n.replace(/"/g, '""')}"`,
    str: (t) => `'${t.replace(/'/g, "''")}'`,
    double: 'DOUBLE',
    int: 'BIGINT',
    text: 'VARCHAR',
    finite: (x) => `isfinite(${x})`,
    infinite: (x) => `isinf(${x})`,
    cellOf: (x, edges) => caseTree(x, edges),
  },
  spark: {
    ident: (n) => `\`${n.replace(/`/g, '``')}\``,
    str: (t) => `'${t.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`,
    double: 'DOUBLE',
    int: 'BIGINT',
    text: 'STRING',
    finite: (x) => `(NOT isnan(${x}) AND abs(${x}) < CAST('Infinity' AS DOUBLE))`,
    infinite: (x) => `(abs(${x}) = CAST('Infinity' AS DOUBLE))`,
    cellOf: (x, edges) => caseTree(x, edges),
  },
  bigquery: {
    ident: (n) => `\`${n.replace(/`/g, '\\`')}\``,
    str: (t) => `'${t.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`,
    double: 'FLOAT64',
    int: 'INT64',
    text: 'STRING',
    finite: (x) => `(NOT IS_NAN(${x}) AND NOT IS_INF(${x}))`,
    infinite: (x) => `IS_INF(${x})`,
    // #{e < x} = #edges − #{e ≥ x} = #edges − RANGE_BUCKET(−x, the negated edges ascending)
    cellOf: (x, edges) =>
      edges.length === 0
        ? '0'
        : `${edges.length} - RANGE_BUCKET(-${x}, [${[...edges]
            .reverse()
            .map((e) => lit(-e))
            .join(', ')}])`,
  },
};

function row(
  d: Dialect,
  feature: string,
  part: string,
  idx: string,
  value: string,
  label: string,
  from: string,
): string {
  return `SELECT ${d.str(feature)} AS feature, ${d.str(part)} AS part, CAST(${idx} AS ${d.int}) AS idx, CAST(${value} AS ${d.double}) AS value, CAST(${label} AS ${d.text}) AS label FROM ${from}`;
}

function sketchRows(d: Dialect, o: SqlOptions, name: string, v: string): string | null {
  const k = o.sketchItems;
  const from = `(SELECT ${v} AS v FROM vals WHERE ${v} IS NOT NULL)`;
  if (o.dialect === 'duckdb') {
    // exact order statistics by one out-of-core sort (DuckDB's quantile_disc over a list of k + 1
    // probabilities costs about k passes): the ⌈n·i/k⌉-th smallest for i = 0…k
    const sorted = `(SELECT v, row_number() OVER (ORDER BY v) AS rn FROM ${from}) s`;
    const ranks = `(SELECT i, GREATEST(1, CAST(CEIL(n * (i / ${k}.0)) AS BIGINT)) AS r FROM (SELECT COUNT(*) AS n FROM ${from}) c, range(0, ${k + 1}) g(i) WHERE n > 0) k`;
    return `SELECT ${d.str(name)} AS feature, 'q' AS part, CAST(k.i AS BIGINT) AS idx, CAST(s.v AS DOUBLE) AS value, CAST(NULL AS VARCHAR) AS label FROM ${sorted} JOIN ${ranks} ON s.rn = k.r`;
  }
  const ps = Array.from({ length: k + 1 }, (_, i) => lit(i / k)).join(', ');
  if (o.dialect === 'spark')
    return `SELECT ${d.str(name)} AS feature, 'q' AS part, CAST(pos AS BIGINT) AS idx, CAST(item AS DOUBLE) AS value, CAST(NULL AS STRING) AS label FROM (SELECT percentile_approx(v, array(${ps}), ${o.accuracy}) AS q FROM ${from} HAVING COUNT(v) > 0) LATERAL VIEW posexplode(q) t AS pos, item`;
  return null;
}

function numericRows(d: Dialect, o: SqlOptions, f: NumericProfile, i: number): string[] {
  const v = `v${i}`;
  const s = `stats`;
  const out = [
    row(d, f.name, 'count', '0', `c${i}`, 'NULL', s),
    row(d, f.name, 'nonfinite', '0', `nf${i}`, 'NULL', s),
    row(d, f.name, 'min', '0', `mn${i}`, 'NULL', s),
    row(d, f.name, 'max', '0', `mx${i}`, 'NULL', s),
    row(d, f.name, 'mean', '0', `mu${i}`, 'NULL', s),
    row(d, f.name, 'm2', '0', `m2${i}`, 'NULL', s),
    row(d, f.name, 'below', '0', `lo${i}`, 'NULL', s),
    row(d, f.name, 'above', '0', `hi${i}`, 'NULL', s),
  ];
  const cell =
    f.layout === 'quantiles'
      ? d.cellOf(v, f.edges)
      : `2 * (${d.cellOf(v, f.values)}) + CASE WHEN ${v} IN (${f.values.map(lit).join(', ')}) THEN 1 ELSE 0 END`;
  out.push(
    row(
      d,
      f.name,
      'cell',
      'cell',
      'n',
      'NULL',
      `(SELECT ${cell} AS cell, COUNT(*) AS n FROM vals WHERE ${v} IS NOT NULL GROUP BY 1) t`,
    ),
  );
  const q = sketchRows(d, o, f.name, v);
  if (q) out.push(q);
  if (f.layout === 'values') {
    const gx = `(SELECT ${v} AS x, COUNT(*) AS n FROM vals WHERE ${v} IS NOT NULL AND ${v} NOT IN (${f.values.map(lit).join(', ')}) GROUP BY ${v})`;
    const ranked = `(SELECT x, n, ROW_NUMBER() OVER (ORDER BY n DESC, x) AS rn FROM ${gx} g) r WHERE rn <= ${PROFILE_EXTRA_VALUES}`;
    out.push(row(d, f.name, 'extra', 'rn', 'x', 'NULL', ranked));
    out.push(row(d, f.name, 'extra_count', 'rn', 'n', 'NULL', ranked));
    out.push(row(d, f.name, 'extra_distinct', '0', 'COUNT(*)', 'NULL', `${gx} g`));
  }
  return out;
}

function categoricalRows(
  d: Dialect,
  f: Profile['features'][number] & { kind: 'categorical' },
  i: number,
): string[] {
  const c = `c${i}`;
  const known = f.categories.length > 0 ? `${c} IN (${f.categories.map(d.str).join(', ')})` : 'FALSE';
  const g = `(SELECT ${c} AS label, COUNT(*) AS n, CASE WHEN ${known} THEN 1 ELSE 0 END AS known FROM vals WHERE ${c} IS NOT NULL GROUP BY ${c})`;
  return [
    row(d, f.name, 'count', '0', `COALESCE(SUM(n), 0)`, 'NULL', `${g} g`),
    row(d, f.name, 'category', '0', 'n', 'label', `${g} g WHERE known = 1`),
    row(d, f.name, 'other', '0', `COALESCE(SUM(n), 0)`, 'NULL', `${g} g WHERE known = 0`),
    row(
      d,
      f.name,
      'extra',
      'rn',
      'n',
      'label',
      `(SELECT label, n, ROW_NUMBER() OVER (ORDER BY n DESC, label) AS rn FROM ${g} g WHERE known = 0) r WHERE rn <= ${PROFILE_EXTRA_CATEGORIES}`,
    ),
  ];
}

export function profileSql(reference: Profile, o: SqlOptions): string {
  const d = DIALECTS[o.dialect];
  const wanted = o.features ? new Set(o.features) : null;
  const features = reference.features
    .map((f, i) => ({ f, i }))
    .filter(({ f }) => !wanted || wanted.has(f.name));
  const missing = MISSING_TOKENS.map(d.str).join(', ');
  const cols: string[] = [];
  const stats: string[] = ['COUNT(*) AS n_rows'];
  for (const { f, i } of features) {
    const x = d.ident(f.name);
    if (f.kind === 'categorical') {
      const t = `TRIM(CAST(${x} AS ${d.text}))`;
      cols.push(
        o.textSource
          ? `CASE WHEN ${t} IN (${missing}) THEN NULL ELSE CAST(${x} AS ${d.text}) END AS c${i}`
          : `CAST(${x} AS ${d.text}) AS c${i}`,
      );
      continue;
    }
    const r = `CAST(${x} AS ${d.double})`;
    cols.push(
      `CASE WHEN ${d.finite(r)} THEN ${r} END AS v${i}`,
      `CASE WHEN ${d.infinite(r)} THEN 1 ELSE 0 END AS inf${i}`,
    );
    const v = `v${i}`;
    const lo = f.range.min === null ? 'NULL' : lit(f.range.min);
    const hi = f.range.max === null ? 'NULL' : lit(f.range.max);
    stats.push(
      `COUNT(${v}) AS c${i}`,
      `SUM(inf${i}) AS nf${i}`,
      `MIN(${v}) AS mn${i}`,
      `MAX(${v}) AS mx${i}`,
      `AVG(${v}) AS mu${i}`,
      `VAR_POP(${v}) * COUNT(${v}) AS m2${i}`,
      `SUM(CASE WHEN ${v} < ${lo} THEN 1 ELSE 0 END) AS lo${i}`,
      `SUM(CASE WHEN ${v} > ${hi} THEN 1 ELSE 0 END) AS hi${i}`,
    );
  }
  const parts = [row(d, '', 'rows', '0', 'n_rows', 'NULL', 'stats')];
  for (const { f, i } of features)
    parts.push(...(f.kind === 'categorical' ? categoricalRows(d, f, i) : numericRows(d, o, f, i)));
  return (
    [
      `-- model-gate profile (${o.dialect}): ${features.length} features on the reference profile's layout`,
      `-- save the result (feature, part, idx, value, label) as CSV, JSON Lines or Parquet, then:`,
      `--   model-gate profile --rows RESULT --engine-name ${o.dialect} --reference-profile REF.json --out CURRENT.json`,
      `WITH vals AS (SELECT ${cols.length > 0 ? cols.join(',\n  ') : '1 AS one'} FROM ${o.table}),`,
      `stats AS (SELECT ${stats.join(',\n  ')} FROM vals)`,
      parts.join('\nUNION ALL\n'),
    ].join('\n') + '\n'
  );
}
