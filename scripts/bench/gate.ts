// npm run bench gate: the whole gate as users run it (the bundled dist/cli.js in a fresh process) at
// DESIGN §10's scale: a 1,000,000-row holdout with candidate scores and a baseline paired by id (1000 paired
// bootstrap resamples, every binary metric, 5 segments), and 1,000,000 reference × 1,000,000 current rows
// of 50 features (the drift bench's files). Reports wall time and peak RSS (/usr/bin/time) per variant.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BENCH_DATA, ROOT } from './_util.js';

const ROWS = 1_000_000;
const holdout = join(BENCH_DATA, 'gate-holdout-1m.parquet');
const baseline = join(BENCH_DATA, 'gate-baseline-1m.parquet');
const reference = join(BENCH_DATA, 'drift-ref-1m-x50.parquet');
const current = join(BENCH_DATA, 'drift-cur-1m-x50.parquet');

/** one DuckDB statement in a child process (DuckDB's native module stays out of this bundle) */
function duckdb(sql: string): void {
  const code = `
    import { DuckDBInstance } from '@duckdb/node-api';
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    await c.run("SELECT setseed(0.42)");
    await c.run(${JSON.stringify(sql)});
  `;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('bench gate: generating an input failed');
}

if (!existsSync(holdout)) {
  // a latent risk per row; label ~ Bernoulli(sigmoid(risk)); the candidate sees the risk through noise
  const risk = '-3.5 + 2.2 * sqrt(-2 * ln(random() + 1e-12)) * cos(2 * pi() * random())';
  duckdb(`COPY (
      SELECT i AS id, (random() < 1 / (1 + exp(-risk)))::INTEGER AS label,
             round(1 / (1 + exp(-(risk + 0.9 * (random() - 0.5)))), 6) AS score,
             ['US', 'GB', 'DE', 'FR', 'JP'][1 + (i % 5)::INTEGER] AS country
      FROM (SELECT i, ${risk} AS risk FROM range(${ROWS}) t(i)))
    TO '${holdout}' (FORMAT parquet, COMPRESSION snappy)`);
}
if (!existsSync(baseline)) {
  duckdb(`COPY (SELECT i AS id, round(random(), 6) AS score FROM range(${ROWS}) t(i) ORDER BY random())
    TO '${baseline}' (FORMAT parquet, COMPRESSION snappy)`);
}
if (!existsSync(reference) || !existsSync(current))
  throw new Error(
    'bench gate: run `npm run bench drift` first (it writes the 1M × 50 reference and current files)',
  );

const fresh = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--check'], { cwd: ROOT });
if (fresh.status !== 0)
  console.log('note: dist/ is not a fresh build; run npm run build for current numbers');

const dir = mkdtempSync(join(tmpdir(), 'mg-bench-gate-'));
const columns = 'columns: {target: label, score: score, id: id, segments: [country]}';
const performance = 'performance: {resamples: 1000, metrics: {roc_auc: {min: 0.7}, log_loss: {max: 0.5}}}';
const variants: { label: string; inputs: string; driftOnly?: boolean }[] = [
  {
    label: 'whole gate: 1M holdout + baseline, 1M × 1M × 50 drift',
    inputs: `{holdout: ${holdout}, baseline: ${baseline}, reference: ${reference}, current: ${current}}`,
  },
  {
    label: 'performance: 1M holdout + baseline, 1000 resamples',
    inputs: `{holdout: ${holdout}, baseline: ${baseline}}`,
  },
  { label: 'drift + quality: 1M × 1M × 50', inputs: `{reference: ${reference}, current: ${current}}` },
  // the drift-only gate (issue 10): no task, no target, no performance section
  {
    label: 'drift-only config: 1M × 1M × 50',
    inputs: `{reference: ${reference}, current: ${current}}`,
    driftOnly: true,
  },
];
try {
  for (const [i, v] of variants.entries()) {
    const config = join(dir, `gate-${i}.yml`);
    const lines = v.driftOnly
      ? [`inputs: ${v.inputs}`, '']
      : [`inputs: ${v.inputs}`, 'task: binary', columns, performance, ''];
    writeFileSync(config, lines.join('\n'));
    const cli = [join(ROOT, 'dist/cli.js'), 'run', '--config', config, '--out', join(dir, `out-${i}`), '-q'];
    const r = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, ...cli], {
      encoding: 'utf8',
      cwd: dir,
    });
    if (r.status !== 0 && r.status !== 1) throw new Error(`bench gate: the CLI failed:\n${r.stderr}`);
    const [wall, kb] = (r.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number);
    console.log(
      `${v.label.padEnd(60)} ${(wall ?? NaN).toFixed(2).padStart(8)} s   peak RSS ${((kb ?? NaN) / 1024).toFixed(0).padStart(6)} MB   ${r.stdout.trim()}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
