// npm run bench metrics: every binary metric with 1000 paired bootstrap resamples (candidate and baseline,
// deltas) on 100k and on 1M holdout rows, generated in memory from a seeded generator (scores rounded to 4
// decimals, so there are ties). Targets (issue 3): under 3 s and under 30 s on a 2-core machine.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateMetrics, type IntervalOptions } from '../../src/metrics/bootstrap.js';
import { evaluate } from '../../src/metrics/intervals.js';
import { sharedResamples } from '../../src/metrics/parallel.js';
import type { TaskInput } from '../../src/metrics/inputs.js';
import { createRng } from '../../src/stats/random.js';
import { benchExecutor, timed } from './_util.js';

// the worker bundled as scripts/build.mjs bundles dist/worker.js (into a temp folder)
const workerDir = mkdtempSync(join(tmpdir(), 'mg-bench-metrics-worker-'));
const threaded = sharedResamples(benchExecutor(workerDir));
/** BENCH_METRICS_THREADS=0: the calling thread only; 1: the calling thread + worker threads; default both */
const threadModes = (process.env.BENCH_METRICS_THREADS ?? '0,1').split(',').map((t) => t === '1');
const opts = (parallel: boolean): IntervalOptions => ({
  resamples: 1000,
  confidence: 0.95,
  seed: 42,
  parallel: parallel ? threaded : null,
});
const how = (parallel: boolean): string => (parallel ? ', threads' : ', 1 thread');

function model(y: Uint8Array, signal: number, seed: number): TaskInput {
  const rng = createRng(seed);
  const n = y.length;
  const score = new Float64Array(n);
  const pred = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    // logistic score with a Gaussian-ish margin (sum of uniforms), rounded to 4 decimals (ties)
    const z = rng.nextFloat() + rng.nextFloat() + rng.nextFloat() - 1.5 + signal * (2 * y[i]! - 1);
    const s = Math.round(10000 / (1 + Math.exp(-2 * z))) / 10000;
    score[i] = s;
    pred[i] = s >= 0.5 ? 1 : 0;
  }
  return { task: 'binary', data: { y, score, pred } };
}

const which = (process.env.BENCH_METRICS_ROWS ?? '100000,1000000').split(',').map(Number);
for (const n of which) {
  const rng = createRng(1);
  const y = new Uint8Array(n);
  for (let i = 0; i < n; i++) y[i] = rng.nextFloat() < 0.2 ? 1 : 0;
  const candidate = model(y, 0.6, 2);
  const baseline = model(y, 0.5, 3);
  for (const parallel of threadModes) {
    const cpu0 = process.cpuUsage();
    const result = await timed(
      `binary metrics, 1000 paired resamples, ${n.toLocaleString('en')} rows${how(parallel)}`,
      () => evaluateMetrics(candidate, baseline, opts(parallel)),
    );
    // CPU time as well as wall time: on a shared machine the wall time mostly measures the neighbours
    const cpu = process.cpuUsage(cpu0);
    console.log(`  CPU time ${((cpu.user + cpu.system) / 1e6).toFixed(3)} s (all threads)`);
    const auc = result.deltas?.roc_auc;
    console.log(
      `  roc_auc delta ${auc?.value?.toFixed(4)} [${auc?.ci?.map((v) => v.toFixed(4)).join(', ')}]`,
    );
  }
}

// the gate bench's holdout (scripts/bench/gate.ts) in memory: a latent risk per row, label ~ Bernoulli(sigmoid
// (risk)), candidate = sigmoid(risk + noise) rounded to 6 decimals, baseline = uniform rounded to 6 decimals
// (~630k distinct scores: the many-tie-groups layout), 5 segments of 200k rows (row i in segment i mod 5)
function gateHoldout(): { candidate: TaskInput; baseline: TaskInput; segments: Int32Array[] } {
  const n = 1_000_000;
  const rng = createRng(7);
  const y = new Uint8Array(n);
  const cs = new Float64Array(n);
  const bs = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const u = rng.nextFloat() + 1e-12;
    const risk = -3.5 + 2.2 * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextFloat());
    y[i] = rng.nextFloat() < 1 / (1 + Math.exp(-risk)) ? 1 : 0;
    cs[i] = Math.round(1e6 / (1 + Math.exp(-(risk + 0.9 * (rng.nextFloat() - 0.5))))) / 1e6;
    bs[i] = Math.round(rng.nextFloat() * 1e6) / 1e6;
  }
  const pred = (s: Float64Array): Uint8Array => Uint8Array.from(s, (v) => (v >= 0.5 ? 1 : 0));
  const candidate: TaskInput = { task: 'binary', data: { y, score: cs, pred: pred(cs) } };
  const baseline: TaskInput = { task: 'binary', data: { y, score: bs, pred: pred(bs) } };
  const segments = Array.from({ length: 5 }, (_, k) =>
    Int32Array.from({ length: n / 5 }, (_, j) => j * 5 + k),
  );
  return { candidate, baseline, segments };
}

