/**
 * `model-gate profile --engine duckdb FILE…`: DuckDB (@duckdb/node-api, an optional dependency of the CLI,
 * never bundled into the action) reads Parquet or CSV files of any size out of core and runs the profile
 * SQL of src/profile/sql.ts, one feature per query (so one column's sketch at a time is held), and the
 * rows are assembled exactly as a warehouse's would be (src/profile/assemble.ts).
 *
 * Without a reference profile the files are the reference and a first pass fixes each feature's layout as
 * the gate would on rows: kinds as the readers infer them (integers with at most 10 distinct values and
 * booleans categorical, text categorical, numbers numerical; dates and timestamps are not features), at
 * most 20 distinct values → those values, else the numpy-linear quantiles at i/fineBins, interpolated here
 * (stats/quantile.ts lerpQuantile) between the two order statistics DuckDB's sort gives (row_number),
 * so the edges equal the gate's on the same rows to the bit; categories by count.
 */
import { access, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CategoricalProfile, NumericProfile, Profile, ProfileFeature } from '../contract/profile.js';
import { PROFILE_KIND, PROFILE_SCHEMA_VERSION } from '../contract/profile.js';
import { inputError } from '../errors.js';
import { lerpQuantile } from '../stats/quantile.js';
import { assembleProfile, type ProfileRow } from '../profile/assemble.js';
import { byCountThenKey, MAX_VALUE_BINS, PROFILE_MAX_CATEGORIES } from '../profile/build.js';
import { profileSql } from '../profile/sql.js';
import { MAX_CATEGORICAL_INTEGER_VALUES } from './raw-column.js';
import { MISSING_TOKENS } from '../values/grammar.js';

/** DuckDB's memory limit by default: its sorts spill to disk past it, so any file size profiles in it */
export const DEFAULT_MEMORY_LIMIT = '2GB';
const spillDir = join(tmpdir(), `model-gate-duckdb-${process.pid}`);

export interface DuckdbProfileOptions {
  reference: Profile | null;
  fineBins: number;
  sketchItems: number;
  /** features to profile (a reference profile's, else every column but dates and timestamps) */
  columns: readonly string[] | null;
  /** DuckDB threads (default: DuckDB's, all cores) and memory limit (default DEFAULT_MEMORY_LIMIT) */
  threads?: number;
  memoryLimit?: string;
}

interface Connection {
  runAndReadAll(sql: string): Promise<{ getRowObjectsJS(): Record<string, unknown>[] }>;
  run(sql: string): Promise<unknown>;
  closeSync?(): void;
}

async function connect(o: DuckdbProfileOptions): Promise<Connection> {
  let api: {
    DuckDBInstance: {
      create(path: string, options?: Record<string, string>): Promise<{ connect(): Promise<Connection> }>;
    };
  };
  try {
    api = (await import('@duckdb/node-api')) as unknown as typeof api;
  } catch {
    throw inputError(
      '--engine duckdb needs the optional package @duckdb/node-api (npm install @duckdb/node-api beside model-gate)',
    );
  }
  const settings: Record<string, string> = {};
  if (o.threads) settings.threads = String(o.threads);
  // bounded memory: past the limit DuckDB's sorts spill to a temporary folder (removed afterwards)
  settings.memory_limit = o.memoryLimit ?? DEFAULT_MEMORY_LIMIT;
  settings.temp_directory = spillDir;
  const db = await api.DuckDBInstance.create(':memory:', settings);
  return db.connect();
}

const q = (s: string): string => `'${s.replace(/'/g, "''")}'`;
const ident = (n: string): string => `"${n.replace(/"/g, '""')}"`;

