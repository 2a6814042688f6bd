/**
 * `model-gate profile`'s usage and input errors (one line, exit 2, nothing written), the profile on
 * stdout without --out, and the assembly of SQL result rows that do not fit the reference profile.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { writeProfiledPairs } from './data.js';

const dir = mkdtempSync(join(tmpdir(), 'mg-profile-cli-'));

beforeAll(
  () => writeProfiledPairs(dir, { reference: 500, current: 400, other: 450 }, { drift: false, seed: 5 }),
  60_000,
);

describe('model-gate profile: one line, exit 2', () => {
  it.each([
    [['profile'], 'model-gate: model-gate profile: give the files to profile'],
    [
      ['profile', '--sql', 'spark'],
      'model-gate: --sql needs --table NAME (the table or path expression to profile)',
    ],
    [
      ['profile', '--sql', 'spark', '--table', 't'],
      'model-gate: --sql needs --reference-profile REF.json (the layout to profile on)',
    ],
    [
      ['profile', '--rows', 'r.csv', '--reference-profile', 'ref.json'],
      'model-gate: --rows needs --engine-name duckdb|spark|bigquery (whose SQL made them)',
    ],
    [
      ['profile', '--engine', 'sqlite', 'current.csv'],
      "model-gate: option --engine takes model-gate or duckdb, got 'sqlite'",
    ],
    [
      ['profile', '--fine-bins', '1', 'current.csv'],
      "model-gate: option --fine-bins takes an integer ≥ 2, got '1'",
    ],
    [
      ['profile', '--sql', 'oracle', '--table', 't'],
      "model-gate: option --sql takes duckdb, spark, bigquery, got 'oracle'",
    ],
    [
      ['profile', '--merge', 'cur.json', 'cur-other.json', '-o', 'never.json'],
      "model-gate: merging cur.json … cur-other.json: feature 'amount' was profiled on other edges in the two profiles; profile both on one reference profile",
    ],
    [
      ['profile', 'current.csv', '--reference-profile', 'cur.json', '-o', 'never.json'],
      "model-gate: cur.json is a profile on another reference; --reference-profile takes a reference's own profile",
    ],
  ])('%j', async (args, line) => {
    const r = await runCli(args, dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${line}\n`);
    expect(existsSync(join(dir, 'never.json'))).toBe(false);
  });
});

describe('SQL result rows that do not fit the reference profile', () => {
  const rows = (extra: string): string =>
    ['feature,part,idx,value,label', ',rows,0,400,', 'amount,count,0,400,', extra].join('\n') + '\n';

  it.each([
    ['amount,cell,500,400,', "model-gate: bad-rows.csv: feature 'amount': cell 500 is outside its 100 cells"],
    ['nope,count,0,3,', "model-gate: bad-rows.csv: feature 'nope' is not in the reference profile"],
  ])('%s', async (row, line) => {
    writeFileSync(join(dir, 'bad-rows.csv'), rows(row));
    const r = await runCli(
      [
        'profile',
        '--rows',
        'bad-rows.csv',
        '--engine-name',
        'spark',
        '--reference-profile',
        'ref.json',
        '-o',
        'never.json',
      ],
      dir,
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${line}\n`);
    expect(existsSync(join(dir, 'never.json'))).toBe(false);
  });
});

it('writes the profile to stdout without --out', async () => {
  const r = await runCli(['profile', 'current.csv', '--reference-profile', 'ref.json'], dir);
  expect(r.code).toBe(0);
  const p = JSON.parse(r.stdout);
  expect(p).toMatchObject({ schemaVersion: 1, kind: 'model-gate.profile', rows: 400 });
  expect(p).toEqual(JSON.parse(readFileSync(join(dir, 'cur.json'), 'utf8')));
});
