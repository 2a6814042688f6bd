/**
 * Issue 13: one profile, three engines. DuckDB (`--engine duckdb`, the optional @duckdb/node-api) and
 * model-gate's own engine profile the same Parquet files to the same exact numbers (layouts to the bit,
 * counts, ranges, categories); Spark runs the generated Spark SQL on a local[2] SparkSession over a
 * Parquet folder and gives the same exact statistics and verdict as DuckDB; the BigQuery SQL parses with
 * a BigQuery grammar (node-sql-parser), as no BigQuery engine runs here.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import sqlParser from 'node-sql-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Profile } from '../../src/contract/profile.js';
import type { Report } from '../../src/contract/report.js';
import { runCli } from '../helpers/cli.js';
import { gateRun } from '../helpers/gate-run.js';
import { writePair } from './data.js';

const yaml = (ref: string, cur: string): string => `inputs:\n  reference: ${ref}\n  current: ${cur}\n`;
const read = (dir: string, f: string): Profile => JSON.parse(readFileSync(join(dir, f), 'utf8'));

/** the exact parts of two profiles agree; moments to 1e-9 */
function sameExact(a: Profile, b: Profile): void {
  expect(b.rows).toBe(a.rows);
  expect(b.features.map((f) => [f.name, f.kind])).toEqual(a.features.map((f) => [f.name, f.kind]));
  for (const f of a.features) {
    const g = b.features.find((x) => x.name === f.name)!;
    expect([g.count, g.missing, g.counts], f.name).toEqual([f.count, f.missing, f.counts]);
    if (f.kind === 'categorical' && g.kind === 'categorical') {
      expect(g.categories).toEqual(f.categories);
      expect(g.other).toBe(f.other);
      expect(new Map(g.extra.categories.map((c, i) => [c, g.extra.counts[i]]))).toEqual(
        new Map(f.extra.categories.map((c, i) => [c, f.extra.counts[i]])),
      );
    }
    if (f.kind === 'numerical' && g.kind === 'numerical') {
      expect(g.layout).toBe(f.layout);
      if (f.layout === 'quantiles' && g.layout === 'quantiles') expect(g.edges).toEqual(f.edges);
      if (f.layout === 'values' && g.layout === 'values') {
        expect(g.values).toEqual(f.values);
        expect(g.extra.complete).toBe(f.extra.complete);
        expect(new Map(g.extra.values.map((v, i) => [v, g.extra.counts[i]]))).toEqual(
          new Map(f.extra.values.map((v, i) => [v, f.extra.counts[i]])),
        );
      }
      expect([g.min, g.max, g.range, g.nonFinite], f.name).toEqual([f.min, f.max, f.range, f.nonFinite]);
      expect(Math.abs(g.mean! - f.mean!)).toBeLessThanOrEqual(1e-9 * Math.abs(f.mean!) + 1e-12);
      expect(Math.abs(g.m2! - f.m2!)).toBeLessThanOrEqual(1e-9 * Math.abs(f.m2!));
    }
  }
}

function sameVerdict(a: Report, b: Report): void {
  expect(b.verdict).toBe(a.verdict);
  for (const f of a.drift!.features) {
    const g = b.drift!.features.find((x) => x.name === f.name)!;
    expect([g.method, g.drifted, g.stats.psi, g.stats.jensen_shannon], f.name).toEqual([
      f.method,
      f.drifted,
      f.stats.psi,
      f.stats.jensen_shannon,
    ]);
  }
}

const dir = mkdtempSync(join(tmpdir(), 'mg-engines-'));

beforeAll(async () => {
  writePair(dir, 5000, 4000);
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  mkdirSync(join(dir, 'current'));
  for (const [csv, out] of [
    ['reference.csv', 'reference.parquet'],
    ['current.csv', 'current/part-0.parquet'],
  ]) {
    const src = `read_csv('${join(dir, csv!)}', header = true, nullstr = 'NA', types = {'score': 'DOUBLE'})`;
    await c.run(`COPY (SELECT * FROM ${src}) TO '${join(dir, out!)}' (FORMAT parquet)`);
  }
  // a second part file: a Parquet folder, as Spark writes
  await c.run(
    `COPY (SELECT * FROM '${join(dir, 'current/part-0.parquet')}' LIMIT 700) TO '${join(dir, 'current/part-1.parquet')}' (FORMAT parquet)`,
  );
  c.closeSync();
  const ok = async (args: string[]) => expect((await runCli(args, dir)).stderr).toBe('');
  await ok(['profile', 'reference.parquet', '-o', 'ref-mg.json']);
  await ok(['profile', 'reference.parquet', '--engine', 'duckdb', '-o', 'ref-duck.json']);
  const parts = ['current/part-0.parquet', 'current/part-1.parquet'];
  await ok(['profile', ...parts, '--reference-profile', 'ref-duck.json', '-o', 'cur-mg.json']);
  await ok([
    'profile',
    ...parts,
    '--reference-profile',
    'ref-duck.json',
    '--engine',
    'duckdb',
    '-o',
    'cur-duck.json',
  ]);
}, 120_000);

