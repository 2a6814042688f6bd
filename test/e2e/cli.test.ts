/**
 * End to end: the bundled CLI (dist/cli.js, as users run it, with no node_modules needed) under this
 * machine's Node, and under Node 24 when scripts/test.sh sets MODEL_GATE_NODE. dist/ must be fresh
 * (scripts/test.sh checks that before running this).
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { inProcessExecutor } from '../../src/runtime/in-process.js';
import { resolveConfig } from '../../src/config/index.js';
import { GateError } from '../../src/errors.js';
import { runGate } from '../../src/gate/run.js';
import { readConfigFile } from '../../src/io/config-file.js';
import { PARALLEL_MIN_BYTES } from '../../src/io/parallel.js';
import { readTable } from '../../src/io/read.js';

const root = join(import.meta.dirname, '..', '..');
const node = process.env.MODEL_GATE_NODE ?? process.execPath;
const dist = process.env.MODEL_GATE_DIST ?? join(root, 'dist');
// run a copy outside the repository, so the bundle provably needs no node_modules
const bundle = mkdtempSync(join(tmpdir(), 'mg-dist-'));
for (const f of readdirSync(dist)) copyFileSync(join(dist, f), join(bundle, f));
const cli = join(bundle, 'cli.js');

function run(args: string[], cwd: string) {
  const r = spawnSync(node, [cli, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** a small binary task in CSV: 400 labelled rows, reference and current features */
function writeTinyScenario(dir: string, driftShift: number): void {
  let seed = 7;
  const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const holdout = ['id,label,score,country'];
  const baseline = ['id,score'];
  for (let i = 0; i < 400; i++) {
    const y = rand() < 0.3 ? 1 : 0;
    const s = Math.min(0.999, Math.max(0.001, y * 0.35 + rand() * 0.65));
    holdout.push(`r${i},${y},${s.toFixed(4)},${['US', 'GB', 'DE'][i % 3]}`);
    baseline.push(`r${i},${Math.min(0.999, Math.max(0.001, y * 0.3 + rand() * 0.7)).toFixed(4)}`);
  }
  const ref = ['amount,channel,score'];
  const cur = ['amount,channel,score'];
  for (let i = 0; i < 1500; i++) {
    ref.push(`${(rand() * 100).toFixed(2)},${rand() < 0.5 ? 'pos' : 'ecom'},${rand().toFixed(4)}`);
    cur.push(
      `${(rand() * 100 + driftShift).toFixed(2)},${rand() < 0.5 ? 'pos' : 'ecom'},${rand().toFixed(4)}`,
    );
  }
  writeFileSync(join(dir, 'holdout.csv'), holdout.join('\n') + '\n');
  writeFileSync(join(dir, 'baseline.csv'), baseline.join('\n') + '\n');
  writeFileSync(join(dir, 'reference.csv'), ref.join('\n') + '\n');
  writeFileSync(join(dir, 'current.csv'), cur.join('\n') + '\n');
  writeFileSync(
    join(dir, 'model-gate.yml'),
    [
      'inputs: {holdout: holdout.csv, baseline: baseline.csv, reference: reference.csv, current: current.csv}',
      'task: binary',
      'columns: {target: label, score: score, id: id, segments: [country]}',
      'performance:',
      '  resamples: 400',
      '  metrics:',
      '    roc_auc: {min: 0.5}',
      '',
    ].join('\n'),
  );
}

/**
 * reference and current Parquet files above PARALLEL_MIN_BYTES together (uncompressed, so they stay quick
 * to write), with nulls, integers, categories and a shift, and a drift-only config
 */
async function writeLargeScenario(dir: string): Promise<void> {
  const db = await (await DuckDBInstance.create(':memory:')).connect();
  await db.run('SELECT setseed(0.5)');
  const select = (shift: number) => `SELECT
      ${shift} + sqrt(-2 * ln(random() + 1e-12)) * cos(2 * pi() * random()) AS latency_ms,
      exp(sqrt(-2 * ln(random() + 1e-12)) * cos(2 * pi() * random())) AS basket_value,
      CASE WHEN random() < 0.05 THEN NULL ELSE random() * 100 END AS session_minutes,
      floor(random() * 300)::BIGINT AS items_viewed,
      random() * 1000 AS distance_m,
      -ln(random() + 1e-12) AS wait_s,
      'c' || floor(random() * ${shift > 0 ? 60 : 50})::INTEGER AS city,
      CASE WHEN random() < 0.1 THEN NULL ELSE ['web', 'ios', 'android'][1 + floor(random() * 3)::INTEGER] END AS channel
    FROM range(180000)`;
  for (const [name, shift] of [
    ['reference', 0],
    ['current', 0.3],
  ] as const) {
    await db.run(
      `COPY (${select(shift)}) TO '${join(dir, `${name}.parquet`)}' (FORMAT parquet, COMPRESSION uncompressed)`,
    );
  }
  writeFileSync(
    join(dir, 'model-gate.yml'),
    'inputs: {reference: reference.parquet, current: current.parquet}\ntask: binary\ncolumns: {target: label}\n',
  );
}

