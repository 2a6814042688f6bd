// npm run bench drift: drift + data quality on 1M reference rows × 1M current rows × 50 features
// (40 numerical, 10 categorical up to 100,000 distinct values), read from snappy Parquet written once by
// DuckDB into BENCH_DATA. Target (issue 4): under 5 s end to end (read + drift + quality) and under 2 GB.
// Runs the worker-thread path (the bundled worker is built next to this bundle first) and, with
// BENCH_DRIFT_SERIAL=1, the in-process path too; BENCH_DRIFT_PROFILE=1 adds a per-stage breakdown;
// BENCH_DRIFT_DECIDE_ON=effect runs drift.decide_on: effect.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH_DATA, ROOT, benchExecutor, timed } from './_util.js';
import { resolveConfig } from '../../src/config/index.js';
import { buildDrift } from '../../src/gate/drift.js';
import { readTables } from '../../src/io/parallel.js';
import { inProcessExecutor } from '../../src/runtime/index.js';
import { readTable } from '../../src/io/read.js';
import type { Table } from '../../src/contract/table.js';

const ROWS = 1_000_000;
const NUMERIC = 40;
const CARDINALITIES = [3, 5, 10, 20, 50, 100, 1000, 2000, 10000, 100000];

/** the 50 feature expressions; `shift` > 0 moves some of them for the current file */
function select(shift: number): string {
  const cols: string[] = [];
  for (let j = 0; j < NUMERIC; j++) {
    const s = j % 4 === 0 ? shift * (1 + (j % 3)) : 0;
    const kind = j % 5;
    const expr =
      kind === 0
        ? `${s} + sqrt(-2 * ln(random() + 1e-12)) * cos(2 * pi() * random())`
        : kind === 1
          ? `exp(${s} + sqrt(-2 * ln(random() + 1e-12)) * cos(2 * pi() * random()))`
          : kind === 2
            ? `random() * 1000 + ${s * 100}`
            : kind === 3
              ? `floor(random() * ${200 + j})::DOUBLE + ${s > 0 ? 5 : 0}`
              : `CASE WHEN random() < ${0.02 + s / 10} THEN NULL ELSE -ln(random() + 1e-12) * ${1 + s} END`;
    cols.push(`${expr} AS n${String(j).padStart(2, '0')}`);
  }
  CARDINALITIES.forEach((k, j) => {
    const skew = shift > 0 && j % 2 === 0 ? `pow(random(), ${1 + shift})` : 'random()';
    cols.push(`'v' || floor(${skew} * ${k + (shift > 0 && j === 3 ? 3 : 0)})::INTEGER AS c${j}`);
  });
  return `SELECT ${cols.join(',\n  ')} FROM range(${ROWS}) t(i)`;
}

