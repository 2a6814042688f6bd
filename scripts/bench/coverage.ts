// npm run bench coverage: the coverage of the gate's nominal 95% intervals (issue 15), measured.
//
// Populations with a known true value of each metric: a large finite population whose metric is computed
// once; each replicate draws n rows from it with replacement (so rows are iid from the population and its
// metric is the exact truth), runs the gate's interval evaluation (src/metrics/intervals.ts `evaluate`,
// `auto`: the paired percentile bootstrap up to 20,000 rows, analytic + bag of little bootstraps above) and
// records whether each interval covers the truth, and on which side it missed.
// - binary: 2M rows, 20% positives; candidate and baseline scores from correlated binormal latents
//   (shared noise, so the paired difference is not trivial), through a logistic link, rounded to 4 decimals
//   (ties); predictions at 0.5;
// - regression (RMSE): 2M rows, gamma target, candidate and baseline with correlated Gaussian errors.
// Sizes 300, 10k, 100k, 1M with fewer replicates at the larger sizes (BENCH_COVERAGE_REPLICATES scales them:
// 2 = twice as many). Coverage is reported with its Monte-Carlo standard error at the nominal level,
// √(0.95 · 0.05 / R); the aim is
// 93.5–96.5% where R resolves it. A negative control (the same intervals shrunk to 80% of their width; true
// coverage about 89%) shows the bench can tell a bad interval from a good one.
// The replicates run in two child processes (the machine's two cores), each a deterministic share.
import { spawn } from 'node:child_process';
import { evaluate } from '../../src/metrics/intervals.js';
import type { TaskInput } from '../../src/metrics/inputs.js';
import { createRng, type Rng } from '../../src/stats/random.js';

const SIZES = [300, 10_000, 100_000, 1_000_000];
const SCALE = Number(process.env.BENCH_COVERAGE_REPLICATES ?? '1');
const REPLICATES: Record<number, number> = {
  300: Math.round(1000 * SCALE),
  10_000: Math.round(400 * SCALE),
  100_000: Math.round(400 * SCALE),
  1_000_000: Math.round(100 * SCALE),
};
const RESAMPLES = 1000;
const POP = 2_000_000;
const SHARDS = 2;

/** the metrics studied: where to find each (model section and id) */
const CELLS = [
  ['roc_auc', 'binary', 'candidate'],
  ['pr_auc', 'binary', 'candidate'],
  ['f1', 'binary', 'candidate'],
  ['accuracy', 'binary', 'candidate'],
  ['log_loss', 'binary', 'candidate'],
  ['brier', 'binary', 'candidate'],
  ['ece', 'binary', 'candidate'],
  ['rmse', 'regression', 'candidate'],
  ['roc_auc', 'binary', 'deltas'],
  ['f1', 'binary', 'deltas'],
] as const;
const label = (c: (typeof CELLS)[number]): string => (c[2] === 'deltas' ? `Δ ${c[0]} (paired)` : c[0]);

function gaussian(rng: Rng): number {
  const u = rng.nextFloat() + 1e-300;
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextFloat());
}

interface Population {
  binary: { y: Uint8Array; c: Float64Array; b: Float64Array };
  regression: { y: Float64Array; c: Float64Array; b: Float64Array };
}

