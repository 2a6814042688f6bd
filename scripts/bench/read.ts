// npm run bench read: reads a 1M-row × 20-column snappy Parquet file (mixed float / int / string columns,
// written by DuckDB into BENCH_DATA on first run, not committed) into columns with readTable, and reports
// wall time and peak RSS. Target (issue 2): under 2 s and under 600 MB.
// Set BENCH_READ_NAIVE=1 to also time hyparquet's own row assembly (parquetReadObjects) for comparison; it
// runs after ours so its memory does not inflate our peak.
// Set BENCH_READ_CODECS=1 to also time zstd and gzip copies of the same data, and CSV (plain and gzip).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BENCH_DATA, ROOT, benchExecutor, timed as timedWall } from './_util.js';
import { readTables } from '../../src/io/parallel.js';
import { readTable } from '../../src/io/read.js';

const ROWS = 1_000_000;

/** _util's timed (wall time, peak RSS), plus this process's CPU time: steadier than wall on a shared machine */
async function timed<T>(label: string, f: () => T | Promise<T>): Promise<T> {
  const cpu = process.cpuUsage();
  const result = await timedWall(label, f);
  const used = process.cpuUsage(cpu);
  console.log(
    `  cpu ${((used.user + used.system) / 1e6).toFixed(3)} s (user ${(used.user / 1e6).toFixed(3)})`,
  );
  return result;
}

/** one SELECT for every generated file, so codecs are compared on the same data */
const SELECT = `
SELECT
  i AS row_id,
  random() * 1000 AS amount,
  random() AS score,
  CASE WHEN random() < 0.05 THEN NULL ELSE random() * 100 - 50 END AS balance,
  sqrt(random()) AS ratio,
  random() * 1e6 AS income,
  ln(random() + 1e-9) AS log_value,
  CASE WHEN random() < 0.02 THEN NULL ELSE random() END AS prob_a,
  random() * 24 AS hour_frac,
  (random() * 100000)::BIGINT AS account_age_s,
  (random() * 90)::INTEGER + 18 AS age,
  (random() * 5)::INTEGER AS tier,
  (random() * 2)::INTEGER AS label,
  ['US','DE','FR','GB','IN','BR','JP','CA','AU','ES','IT','NL','MX','SE','PL'][1 + (random() * 15)::INTEGER % 15] AS country,
  ['mobile','desktop','tablet'][1 + (random() * 3)::INTEGER % 3] AS device,
  ['card','paypal','bank','crypto','voucher'][1 + (random() * 5)::INTEGER % 5] AS channel,
  CASE WHEN random() < 0.03 THEN NULL ELSE 'merchant_' || (random() * 2000)::INTEGER END AS merchant,
  'user_' || (random() * 200000)::INTEGER AS user_id,
  random() < 0.3 AS is_returning,
  TIMESTAMP '2026-01-01' + to_seconds((random() * 86400 * 30)::BIGINT) AS event_time
FROM range(${ROWS}) t(i)`;

function generate(file: string, format: string): void {
  const code = `
    import { DuckDBInstance } from '@duckdb/node-api';
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    await c.run("SELECT setseed(0.42)");
    await c.run(\`COPY (${SELECT.replace(/`/g, '\\`')}) TO '${file}' (${format})\`);
  `;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`bench read: generating ${file} failed`);
}

function file(codec: string, ext = 'parquet'): string {
  const f = join(BENCH_DATA, `read-1m-x20-${codec}.${ext}`);
  if (!existsSync(f)) {
    const t0 = performance.now();
    generate(
      f,
      ext === 'parquet' ? `FORMAT parquet, COMPRESSION ${codec}` : `FORMAT csv, HEADER, COMPRESSION ${codec}`,
    );
    console.log(`generated ${f} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  return f;
}

const snappy = file('snappy');
/** reads, checks the shape and lets the table go, so the next measurement's peak RSS is its own */
async function shape(path: string): Promise<string> {
  const table = await readTable(path);
  if (table.rows !== ROWS || table.columns.size !== 20) throw new Error('bench read: wrong shape');
  return [...table.columns.values()].map((c) => `${c.name}:${c.kind === 'numerical' ? 'n' : 'c'}`).join(' ');
}
const kinds = await timed('readTable 1M x 20 snappy (all columns)', () => shape(snappy));
console.log(`  columns: ${kinds}`);
await timed('readTable 1M x 20 snappy (5 columns)', () =>
  readTable(snappy, { columns: ['amount', 'score', 'country', 'label', 'user_id'] }),
);

if (process.env.BENCH_READ_CODECS === '1') {
  for (const codec of ['zstd', 'gzip']) {
    const f = file(codec);
    await timed(`readTable 1M x 20 ${codec} (all columns)`, () => shape(f));
  }
  const csv = file('none', 'csv');
  await timed('readTable 1M x 20 CSV (all columns)', () => shape(csv));
  const gz = file('gzip', 'csv.gz');
  await timed('readTable 1M x 20 CSV gzip (all columns)', () => shape(gz));
  // the gate reads its inputs at once: the two CSV files on two worker threads (worker.js, built here)
  const dir = mkdtempSync(join(tmpdir(), 'mg-bench-read-worker-'));
  const executor = benchExecutor(dir);
  await timed('readTable CSV, then CSV gzip (one after the other)', async () => [
    await shape(csv),
    await shape(gz),
  ]);
  await timed('readTables CSV + CSV gzip (at once, on worker threads)', async () => {
    const out = await readTables([{ path: csv }, { path: gz }], executor);
    return out.map((o) => {
      if (o.status === 'rejected') throw o.reason;
      return o.value.rows;
    });
  });
  rmSync(dir, { recursive: true, force: true });
}

if (process.env.BENCH_READ_NAIVE === '1') {
  const { asyncBufferFromFile, parquetReadObjects } = await import('hyparquet');
  const { compressors } = await import('hyparquet-compressors');
  await timed('hyparquet parquetReadObjects (naive, for comparison)', async () => {
    const rows = await parquetReadObjects({ file: await asyncBufferFromFile(snappy), compressors });
    return rows.length;
  });
}