async function sourceOf(files: readonly string[]): Promise<{ src: string; text: boolean }> {
  if (files.length === 0) throw inputError('model-gate profile: give the files to profile');
  // a glob ('day=*/part-*.parquet') is DuckDB's to expand; a plain path must exist
  for (const f of files.filter((x) => !/[*?[]/.test(x)))
    await access(f).catch(() => {
      throw inputError(`input file ${f} does not exist or cannot be read`);
    });
  const parquet = files.every((f) => /\.parquet$/i.test(f));
  const csv = files.every((f) => /\.csv(\.gz)?$/i.test(f));
  if (!parquet && !csv)
    throw inputError(
      `--engine duckdb reads Parquet or CSV files, all of one format; got ${files.join(', ')}`,
    );
  const list = `[${files.map(q).join(', ')}]`;
  return parquet
    ? { src: `read_parquet(${list})`, text: false }
    : { src: `read_csv(${list}, header = true)`, text: true };
}

const num = (x: unknown): number | null => (x === null || x === undefined ? null : Number(x));

async function rows(c: Connection, sql: string, what: string): Promise<Record<string, unknown>[]> {
  try {
    return (await c.runAndReadAll(sql)).getRowObjectsJS();
  } catch (e) {
    throw inputError(`${what}: DuckDB failed: ${(e as Error).message.split('\n')[0]}`);
  }
}

const INTEGER = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT)$/;
const NUMBER = /^(FLOAT|DOUBLE|REAL|DECIMAL.*)$/;

/** the reference's layout per feature (counts left empty: the profile pass fills them) */
async function layoutPass(
  c: Connection,
  src: string,
  o: DuckdbProfileOptions,
  what: string,
  text: boolean,
  described: readonly Record<string, unknown>[],
): Promise<Profile> {
  const features: ProfileFeature[] = [];
  for (const d of described) {
    const name = String(d.column_name);
    const type = String(d.column_type);
    if (o.columns && !o.columns.includes(name)) continue;
    const x = ident(name);
    let kind: 'numerical' | 'categorical' | null = NUMBER.test(type) ? 'numerical' : null;
    if (INTEGER.test(type)) {
      const [r] = await rows(c, `SELECT COUNT(DISTINCT ${x}) AS d FROM ${src}`, what);
      kind = num(r!.d)! <= MAX_CATEGORICAL_INTEGER_VALUES ? 'categorical' : 'numerical';
    } else if (type === 'VARCHAR' || type === 'BOOLEAN') kind = 'categorical';
    if (kind === null) continue;
    features.push(
      kind === 'numerical'
        ? await numericLayout(c, src, name, o, what)
        : await categoryLayout(c, src, name, what, text),
    );
  }
  if (o.columns) {
    const missing = o.columns.find((n) => !features.some((f) => f.name === n));
    if (missing)
      throw inputError(`${what}: column '${missing}' is not in the files (or is a date or timestamp)`);
  }
  return {
    schemaVersion: PROFILE_SCHEMA_VERSION,
    kind: PROFILE_KIND,
    rows: 0,
    fineBins: o.fineBins,
    sketchItems: o.sketchItems,
    source: { engine: 'duckdb', input: [], onReference: false },
    features,
  };
}

async function numericLayout(
  c: Connection,
  src: string,
  name: string,
  o: DuckdbProfileOptions,
  what: string,
): Promise<NumericProfile> {
  const v = `(SELECT CAST(${ident(name)} AS DOUBLE) AS v FROM ${src}) WHERE isfinite(v)`;
  const [s] = await rows(
    c,
    `SELECT COUNT(v) AS n, MIN(v) AS mn, MAX(v) AS mx, approx_count_distinct(v) AS d FROM ${v}`,
    what,
  );
  const n = num(s!.n)!;
  const base = {
    name,
    kind: 'numerical' as const,
    count: 0,
    missing: 0,
    nonFinite: 0,
    min: null,
    max: null,
    mean: null,
    m2: null,
    range: { min: num(s!.mn), max: num(s!.mx), below: 0, above: 0 },
    counts: [],
    sketch: { points: [], lower: [], upper: [], rankError: 0 },
  };
  if (num(s!.d)! <= 5 * MAX_VALUE_BINS) {
    const distinct = await rows(
      c,
      `SELECT DISTINCT v FROM ${v} ORDER BY v LIMIT ${MAX_VALUE_BINS + 1}`,
      what,
    );
    if (distinct.length <= MAX_VALUE_BINS)
      return {
        ...base,
        layout: 'values',
        values: distinct.map((r) => num(r.v)!),
        extra: { values: [], counts: [], complete: true },
      };
  }
  // numpy 'linear': h = (n − 1)·i/F, the ⌊h⌋-th and next order statistics
  const need: number[] = [];
  const spots = [];
  for (let i = 1; i < o.fineBins; i++) {
    const h = (n - 1) * (i / o.fineBins);
    const k = Math.floor(h);
    spots.push({ k, gamma: h - k });
    need.push(k, Math.min(k + 1, n - 1));
  }
  const ks = [...new Set(need)].sort((a, b) => a - b);
  // the order statistics by one sort (0-based k is row number k + 1)
  const found = await rows(
    c,
    `SELECT rn - 1 AS k, v FROM (SELECT v, row_number() OVER (ORDER BY v) AS rn FROM ${v}) WHERE rn IN (${ks.map((k) => k + 1).join(', ')})`,
    what,
  );
  const at = new Map(found.map((r) => [num(r.k)!, num(r.v)!]));
  const edges = spots.map(({ k, gamma }) =>
    k + 1 >= n ? at.get(n - 1)! : lerpQuantile(at.get(k)!, at.get(k + 1)!, gamma),
  );
  return { ...base, layout: 'quantiles', edges };
}

