// npm run bench release: issue 12's sections at production scale, as users run them (the bundled
// dist/cli.js in a fresh process): a 1,000,000-row shadow log (candidate and champion scores, late labels on
// 30 % of the rows, latency, status code, timestamp) — the serving SLOs alone, the shadow comparison alone
// (agreement, flips, shift on 1M rows; both models paired on the 300k labelled rows), and both. Reports wall
// time and peak RSS (/usr/bin/time) per variant; data generated with DuckDB into bench-data/ (not committed).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BENCH_DATA, ROOT } from './_util.js';

const ROWS = 1_000_000;
const log = join(BENCH_DATA, 'release-shadow-log-1m.parquet');

if (!existsSync(log)) {
  const risk = '-2 + 1.5 * sqrt(-2 * ln(random() + 1e-12)) * cos(2 * pi() * random())';
  const code = `
    import { DuckDBInstance } from '@duckdb/node-api';
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    await c.run("SELECT setseed(0.12)");
    await c.run(${JSON.stringify(`COPY (
      SELECT i AS id,
             round(1 / (1 + exp(-(risk + 0.8 * (random() - 0.5)))), 6) AS score,
             round(1 / (1 + exp(-(risk + 1.2 * (random() - 0.5)))), 6) AS champion_score,
             CASE WHEN random() < 0.3 THEN (random() < 1 / (1 + exp(-risk)))::INTEGER END AS label,
             round(38 * exp(0.45 * sqrt(-2 * ln(random() + 1e-12)) * cos(2 * pi() * random())), 1) AS latency_ms,
             CASE WHEN random() < 0.003 THEN 503 ELSE 200 END AS status,
             TIMESTAMP '2026-11-30 00:00:00' + to_milliseconds((i * 86.4)::BIGINT) AS requested_at
      FROM (SELECT i, ${risk} AS risk FROM range(${ROWS}) t(i)))
    TO '${log}' (FORMAT parquet, COMPRESSION snappy)`)});
  `;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('bench release: generating the shadow log failed');
}

const fresh = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--check'], { cwd: ROOT });
if (fresh.status !== 0)
  console.log('note: dist/ is not a fresh build; run npm run build for current numbers');

const serving = [
  'serving:',
  '  latency: {column: latency_ms, p50: 60, p95: 120, p99: 250, max_share_over: {value: 200, share: 0.001}}',
  '  errors: {column: status, max_rate: 0.01}',
  '  throughput: {column: requested_at, min_per_s: 5}',
];
const shadow = [
  'task: binary',
  'columns: {target: label, score: score, champion_score: champion_score}',
  'performance: {metrics: {roc_auc: {max_regression: 0.01}, log_loss: {max_regression: 0.02}}}',
  'shadow: {min_agreement: 0.9}',
];
const variants: { label: string; lines: string[] }[] = [
  { label: 'serving SLOs: 1M requests (latency, errors, throughput)', lines: serving },
  { label: 'shadow: 1M requests, 300k labelled, paired metrics', lines: shadow },
  { label: 'serving + shadow: 1M requests', lines: [...serving, ...shadow] },
];
const dir = mkdtempSync(join(tmpdir(), 'mg-bench-release-'));
try {
  for (const [i, v] of variants.entries()) {
    const config = join(dir, `release-${i}.yml`);
    writeFileSync(config, [`inputs: {current: ${log}}`, ...v.lines, ''].join('\n'));
    const cli = [join(ROOT, 'dist/cli.js'), 'run', '--config', config, '--out', join(dir, `out-${i}`), '-q'];
    const r = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, ...cli], {
      encoding: 'utf8',
      cwd: dir,
    });
    if (r.status !== 0 && r.status !== 1) throw new Error(`bench release: the CLI failed:\n${r.stderr}`);
    const [wall, kb] = (r.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number);
    console.log(
      `${v.label.padEnd(60)} ${(wall ?? NaN).toFixed(2).padStart(8)} s   peak RSS ${((kb ?? NaN) / 1024).toFixed(0).padStart(6)} MB   ${r.stdout.trim()}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
