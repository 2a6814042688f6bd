/**
 * `model-gate profile` (issue 13): profiles computed where the data lives.
 *
 *   model-gate profile FILE… [--reference-profile REF.json] [--engine model-gate|duckdb] --out P.json
 *       a reference profile of the files (their own layout), or a current profile on REF's layout;
 *       --engine duckdb reads any size out of core (needs the optional @duckdb/node-api)
 *   model-gate profile --reference-profile REF.json --sql duckdb|spark|bigquery --table NAME
 *       prints the SQL that computes the rows of a current profile where the table lives
 *   model-gate profile --rows RESULT --engine-name duckdb|spark|bigquery --reference-profile REF.json --out P.json
 *       assembles those rows (CSV, JSON Lines or Parquet) into the profile file
 *   model-gate profile --merge A.json B.json… --out P.json
 *       the profile of all of them (profiles on one reference layout)
 *
 * Without --out the profile goes to stdout; with it the file is written whole or not at all.
 */
import { resolve } from 'node:path';
import type { Profile } from '../contract/profile.js';
import { GateError, isGateError, usageError } from '../errors.js';
import { duckdbProfile } from '../io/duckdb-profile.js';
import { readProfile, writeTextAtomically } from '../io/profile-file.js';
import { readTable } from '../io/read.js';
import { assembleProfile, type ProfileRow } from '../profile/assemble.js';
import { DEFAULT_FINE_BINS, DEFAULT_SKETCH_ITEMS, profileOfTable } from '../profile/build.js';
import { mergeProfiles } from '../profile/merge.js';
import { DEFAULT_SPARK_ACCURACY, profileSql, SQL_DIALECTS, type SqlDialect } from '../profile/sql.js';
import type { Table } from '../contract/table.js';

export interface ProfileArgs {
  command: 'profile';
  files: string[];
  reference?: string;
  engine: 'model-gate' | 'duckdb';
  sql?: SqlDialect;
  table?: string;
  rows?: string;
  engineName?: SqlDialect;
  merge: boolean;
  columns?: string[];
  fineBins: number;
  sketchItems: number;
  accuracy: number;
  out?: string;
  threads?: number;
  memoryLimit?: string;
}

const VALUE_OPTIONS: Record<string, keyof ProfileArgs> = {
  '--reference-profile': 'reference',
  '--engine': 'engine',
  '--sql': 'sql',
  '--table': 'table',
  '--rows': 'rows',
  '--engine-name': 'engineName',
  '--columns': 'columns',
  '--fine-bins': 'fineBins',
  '--sketch-items': 'sketchItems',
  '--accuracy': 'accuracy',
  '--out': 'out',
  '-o': 'out',
  '--threads': 'threads',
  '--memory-limit': 'memoryLimit',
};

function integer(option: string, value: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    throw usageError(`option ${option} takes an integer ≥ ${min}, got '${value}'`);
  return n;
}

function dialect(option: string, value: string): SqlDialect {
  if (!(SQL_DIALECTS as readonly string[]).includes(value))
    throw usageError(`option ${option} takes ${SQL_DIALECTS.join(', ')}, got '${value}'`);
  return value as SqlDialect;
}

export function parseProfile(rest: readonly string[]): ProfileArgs {
  const a: ProfileArgs = {
    command: 'profile',
    files: [],
    engine: 'model-gate',
    merge: false,
    fineBins: DEFAULT_FINE_BINS,
    sketchItems: DEFAULT_SKETCH_ITEMS,
    accuracy: DEFAULT_SPARK_ACCURACY,
  };
  for (let i = 0; i < rest.length; i++) {
    const token = rest[i]!;
    if (token === '--merge') {
      a.merge = true;
      continue;
    }
    const eq = token.indexOf('=');
    const name = token.startsWith('-') && eq > 0 ? token.slice(0, eq) : token;
    const key = VALUE_OPTIONS[name];
    if (!key) {
      if (token.startsWith('-'))
        throw usageError(`unknown option '${token}' for model-gate profile (see model-gate --help)`);
      a.files.push(token);
      continue;
    }
    const value = eq > 0 && name !== token ? token.slice(eq + 1) : rest[++i];
    if (value === undefined) throw usageError(`option ${name} needs a value`);
    if (key === 'engine') {
      if (value !== 'model-gate' && value !== 'duckdb')
        throw usageError(`option --engine takes model-gate or duckdb, got '${value}'`);
      a.engine = value;
    } else if (key === 'sql' || key === 'engineName') a[key] = dialect(name, value);
    else if (key === 'fineBins') a.fineBins = integer(name, value, 2);
    else if (key === 'sketchItems') a.sketchItems = integer(name, value, 2);
    else if (key === 'accuracy' || key === 'threads') a[key] = integer(name, value, 1);
    else if (key === 'columns')
      a.columns = value
        .split(',')
        .map((c) => c.trim())
        .filter((c) => c !== '');
    else (a as unknown as Record<string, string>)[key] = value;
  }
  if (a.sql && !a.table)
    throw usageError('--sql needs --table NAME (the table or path expression to profile)');
  if ((a.sql || a.rows) && !a.reference)
    throw usageError(
      `--${a.sql ? 'sql' : 'rows'} needs --reference-profile REF.json (the layout to profile on)`,
    );
  if (a.rows && !a.engineName)
    throw usageError('--rows needs --engine-name duckdb|spark|bigquery (whose SQL made them)');
  if (!a.sql && !a.rows && a.files.length === 0)
    throw usageError('model-gate profile: give the files to profile');
  if (a.merge && a.files.length < 2) throw usageError('--merge needs two or more profiles');
  return a;
}

