// npm run bench cbpe-coverage: does CBPE's interval cover the realised metric? (issue 11: "NannyML's
// sampling-error approach or a bootstrap; measure which covers")
//
// A population where the estimate's assumption holds — P(y | score) fixed (y ~ Bernoulli(g(score)) with a
// miscalibrated g, so calibration matters) — and a covariate shift in the scores between the holdout and
// production. Per replicate: a holdout of n_h rows and a current of n_c rows are drawn; CBPE is fitted on
// the holdout and estimates on current; the realised metric is computed from current's (hidden) labels.
// Two 95% intervals are scored:
//   se:        the estimate ± 1.96 · NannyML's sampling error (label noise only, from the holdout),
//   bootstrap: what the gate reports — the estimate ± 1.96 · cbpeBootstrapErrors (the calibration refitted
//              on Poisson resamples of the holdout, labels drawn on current from each refit).
// Coverage = share of replicates whose interval holds the realised value; 300 replicates per cell, so a
// true 95% reads 92.5–97.5% (two Monte-Carlo errors).
import { estimateCbpe, fitCbpe, type CbpeMetric } from '../../src/metrics/cbpe.js';
import { cbpeBootstrapErrors } from '../../src/metrics/cbpe-bootstrap.js';
import { createRng } from '../../src/stats/random.js';

const REPLICATES = Number(process.env.BENCH_CBPE_REPLICATES ?? 300);
const METRICS: CbpeMetric[] = ['accuracy', 'precision', 'recall', 'f1', 'roc_auc'];
const rng = createRng(11);
const normal = () => Math.sqrt(-2 * Math.log(1 - rng.nextFloat())) * Math.cos(2 * Math.PI * rng.nextFloat());

/** the true P(y = 1 | score): the model is overconfident (calibration matters) */
const truth = (s: number) => 1 / (1 + Math.exp(-2.2 * (s - 0.45) * 4));

function draw(n: number, shift: number) {
  const score = new Float64Array(n);
  const y = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const s = 1 / (1 + Math.exp(-(normal() * 1.4 + shift)));
    score[i] = Math.round(s * 1e6) / 1e6;
    y[i] = rng.nextFloat() < truth(score[i]!) ? 1 : 0;
  }
  return { score, y, pred: Uint8Array.from(score, (s) => (s >= 0.5 ? 1 : 0)) };
}

function realised(y: Uint8Array, pred: Uint8Array, score: Float64Array): Record<CbpeMetric, number> {
  let tp = 0,
    fp = 0,
    fn = 0,
    tn = 0;
  for (let i = 0; i < y.length; i++) {
    if (pred[i]) {
      if (y[i]) tp++;
      else fp++;
    } else if (y[i]) fn++;
    else tn++;
  }
  // ROC AUC by ranks (Mann–Whitney; scores are continuous, ties negligible)
  const order = Array.from(score.keys()).sort((a, b) => score[a]! - score[b]!);
  let rankSum = 0;
  order.forEach((idx, r) => {
    if (y[idx]) rankSum += r + 1;
  });
  const pos = tp + fn,
    neg = fp + tn;
  return {
    accuracy: (tp + tn) / y.length,
    balanced_accuracy: (tp / pos + tn / neg) / 2,
    precision: tp / (tp + fp),
    recall: tp / pos,
    f1: tp / (tp + 0.5 * (fp + fn)),
    specificity: tn / neg,
    roc_auc: (rankSum - (pos * (pos + 1)) / 2) / (pos * neg),
  };
}

for (const [nh, nc, shift] of [
  [2000, 2000, 0.5],
  [5000, 20000, 0.5],
  [500, 5000, -0.4],
] as const) {
  const hits = { se: {} as Record<string, number>, bootstrap: {} as Record<string, number> };
  for (const m of METRICS) hits.se[m] = hits.bootstrap[m] = 0;
  const t0 = performance.now();
  for (let r = 0; r < REPLICATES; r++) {
    const holdout = draw(nh, 0);
    const current = draw(nc, shift);
    const truthOnCurrent = realised(current.y, current.pred, current.score);
    const model = fitCbpe(holdout.y, holdout.score, holdout.pred);
    const est = estimateCbpe(model, current.score, current.pred, 0.95);
    const gate = estimateCbpe(
      model,
      current.score,
      current.pred,
      0.95,
      cbpeBootstrapErrors(model, current.score, current.pred, 1000 + r),
    );
    for (const m of METRICS) {
      const e = est.metrics[m];
      const t = truthOnCurrent[m];
      if (e.ci && t >= e.ci[0] && t <= e.ci[1]) hits.se[m]!++;
      const g = gate.metrics[m];
      if (g.ci && t >= g.ci[0] && t <= g.ci[1]) hits.bootstrap[m]!++;
    }
  }
  const pct = (k: number) => `${((100 * k) / REPLICATES).toFixed(1)}%`.padStart(7);
  console.log(
    `\nholdout ${nh}, current ${nc}, score shift ${shift} (${REPLICATES} replicates, ${((performance.now() - t0) / 1000).toFixed(1)} s)`,
  );
  console.log(`${'metric'.padEnd(12)} ${'se'.padStart(7)} ${'bootstrap'.padStart(10)}`);
  for (const m of METRICS)
    console.log(`${m.padEnd(12)} ${pct(hits.se[m]!)} ${pct(hits.bootstrap[m]!).padStart(10)}`);
}