if (process.env.BENCH_METRICS_GATE !== '0') {
  const { candidate, baseline, segments } = gateHoldout();
  for (const parallel of threadModes) {
    const cpu0 = process.cpuUsage();
    const result = await timed(`gate holdout: 1M paired + 5 segments, 1000 resamples${how(parallel)}`, () =>
      evaluateMetrics(candidate, baseline, opts(parallel), segments),
    );
    const cpu = process.cpuUsage(cpu0);
    console.log(`  CPU time ${((cpu.user + cpu.system) / 1e6).toFixed(3)} s (all threads)`);
    const auc = result.deltas?.roc_auc;
    console.log(
      `  roc_auc delta ${auc?.value?.toFixed(4)} [${auc?.ci?.map((v) => v.toFixed(4)).join(', ')}]`,
    );
    const s0 = result.segments[0]?.candidate.roc_auc;
    console.log(
      `  segment 0 roc_auc ${s0?.value?.toFixed(4)} [${s0?.ci?.map((v) => v.toFixed(4)).join(', ')}]`,
    );
  }
}

// the same holdout with the default `performance.intervals: auto` (issue 15): above 20,000 rows analytic
// intervals and the bag of little bootstraps instead of 1000 resamples of every row
{
  const { candidate, baseline, segments } = gateHoldout();
  for (let run = 0; run < 3; run++) {
    const cpu0 = process.cpuUsage();
    const result = await timed(`gate holdout: 1M paired + 5 segments, intervals auto (run ${run + 1})`, () =>
      evaluate(candidate, baseline, { ...opts(false), method: 'auto' }, segments),
    );
    const cpu = process.cpuUsage(cpu0);
    console.log(`  CPU time ${((cpu.user + cpu.system) / 1e6).toFixed(3)} s`);
    const auc = result.deltas?.roc_auc;
    const ap = result.deltas?.pr_auc;
    console.log(
      `  roc_auc delta ${auc?.value?.toFixed(4)} [${auc?.ci?.map((v) => v.toFixed(4)).join(', ')}] ${auc?.method}; pr_auc delta ${ap?.value?.toFixed(4)} [${ap?.ci?.map((v) => v.toFixed(4)).join(', ')}] ${ap?.method}`,
    );
  }
}

// for comparison (no target in the issue): multiclass with 5 classes and regression, 100k rows, unpaired
{
  const n = 100_000;
  const k = 5;
  const rng = createRng(4);
  const y = Int32Array.from({ length: n }, () => rng.nextInt(k));
  const proba = Array.from({ length: k }, () => new Float64Array(n));
  const pred = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    const raw = Array.from({ length: k }, (_, c) => rng.nextFloat() + (c === y[i] ? 0.8 : 0));
    for (const r of raw) sum += r;
    let best = 0;
    raw.forEach((r, c) => {
      proba[c]![i] = Math.round((r / sum) * 1000) / 1000;
      if (r > raw[best]!) best = c;
    });
    // keep the rows summing to 1 after rounding: the last column takes the residue
    let rest = 1;
    for (let c = 0; c < k - 1; c++) rest -= proba[c]![i]!;
    proba[k - 1]![i] = Math.max(0, rest);
    pred[i] = best;
  }
  const classes = ['a', 'b', 'c', 'd', 'e'];
  const cpu0 = process.cpuUsage();
  await timed(`multiclass (5 classes) metrics, 1000 resamples, 100,000 rows`, () =>
    evaluateMetrics({ task: 'multiclass', data: { classes, y, pred, proba } }, null, {
      resamples: 1000,
      confidence: 0.95,
      seed: 42,
    }),
  );
  const cpu = process.cpuUsage(cpu0);
  console.log(`  CPU time ${((cpu.user + cpu.system) / 1e6).toFixed(3)} s`);

  const yr = Float64Array.from({ length: n }, () => rng.nextFloat() * 100);
  const pr = Float64Array.from(yr, (v) => v + (rng.nextFloat() - 0.5) * 10);
  const cpu1 = process.cpuUsage();
  await timed(`regression metrics, 1000 resamples, 100,000 rows`, () =>
    evaluateMetrics({ task: 'regression', data: { y: yr, pred: pr } }, null, {
      resamples: 1000,
      confidence: 0.95,
      seed: 42,
    }),
  );
  const cpu2 = process.cpuUsage(cpu1);
  console.log(`  CPU time ${((cpu2.user + cpu2.system) / 1e6).toFixed(3)} s`);
}