async function categoryLayout(
  c: Connection,
  src: string,
  name: string,
  what: string,
  text: boolean,
): Promise<CategoricalProfile> {
  const found = await rows(
    c,
    `SELECT CAST(${ident(name)} AS VARCHAR) AS c, COUNT(*) AS n FROM ${src} WHERE ${ident(name)} IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${PROFILE_MAX_CATEGORIES + 1}`,
    what,
  );
  const missing = new Set(text ? MISSING_TOKENS : []);
  const categories = found
    .map((r): [string, number] => [String(r.c), num(r.n)!])
    .filter(([c]) => !missing.has(c.trim()))
    .sort(byCountThenKey)
    .slice(0, PROFILE_MAX_CATEGORIES)
    .map(([c]) => c);
  return {
    name,
    kind: 'categorical',
    layout: 'categories',
    count: 0,
    missing: 0,
    categories,
    counts: categories.map(() => 0),
    other: 0,
    extra: { categories: [], counts: [], complete: true },
  };
}

export async function duckdbProfile(files: readonly string[], o: DuckdbProfileOptions): Promise<Profile> {
  const { src, text } = await sourceOf(files);
  const what = `profiling ${files.join(', ')}`;
  const c = await connect(o);
  try {
    return await profileWith(c, files, src, text, what, o);
  } finally {
    // the spill folder and the connection go on any outcome
    c.closeSync?.();
    await rm(spillDir, { recursive: true, force: true });
  }
}

async function profileWith(
  c: Connection,
  files: readonly string[],
  src: string,
  text: boolean,
  what: string,
  o: DuckdbProfileOptions,
): Promise<Profile> {
  const described = await rows(c, `DESCRIBE SELECT * FROM ${src}`, what);
  const layout = o.reference ?? (await layoutPass(c, src, o, what, text, described));
  const columns = new Set(described.map((d) => String(d.column_name)));
  const present = layout.features.map((f) => f.name).filter((n) => !o.columns || o.columns.includes(n));
  // as the model-gate engine: a current profile covers every reference feature
  const absent = present.find((n) => !columns.has(n));
  if (absent !== undefined)
    throw inputError(`column '${absent}' of the reference profile is not in ${files.join(', ')}`);
  const out: ProfileRow[] = [];
  for (let i = 0; i < Math.max(1, present.length); i++) {
    const features = present.length > 0 ? [present[i]!] : [];
    const sql = profileSql(layout, {
      dialect: 'duckdb',
      table: src,
      sketchItems: o.sketchItems,
      accuracy: 0,
      features,
      textSource: text,
    });
    for (const r of await rows(c, sql, what)) {
      // the row count comes once
      if (r.feature === '' && i > 0) continue;
      out.push({
        feature: String(r.feature),
        part: String(r.part),
        idx: num(r.idx)!,
        value: num(r.value),
        label: r.label === null ? null : String(r.label),
      });
    }
  }
  return assembleProfile(layout, out, {
    dialect: 'duckdb',
    sketchItems: o.sketchItems,
    accuracy: 0,
    source: what,
    input: [...files],
    onReference: o.reference !== null,
  });
}