function generate(file: string, shift: number, seed: number): void {
  if (existsSync(file)) return;
  const t0 = performance.now();
  const code = `
    import { DuckDBInstance } from '@duckdb/node-api';
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    await c.run("SELECT setseed(${seed})");
    await c.run(\`COPY (${select(shift)}) TO '${file}' (FORMAT parquet, COMPRESSION snappy)\`);
  `;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`bench drift: generating ${file} failed`);
  console.log(`generated ${file} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

const refFile = join(BENCH_DATA, 'drift-ref-1m-x50.parquet');
const curFile = join(BENCH_DATA, 'drift-cur-1m-x50.parquet');
generate(refFile, 0, 0.11);
generate(curFile, 0.1, 0.22);

// the bundled worker, built beside this bundle as the action's dist/ has it
const here = dirname(fileURLToPath(import.meta.url));
// BENCH_DRIFT_WORKERS=n sets the executor's threads (default: one per core)
const workers = process.env.BENCH_DRIFT_WORKERS ? Number(process.env.BENCH_DRIFT_WORKERS) : undefined;
const executor = benchExecutor(here, workers);

// BENCH_DRIFT_DECIDE_ON=effect: the same under drift.decide_on: effect (the distances' bootstrap intervals)
const decideOn = process.env.BENCH_DRIFT_DECIDE_ON === 'effect' ? 'effect' : 'point';
const config = resolveConfig(
  {
    path: join(ROOT, 'model-gate.yml'),
    record: { task: 'binary', columns: { target: 'label' }, drift: { decide_on: decideOn } },
  },
  {},
  ROOT,
);

/** `timed` plus the process CPU time (all threads): less sensitive than wall time to a busy machine */
async function measured<T>(label: string, f: () => T | Promise<T>): Promise<T> {
  const c0 = process.cpuUsage();
  const result = await timed(label, f);
  const c = process.cpuUsage(c0);
  console.log(`  ${''.padEnd(58)} cpu ${((c.user + c.system) / 1e6).toFixed(3).padStart(8)} s (all threads)`);
  return result;
}

let reference: Table | undefined;
let current: Table | undefined;
async function read(): Promise<void> {
  [reference, current] = [await readTable(refFile), await readTable(curFile)];
}
/** as the gate reads: both files at once, their column groups on worker threads */
async function readParallel(): Promise<void> {
  const out = await readTables([{ path: refFile }, { path: curFile }], executor);
  [reference, current] = out.map((o) => {
    if (o.status === 'rejected') throw o.reason;
    return o.value;
  });
}

await measured('read reference + current (2 × 1M × 50, readTable, one after the other)', read);
reference = undefined;
current = undefined;
await measured('read reference + current (readTables: both at once, on worker threads)', readParallel);
const result = await measured('drift + quality, worker threads (excluding read)', () =>
  buildDrift(config, reference!, current!, undefined, executor),
);
const drifted = result.drift.features.filter((f) => f.drifted).length;
console.log(
  `  ${result.drift.features.length} features, ${drifted} drifted, ${result.checks.length} checks, methods: ${[
    ...new Set(result.drift.features.map((f) => f.method)),
  ].join(', ')}`,
);

if (process.env.BENCH_DRIFT_SERIAL === '1')
  await measured('drift + quality, in-process (excluding read)', () =>
    buildDrift(config, reference!, current!, undefined, inProcessExecutor()),
  );

reference = undefined;
current = undefined;
await measured('end to end: read + drift + quality (worker threads)', async () => {
  await readParallel();
  return buildDrift(config, reference!, current!, undefined, executor, { transfer: true });
});

if (process.env.BENCH_DRIFT_PROFILE === '1') {
  // one thread, stage by stage, the way a worker runs a feature (reused sort buffers, one merge)
  const { SortScratch, sortedFiniteWithStats, ksWassersteinSorted, ksTwoSampleFromStatistic } =
    await import('../../src/stats/index.js');
  const { numericSummary } = await import('../../src/drift/summary.js');
  const { analyseNumeric, analyseCategorical } = await import('../../src/drift/analyse.js');
  await read();
  const nums = [...reference!.columns.values()].filter((c) => c.kind === 'numerical');
  const cats = [...reference!.columns.values()].filter((c) => c.kind === 'categorical');
  const pairs = nums.flatMap((c) => {
    const cc = current!.columns.get(c.name)!;
    return c.kind === 'numerical' && cc.kind === 'numerical' ? [[c.values, cc.values] as const] : [];
  });
  // sorted copies kept for the later stages (outside the timed sort, which reuses one scratch)
  const sorted = pairs.map(([r, c]) => {
    const s = new SortScratch();
    return [sortedFiniteWithStats(r, s).sorted, sortedFiniteWithStats(c, s).sorted] as const;
  });
  const scratch = new SortScratch();
  await measured(`  profile: sortedFiniteWithStats × ${2 * pairs.length} (one scratch)`, () => {
    for (const [r, c] of pairs) {
      scratch.releaseAll();
      sortedFiniteWithStats(r, scratch);
      sortedFiniteWithStats(c, scratch);
    }
  });
  await measured(`  profile: ks + wasserstein, one merge × ${pairs.length}`, () => {
    for (const [r, c] of sorted) {
      const m = ksWassersteinSorted(r, c);
      ksTwoSampleFromStatistic(m.ksStatistic, r.length, c.length);
    }
  });
  await measured(`  profile: numericSummary × ${2 * pairs.length}`, () => {
    for (const [r, c] of sorted) {
      numericSummary(r, 0);
      numericSummary(c, 0);
    }
  });
  await measured(`  profile: analyseNumeric × ${pairs.length} (one thread)`, () => {
    pairs.forEach(([reference, current], k) =>
      analyseNumeric(
        { name: `n${k}`, method: 'auto', bins: 10, interval: null, reference, current },
        scratch,
      ),
    );
  });
  await measured(`  profile: analyseCategorical × ${cats.length}`, () => {
    for (const c of cats) {
      const cc = current!.columns.get(c.name)!;
      if (c.kind === 'categorical' && cc.kind === 'categorical')
        analyseCategorical({ name: c.name, method: 'auto', interval: null, reference: c, current: cc });
    }
  });
}
