// npm run bench profile: issue 13's speed figures. Generates (once, into bench-data/, not committed) a
// 1M-row reference and a 100M-row current of 20 features (16 numerical of several shapes, 4 categorical)
// as Parquet with DuckDB, then times: the DuckDB reference profile, the DuckDB current profile on it
// (BENCH_PROFILE_ROWS overrides the 100M), and the gate on the two profiles. Peak RSS includes DuckDB's
// native memory (sampled process RSS).
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { duckdbProfile } from '../../src/io/duckdb-profile.js';
import { resolveConfig } from '../../src/config/index.js';
import { runGate } from '../../src/gate/run.js';
import { inProcessExecutor } from '../../src/runtime/in-process.js';
import { BENCH_DATA, peakMb, resetPeak } from './_util.js';

const ROWS = Number(process.env.BENCH_PROFILE_ROWS ?? 100_000_000);
const REF_ROWS = 1_000_000;

function columns(drift: boolean): string {
  const s = drift ? 0.05 : 0;
  const u = (k: number) => `hash(i * 20 + ${k}) / 18446744073709551615.0`;
  const normal = (k: number) => `sqrt(-2 * ln(${u(k)} + 1e-300)) * cos(2 * pi() * ${u(k + 100)})`;
  const out: string[] = [];
  for (let k = 0; k < 16; k++) {
    const shape = k % 4;
    const e =
      shape === 0
        ? `${normal(k)} + ${s}`
        : shape === 1
          ? `exp(${normal(k)} * 0.7 + ${s})`
          : shape === 2
            ? `${u(k)} * 100 + ${s * 10}`
            : `floor(${u(k)} * ${drift ? 12 : 10})`;
    out.push(`(${e})::DOUBLE AS x${k}`);
  }
  for (let k = 0; k < 4; k++)
    out.push(
      `'c' || CAST(floor(power(${u(40 + k)}, 2) * ${10 + k * 30 + (drift ? 3 : 0)}) AS BIGINT) AS c${k}`,
    );
  return out.join(', ');
}

async function generate(path: string, rows: number, drift: boolean): Promise<void> {
  if (existsSync(path)) return;
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  const t = performance.now();
  await c.run(
    `COPY (SELECT ${columns(drift)} FROM range(${rows}) r(i)) TO '${path}' (FORMAT parquet, ROW_GROUP_SIZE 1000000)`,
  );
  console.log(
    `generated ${path}: ${rows.toLocaleString('en')} rows in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );
  c.closeSync();
}

const refPath = join(BENCH_DATA, 'profile-reference-1M.parquet');
const curPath = join(BENCH_DATA, `profile-current-${ROWS}.parquet`);
await generate(refPath, REF_ROWS, false);
await generate(curPath, ROWS, true);

const settings = { fineBins: 100, sketchItems: 2000, columns: null };
resetPeak();
let t = performance.now();
const reference = await duckdbProfile([refPath], { ...settings, reference: null });
console.log(
  `reference profile (1M × 20, DuckDB): ${((performance.now() - t) / 1000).toFixed(1)} s, peak ${peakMb().toFixed(0)} MB`,
);
resetPeak();
t = performance.now();
const current = await duckdbProfile([curPath], { ...settings, reference });
const seconds = (performance.now() - t) / 1000;
console.log(
  `current profile (${ROWS.toLocaleString('en')} × 20, DuckDB, 2 threads): ${seconds.toFixed(1)} s (${(ROWS / seconds / 1e6).toFixed(1)}M rows/s), peak ${peakMb().toFixed(0)} MB`,
);
const refJson = join(BENCH_DATA, 'profile-reference.json');
const curJson = join(BENCH_DATA, 'profile-current.json');
writeFileSync(refJson, JSON.stringify(reference));
writeFileSync(curJson, JSON.stringify(current));
console.log(
  `profile sizes: reference ${(JSON.stringify(reference).length / 1024).toFixed(0)} KB, current ${(JSON.stringify(current).length / 1024).toFixed(0)} KB`,
);
const times: number[] = [];
for (let i = 0; i < 5; i++) {
  t = performance.now();
  const config = resolveConfig(null, { reference: refJson, current: curJson }, BENCH_DATA);
  const report = await runGate(config, { gateId: 'bench', executor: inProcessExecutor(), cwd: BENCH_DATA });
  times.push(performance.now() - t);
  if (i === 0)
    console.log(
      `gate verdict ${report.verdict}: ${report.drift!.features.filter((f) => f.drifted).length} of 20 features drifted`,
    );
}
times.sort((a, b) => a - b);
console.log(
  `gate on two profiles (read, 20 features, every rendering's input): median ${times[2]!.toFixed(0)} ms, slowest ${times[4]!.toFixed(0)} ms`,
);