describe(`bundled CLI under ${node === process.execPath ? `node ${process.version}` : node}`, () => {
  it('prints its version and usage', () => {
    const v = run(['--version'], root);
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/^model-gate \d+\.\d+\.\d+\n$/);
    const h = run(['--help'], root);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain('model-gate run [options]');
  });

  it('runs a passing gate from a default config and writes every report file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-e2e-'));
    writeTinyScenario(dir, 0);
    const r = run(['run'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, 'model-gate-report')).sort()).toEqual([
      'junit.xml',
      'metrics.prom',
      'report.html',
      'report.json',
      'report.md',
    ]);
    const report = JSON.parse(readFileSync(join(dir, 'model-gate-report', 'report.json'), 'utf8'));
    expect(report.schemaVersion).toBe(1);
    expect(report.verdict).not.toBe('fail');
    expect(report.inputs.holdout.rows).toBe(400);
    expect(report.performance.candidate.metrics.roc_auc.value).toBeGreaterThan(0.5);
    expect(report.drift.features.map((f: { name: string }) => f.name).sort()).toEqual(['amount', 'channel']);
  });

  it('exits 1 when drift fails the gate, and --fail-on never turns that into 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-e2e-'));
    writeTinyScenario(dir, 60);
    const r = run(['run', '--out', 'out', '--format', 'json'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^model-gate: verdict fail reaches fail_on 'fail': .*drift/);
    expect(readdirSync(join(dir, 'out'))).toEqual(['report.json']);
    expect(run(['run', '--out', 'out', '--fail-on', 'never', '-q'], dir).code).toBe(0);
  });

  it.each([
    [
      ['run', '--holdout', 'nope.parquet', '--task', 'binary', '--target', 'y'],
      /^model-gate: input file not found: nope\.parquet\n$/,
    ],
    [['run', '--config', 'missing.yml'], /^model-gate: config file not found: .*missing\.yml\n$/],
    [['run', '--bogus'], /^model-gate: unknown option '--bogus'/],
  ])('%j exits 2 with one line and writes nothing', (args, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-e2e-'));
    const r = run(args, dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(dir, 'model-gate-report'))).toBe(false);
  });

  it('profiles reference and current, gates on the two profiles; --engine duckdb without its optional package is one line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-e2e-profile-'));
    writeTinyScenario(dir, 60);
    expect(run(['profile', 'reference.csv', '-o', 'ref.json'], dir).stderr).toBe('');
    expect(
      run(['profile', 'current.csv', '--reference-profile', 'ref.json', '-o', 'cur.json'], dir).stderr,
    ).toBe('');
    const r = run(
      [
        'run',
        '--reference',
        'ref.json',
        '--current',
        'cur.json',
        '--out',
        'out',
        '--format',
        'json',
        '--fail-on',
        'never',
      ],
      dir,
    );
    expect(r.code).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, 'out', 'report.json'), 'utf8'));
    expect(report.inputs.current.format).toBe('profile');
    const amount = report.drift.features.find((f: { name: string }) => f.name === 'amount');
    expect(amount.drifted).toBe(true);
    expect(amount.sketch.ks.lower).toBeLessThanOrEqual(amount.sketch.ks.upper);
    // the bundle copy has no node_modules beside it: the optional DuckDB package is not there
    const d = run(['profile', 'reference.csv', '--engine', 'duckdb'], dir);
    expect(d.code).toBe(2);
    expect(d.stderr).toMatch(/^model-gate: --engine duckdb needs the optional package @duckdb\/node-api/);
    expect(d.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a column missing from a file is one line naming the file, the column and the columns there', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-e2e-'));
    writeTinyScenario(dir, 0);
    const r = run(['run', '--score', 'probability'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^model-gate: column 'probability' not found in holdout\.csv \(columns: id, label, score, country\)\n$/,
    );
    expect(existsSync(join(dir, 'model-gate-report'))).toBe(false);
  });

  it('reads large Parquet and CSV inputs on worker threads (dist/worker.js): the report of an in-process run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-e2e-large-'));
    await writeLargeScenario(dir);
    const size = ['reference', 'current'].reduce((a, f) => a + statSync(join(dir, `${f}.parquet`)).size, 0);
    expect(size).toBeGreaterThan(PARALLEL_MIN_BYTES); // so the bundle reads on its worker threads
    const r = run(['run', '--out', 'out', '--format', 'json', '--fail-on', 'never'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const bundled = JSON.parse(readFileSync(join(dir, 'out', 'report.json'), 'utf8'));
    // the sources run everything on this thread (no bundled workers beside them)
    const config = resolveConfig(readConfigFile(join(dir, 'model-gate.yml'), dir), {}, dir);
    const inProcess = JSON.parse(
      JSON.stringify(await runGate(config, { gateId: 'default', cwd: dir, executor: inProcessExecutor() })),
    );
    expect(bundled.inputs).toEqual(inProcess.inputs);
    expect(bundled.drift).toEqual(inProcess.drift);
    expect(bundled.quality).toEqual(inProcess.quality);
    expect(bundled.checks).toEqual(inProcess.checks);
    expect(bundled.drift.features.find((f: { name: string }) => f.name === 'latency_ms').drifted).toBe(true);

    // the same data as CSV (one file per worker, parsed whole): again the in-process report
    const db = await (await DuckDBInstance.create(':memory:')).connect();
    for (const f of ['reference', 'current'])
      await db.run(`COPY (FROM '${join(dir, `${f}.parquet`)}') TO '${join(dir, `${f}.csv`)}' (HEADER)`);
    writeFileSync(
      join(dir, 'csv.yml'),
      'inputs: {reference: reference.csv, current: current.csv}\ntask: binary\ncolumns: {target: label}\n',
    );
    expect(statSync(join(dir, 'reference.csv')).size).toBeGreaterThan(PARALLEL_MIN_BYTES);
    const csv = run(
      ['run', '--config', 'csv.yml', '--out', 'out-csv', '--format', 'json', '--fail-on', 'never'],
      dir,
    );
    expect(csv.stderr).toBe('');
    const bundledCsv = JSON.parse(readFileSync(join(dir, 'out-csv', 'report.json'), 'utf8'));
    const csvConfig = resolveConfig(readConfigFile(join(dir, 'csv.yml'), dir), {}, dir);
    const csvInProcess = JSON.parse(
      JSON.stringify(
        await runGate(csvConfig, { gateId: 'default', cwd: dir, executor: inProcessExecutor() }),
      ),
    );
    expect(bundledCsv.inputs).toEqual(csvInProcess.inputs);
    expect(bundledCsv.drift).toEqual(csvInProcess.drift);
    expect(bundledCsv.checks).toEqual(csvInProcess.checks);

    // 2 MB overwritten a quarter into the file (page headers among them) fail in a worker: the one line
    // readTable gives, exit 2, nothing written
    const bytes = readFileSync(join(dir, 'current.parquet'));
    bytes.fill(0xff, bytes.length >> 2, (bytes.length >> 2) + (2 << 20));
    writeFileSync(join(dir, 'current.parquet'), bytes);
    const bad = run(['run', '--out', 'bad'], dir);
    const expected = await readTable('current.parquet'.replace(/^/, `${dir}/`)).then(
      () => 'read',
      (e: unknown) => (e instanceof GateError ? e.message.split(`${dir}/`).join('') : String(e)),
    );
    expect(expected).toMatch(/^cannot read current\.parquet as Parquet: /);
    expect(bad.stderr).toBe(`model-gate: ${expected}\n`);
    expect(bad.code).toBe(2);
    expect(existsSync(join(dir, 'bad'))).toBe(false);
  });

  it('runs the shipped binary fraud scenario to a FAIL verdict', () => {
    const config = join(root, 'fixtures', 'binary-fraud', 'model-gate.yml');
    if (!existsSync(config)) throw new Error('fixtures/binary-fraud/model-gate.yml is missing');
    const out = mkdtempSync(join(tmpdir(), 'mg-e2e-'));
    const r = run(['run', '--config', config, '--out', out], root);
    expect(r.code).toBe(1);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report.verdict).toBe('fail');
    expect(r.stdout).toContain('FAIL');
  });

  it.each(
    readdirSync(join(root, 'fixtures')).filter((d) =>
      existsSync(join(root, 'fixtures', d, 'model-gate.yml')),
    ),
  )(
    'the bundled CLI on threads reproduces fixtures/%s/expected-report.json and .md byte for byte',
    (name) => {
      const out = mkdtempSync(join(tmpdir(), 'mg-e2e-golden-'));
      const r = run(
        [
          'run',
          '--config',
          join(root, 'fixtures', name, 'model-gate.yml'),
          '--out',
          out,
          '--format',
          'json,md',
        ],
        root,
      );
      expect(r.code === 0 || r.code === 1).toBe(true);
      const json = readFileSync(join(out, 'report.json'), 'utf8');
      const { createdAt, tool } = JSON.parse(json) as { createdAt: string; tool: { version: string } };
      const normalise = (text: string, open: string, close: string): string =>
        text
          .split(`"createdAt": "${createdAt}"`)
          .join('"createdAt": "<createdAt>"')
          .split(`"version": "${tool.version}"`)
          .join('"version": "<version>"')
          .split(`model-gate ${tool.version} · ${createdAt}`)
          .join(`model-gate ${open}version${close} · ${open}createdAt${close}`);
      const expected = (file: string): string => readFileSync(join(root, 'fixtures', name, file), 'utf8');
      expect(normalise(json, '<', '>')).toBe(expected('expected-report.json'));
      expect(normalise(readFileSync(join(out, 'report.md'), 'utf8'), '&lt;', '&gt;')).toBe(
        expected('expected-report.md'),
      );
    },
  );
});