describe('DuckDB and model-gate profile the same files alike', () => {
  test('reference profiles: the same layouts to the bit, the same counts', () => {
    sameExact(read(dir, 'ref-mg.json'), read(dir, 'ref-duck.json'));
    // every layout is exercised: quantile edges, a few values (with new ones in current), categories
    const layouts = new Set(read(dir, 'ref-duck.json').features.map((f) => f.layout));
    expect([...layouts].sort()).toEqual(['categories', 'quantiles', 'values']);
    const rate = read(dir, 'cur-duck.json').features.find((f) => f.name === 'rate')!;
    expect(rate.layout === 'values' && rate.extra.values.length).toBe(2);
  });

  test('a glob of Parquet files is expanded by DuckDB: the profile of the files it names', async () => {
    const r = await runCli(
      ['profile', 'current/*.parquet', '--reference-profile', 'ref-duck.json', '--engine', 'duckdb'],
      dir,
    );
    expect(r.stderr).toBe('');
    const globbed = JSON.parse(r.stdout) as Profile;
    sameExact(read(dir, 'cur-duck.json'), globbed);
    const none = await runCli(['profile', 'nowhere/*.parquet', '--engine', 'duckdb'], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(
      /^model-gate: profiling nowhere\/\*\.parquet: DuckDB failed: .*No files found/,
    );
  });

  test('a reference feature missing from the files is one line, as with the model-gate engine', async () => {
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    await c.run(
      `COPY (SELECT * EXCLUDE (age) FROM '${join(dir, 'current/part-0.parquet')}') TO '${join(dir, 'no-age.parquet')}' (FORMAT parquet)`,
    );
    c.closeSync();
    for (const engine of ['duckdb', 'model-gate']) {
      const r = await runCli(
        ['profile', 'no-age.parquet', '--reference-profile', 'ref-duck.json', '--engine', engine],
        dir,
      );
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(
        /^model-gate: column 'age' of the reference profile is not in no-age\.parquet/,
      );
    }
  });

  test('current profiles on one reference: the same exact numbers and the same verdict', async () => {
    sameExact(read(dir, 'cur-mg.json'), read(dir, 'cur-duck.json'));
    const a = await gateRun(dir, yaml('ref-duck.json', 'cur-mg.json'));
    const b = await gateRun(dir, yaml('ref-duck.json', 'cur-duck.json'));
    sameVerdict(a.report, b.report);
    // DuckDB's sketch is exact order statistics: its KS bounds are about 2 / sketch items wide
    for (const f of b.report.drift!.features)
      if (f.sketch) expect(f.sketch.ks.upper - f.sketch.ks.lower, f.name).toBeLessThan(0.003);
  });
});

describe('Spark runs the generated Spark SQL on a local[2] session', () => {
  const java = existsSync('/usr/bin/java');
  let spark: string | null = null;
  beforeAll(async () => {
    if (!java) return;
    const sql = await runCli(
      [
        'profile',
        '--reference-profile',
        'ref-duck.json',
        '--sql',
        'spark',
        '--table',
        `parquet.\`${join(dir, 'current')}\``,
      ],
      dir,
    );
    writeFileSync(join(dir, 'spark.sql'), sql.stdout);
    try {
      spark = execFileSync(
        '/usr/bin/python3',
        [join('scripts', 'spark_profile.py'), join(dir, 'spark.sql'), join(dir, 'spark-rows.jsonl')],
        {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
          timeout: 600_000,
        },
      );
    } catch (e) {
      spark = null;
      console.warn(
        `spark test skipped: pyspark could not be installed or run (${(e as Error).message.split('\n')[0]})`,
      );
    }
  }, 660_000);

  test.skipIf(!java)(
    "Spark's profile: the same exact statistics and verdict as DuckDB's (a skip with a message only without Java or pyspark)",
    async (ctx) => {
      if (spark === null) ctx.skip();
      const assembled = await runCli(
        [
          'profile',
          '--rows',
          'spark-rows.jsonl',
          '--engine-name',
          'spark',
          '--reference-profile',
          'ref-duck.json',
          '-o',
          'cur-spark.json',
        ],
        dir,
      );
      expect(assembled.stderr).toBe('');
      sameExact(read(dir, 'cur-duck.json'), read(dir, 'cur-spark.json'));
      const a = await gateRun(dir, yaml('ref-duck.json', 'cur-duck.json'));
      const b = await gateRun(dir, yaml('ref-duck.json', 'cur-spark.json'));
      sameVerdict(a.report, b.report);
      const raw = await gateRun(dir, yaml('reference.parquet', 'current'.concat('/part-0.parquet')));
      expect(raw.code).toBeLessThan(2);
      for (const f of b.report.drift!.features)
        if (f.sketch) expect(f.sketch.rankError.current).toBeLessThan(0.001);
    },
  );
});

describe('BigQuery SQL', () => {
  test('parses with a BigQuery grammar and uses RANGE_BUCKET for the cells, no APPROX_QUANTILES bound', async () => {
    const r = await runCli(
      [
        'profile',
        '--reference-profile',
        'ref-duck.json',
        '--sql',
        'bigquery',
        '--table',
        '`project.dataset.requests`',
      ],
      dir,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/RANGE_BUCKET\(-v0, \[/);
    const parser = new sqlParser.Parser();
    const body = r.stdout
      .split('\n')
      .filter((l) => !l.startsWith('--'))
      .join('\n');
    expect(() => parser.astify(body, { database: 'bigquery' })).not.toThrow();
  });
});