function population(): Population {
  const rng = createRng(20261204);
  const y = new Uint8Array(POP);
  const c = new Float64Array(POP);
  const b = new Float64Array(POP);
  const round4 = (v: number): number => Math.round(v * 1e4) / 1e4;
  for (let i = 0; i < POP; i++) {
    const pos = rng.nextFloat() < 0.2 ? 1 : 0;
    y[i] = pos;
    const shared = gaussian(rng);
    const zc = 1.3 * pos + 0.7 * shared + 0.7 * gaussian(rng);
    const zb = 1.1 * pos + 0.7 * shared + 0.7 * gaussian(rng);
    c[i] = round4(1 / (1 + Math.exp(-(1.6 * zc - 2.2))));
    b[i] = round4(1 / (1 + Math.exp(-(1.5 * zb - 2.0))));
  }
  const ry = new Float64Array(POP);
  const rc = new Float64Array(POP);
  const rb = new Float64Array(POP);
  for (let i = 0; i < POP; i++) {
    // gamma(3, 10) as a sum of three exponentials
    let t = 0;
    for (let k = 0; k < 3; k++) t -= 10 * Math.log(rng.nextFloat() + 1e-300);
    const shared = gaussian(rng);
    ry[i] = t;
    rc[i] = t + 3 * shared + 2 * gaussian(rng);
    rb[i] = t + 3 * shared + 3 * gaussian(rng) + 0.5;
  }
  return { binary: { y, c, b }, regression: { y: ry, c: rc, b: rb } };
}

function binaryInputs(p: Population['binary'], rows: Int32Array | null): [TaskInput, TaskInput] {
  const n = rows ? rows.length : p.y.length;
  const y = new Uint8Array(n);
  const c = new Float64Array(n);
  const b = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const r = rows ? rows[i]! : i;
    y[i] = p.y[r]!;
    c[i] = p.c[r]!;
    b[i] = p.b[r]!;
  }
  const model = (s: Float64Array): TaskInput => ({
    task: 'binary',
    data: { y, score: s, pred: Uint8Array.from(s, (v) => (v >= 0.5 ? 1 : 0)) },
  });
  return [model(c), model(b)];
}

function regressionInputs(p: Population['regression'], rows: Int32Array | null): [TaskInput, TaskInput] {
  const n = rows ? rows.length : p.y.length;
  const y = new Float64Array(n);
  const c = new Float64Array(n);
  const b = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const r = rows ? rows[i]! : i;
    y[i] = p.y[r]!;
    c[i] = p.c[r]!;
    b[i] = p.b[r]!;
  }
  return [
    { task: 'regression', data: { y, pred: c } },
    { task: 'regression', data: { y, pred: b } },
  ];
}

/** the population's metrics: the truth every interval is judged against */
function truths(p: Population): number[] {
  const options = { method: 'bootstrap', resamples: 0, confidence: 0.95, seed: 1 } as const;
  const bin = evaluate(...binaryInputs(p.binary, null), options);
  const reg = evaluate(...regressionInputs(p.regression, null), options);
  return CELLS.map(([id, task, who]) => (task === 'binary' ? bin : reg)[who]![id]!.value!);
}

/** per cell: [covered, missed below (interval under the truth), missed above, covered when shrunk to 80%] */
type Tally = number[][];

function runShard(shard: number): void {
  const p = population();
  const truth = truths(p);
  const out: Record<number, { tally: Tally; ms: number[]; methods: string[] }> = {};
  for (const n of SIZES) {
    const tally: Tally = CELLS.map(() => [0, 0, 0, 0]);
    const ms: number[] = [];
    let methods: string[] = [];
    for (let r = shard; r < REPLICATES[n]!; r += SHARDS) {
      const rng = createRng((Math.imul(n, 2654435761) ^ Math.imul(r + 1, 40503)) >>> 0);
      const rows = Int32Array.from({ length: n }, () => rng.nextInt(POP));
      const options = { method: 'auto', resamples: RESAMPLES, confidence: 0.95, seed: r } as const;
      const t0 = performance.now();
      const bin = evaluate(...binaryInputs(p.binary, rows), options);
      const reg = evaluate(...regressionInputs(p.regression, rows), options);
      ms.push(performance.now() - t0);
      methods = CELLS.map(([id, task, who]) => (task === 'binary' ? bin : reg)[who]![id]!.method ?? 'none');
      CELLS.forEach(([id, task, who], k) => {
        const ci = (task === 'binary' ? bin : reg)[who]![id]!.ci;
        const t = truth[k]!;
        const cell = tally[k]!;
        if (!ci) return;
        if (t < ci[0]) cell[2]!++;
        else if (t > ci[1]) cell[1]!++;
        else cell[0]!++;
        const mid = (ci[0] + ci[1]) / 2;
        const half = 0.4 * (ci[1] - ci[0]);
        if (t >= mid - half && t <= mid + half) cell[3]!++;
      });
    }
    out[n] = { tally, ms, methods };
  }
  process.stdout.write(JSON.stringify({ truth, out }));
}

