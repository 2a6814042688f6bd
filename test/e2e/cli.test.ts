/**
 * End to end: the bundled CLI (dist/cli.js, as users run it, with no node_modules needed) under this
 * machine's Node, and under Node 24 when scripts/test.sh sets MODEL_GATE_NODE. dist/ must be fresh
 * (scripts/test.sh checks that before running this).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

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
      '  resamples: 200',
      '  metrics:',
      '    roc_auc: {min: 0.5}',
      '',
    ].join('\n'),
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
});