async function rowsOf(path: string): Promise<ProfileRow[]> {
  const t = await readTable(path, {
    columns: ['feature', 'part', 'idx', 'value', 'label'],
    kinds: {
      feature: 'categorical',
      part: 'categorical',
      idx: 'numerical',
      value: 'numerical',
      label: 'categorical',
    },
  });
  const text = (name: string): (string | null)[] => {
    const c = t.columns.get(name)!;
    if (c.kind !== 'categorical') return [];
    return Array.from(c.codes, (k) => (k < 0 ? null : c.dictionary[k]!));
  };
  const nums = (name: string): Float64Array => {
    const c = t.columns.get(name)!;
    return c.kind === 'numerical' ? c.values : new Float64Array(t.rows).fill(NaN);
  };
  const [feature, part, label] = [text('feature'), text('part'), text('label')];
  const [idx, value] = [nums('idx'), nums('value')];
  return Array.from({ length: t.rows }, (_, i) => ({
    feature: feature[i] ?? '',
    part: part[i] ?? '',
    idx: idx[i]!,
    value: Number.isNaN(value[i]!) ? null : value[i]!,
    label: label[i] ?? null,
  }));
}

async function profileFiles(a: ProfileArgs, reference: Profile | null, files: string[]): Promise<Profile> {
  if (a.engine === 'duckdb')
    return duckdbProfile(files, {
      reference,
      fineBins: a.fineBins,
      sketchItems: a.sketchItems,
      columns: a.columns ?? null,
      ...(a.threads ? { threads: a.threads } : {}),
      ...(a.memoryLimit ? { memoryLimit: a.memoryLimit } : {}),
    });
  if (!reference && files.length > 1)
    throw usageError(
      'a reference profile is computed from one file with the model-gate engine (use --engine duckdb for many)',
    );
  let merged: Profile | null = null;
  for (const file of files) {
    const table: Table = await readTable(file, a.columns ? { columns: a.columns } : {});
    const names =
      a.columns ??
      table.columnNames.filter(
        (n) => table.columns.get(n)?.source !== 'timestamp' && table.columns.get(n)?.source !== 'date',
      );
    const p = profileOfTable(table, names, {
      fineBins: a.fineBins,
      sketchItems: a.sketchItems,
      reference,
      engine: 'model-gate',
      input: [file],
    });
    merged = merged ? mergeProfiles(merged, p, `profiling ${file}`) : p;
  }
  return merged!;
}

/**
 * runs the command; returns the text for stdout (the SQL, or the profile when no --out). Files are read
 * at their resolved paths; messages and the profile's source.input name them as typed.
 */
export async function runProfile(
  a: ProfileArgs,
  cwd: string,
): Promise<{ stdout: string; wrote: string | null }> {
  const typed = [...a.files, a.reference, a.rows, a.out].filter((p): p is string => p !== undefined);
  try {
    return await profileCommand(a, cwd);
  } catch (e) {
    if (!isGateError(e)) throw e;
    let message = e.message;
    for (const p of typed) message = message.split(resolve(cwd, p)).join(p);
    throw new GateError(e.code, message);
  }
}

async function profileCommand(
  a: ProfileArgs,
  cwd: string,
): Promise<{ stdout: string; wrote: string | null }> {
  const at = (p: string): string => resolve(cwd, p);
  const reference = a.reference ? await readProfile(at(a.reference)) : null;
  if (reference?.source.onReference)
    throw usageError(
      `${a.reference} is a profile on another reference; --reference-profile takes a reference's own profile`,
    );
  if (a.sql)
    return {
      stdout: profileSql(reference!, {
        dialect: a.sql,
        table: a.table!,
        sketchItems: a.sketchItems,
        accuracy: a.accuracy,
      }),
      wrote: null,
    };
  let profile: Profile;
  const engine: Profile['source']['engine'] = a.engine === 'duckdb' ? 'duckdb' : 'model-gate';
  const sourceAsTyped: Profile['source'] = { engine, input: [...a.files], onReference: reference !== null };
  if (a.rows) {
    profile = assembleProfile(reference!, await rowsOf(at(a.rows)), {
      dialect: a.engineName!,
      sketchItems: a.sketchItems,
      accuracy: a.accuracy,
      source: a.rows,
      input: [a.rows],
    });
  } else if (a.merge) {
    const all = await Promise.all(a.files.map((f) => readProfile(at(f))));
    profile = all.reduce((x, y, i) => mergeProfiles(x, y, `merging ${a.files[0]} … ${a.files[i]}`));
  } else profile = { ...(await profileFiles(a, reference, a.files.map(at))), source: sourceAsTyped };
  const text = JSON.stringify(profile) + '\n';
  if (!a.out) return { stdout: text, wrote: null };
  await writeTextAtomically(at(a.out), text);
  return { stdout: '', wrote: at(a.out) };
}
