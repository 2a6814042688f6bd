// npm run bench metrics: every binary metric with 1000 paired bootstrap resamples (candidate and baseline,
// deltas) on 100k and on 1M holdout rows, generated in memory from a seeded generator (scores rounded to 4
// decimals, so there are ties). Targets (issue 3): under 3 s and under 30 s on a 2-core machine.
import { evaluateMetrics } from '../../src/metrics/bootstrap.js';
import type { TaskInput } from '../../src/metrics/inputs.js';
import { createRng } from '../../src/stats/random.js';
import { timed } from './_util.js';

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
  const cpu0 = process.cpuUsage();
  const result = await timed(`binary metrics, 1000 paired resamples, ${n.toLocaleString('en')} rows`, () =>
    evaluateMetrics(candidate, baseline, { resamples: 1000, confidence: 0.95, seed: 42 }),
  );
  // CPU time as well as wall time: on a shared machine the wall time mostly measures the neighbours
  const cpu = process.cpuUsage(cpu0);
  console.log(`  CPU time ${((cpu.user + cpu.system) / 1e6).toFixed(3)} s`);
  const auc = result.deltas?.roc_auc;
  console.log(`  roc_auc delta ${auc?.value?.toFixed(4)} [${auc?.ci?.map((v) => v.toFixed(4)).join(', ')}]`);
}