async function main(): Promise<void> {
  const shards = await Promise.all(
    Array.from({ length: SHARDS }, (_, s) => {
      return new Promise<string>((resolve, reject) => {
        const child = spawn(process.execPath, [...process.execArgv, process.argv[1]!], {
          env: { ...process.env, BENCH_COVERAGE_SHARD: String(s) },
          stdio: ['ignore', 'pipe', 'inherit'],
        });
        let text = '';
        child.stdout.on('data', (d: Buffer) => (text += d.toString()));
        child.on('exit', (code) =>
          code === 0 ? resolve(text) : reject(new Error(`shard ${s} exit ${code}`)),
        );
      });
    }),
  );
  const parts = shards.map(
    (s) =>
      JSON.parse(s) as {
        truth: number[];
        out: Record<number, { tally: Tally; ms: number[]; methods: string[] }>;
      },
  );
  const truth = parts[0]!.truth;
  console.log(
    `population: ${POP.toLocaleString('en')} rows; truths: ${CELLS.map((c, k) => `${label(c)} ${truth[k]!.toFixed(5)}`).join(', ')}`,
  );
  console.log(
    'coverage of the nominal 95% interval, ± Monte-Carlo standard error; (below/above) = misses on each side; [80%] = negative control',
  );
  const header = ['metric', ...SIZES.map((n) => `n = ${n.toLocaleString('en')} (R = ${REPLICATES[n]})`)];
  const rows: string[][] = [];
  const flagged: string[] = [];
  CELLS.forEach((c, k) => {
    const row = [label(c)];
    for (const n of SIZES) {
      const t = new Float64Array(4);
      for (const p of parts) p.out[n]!.tally[k]!.forEach((v, j) => (t[j]! += v));
      const R = t[0]! + t[1]! + t[2]!;
      const cov = t[0]! / R;
      // the Monte-Carlo standard error of a coverage estimate at the nominal 95%
      const se = Math.sqrt((0.95 * 0.05) / R);
      const method = parts[0]!.out[n]!.methods[k];
      row.push(
        `${(100 * cov).toFixed(1)}% ± ${(100 * se).toFixed(1)} (${t[1]}/${t[2]}) [${((100 * t[3]!) / R).toFixed(0)}%] ${method}`,
      );
      // outside the aim by more than two Monte-Carlo errors: a miss the replicates resolve
      if (cov < 0.935 - 2 * se || cov > 0.965 + 2 * se)
        flagged.push(`${label(c)} at n = ${n}: ${(100 * cov).toFixed(1)}%`);
    }
    rows.push(row);
  });
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map(() => '---').join('|')}|`);
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
  const times = SIZES.map((n) => {
    const all = parts.flatMap((p) => p.out[n]!.ms).sort((a, b) => a - b);
    return `n = ${n.toLocaleString('en')}: median ${all[Math.floor(all.length / 2)]!.toFixed(0)} ms`;
  });
  console.log(`time per replicate (binary with baseline + regression, one thread): ${times.join('; ')}`);
  console.log(
    flagged.length
      ? `outside 93.5–96.5% by more than 2 MC errors: ${flagged.join('; ')}`
      : 'every cell within 93.5–96.5% (to 2 MC errors)',
  );
}

if (process.env.BENCH_COVERAGE_SHARD !== undefined) runShard(Number(process.env.BENCH_COVERAGE_SHARD));
else await main();
