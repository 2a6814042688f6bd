/**
 * The CBPE interval the gate uses (issue 11): a bootstrap of the calibration and of current's label noise,
 * beside ./cbpe.ts (which computes the estimates and NannyML's sampling error).
 */
import { argsort } from '../stats/argsort.js';
import { isotonicFitOrdered, type IsotonicModel } from '../stats/isotonic.js';
import { poissonDraw } from '../stats/poisson.js';
import { createRng, type Rng } from '../stats/random.js';
import { averageRanks } from '../stats/ranks.js';
import {
  CBPE_METRICS,
  confusionValues,
  expectedConfusion,
  rocAucInOrder,
  type CbpeMetric,
  type CbpeModel,
} from './cbpe.js';

/** rows of current the bootstrap works on, at most (its label-noise part is rescaled to all rows) */
export const CBPE_BOOTSTRAP_ROWS = 20_000;
/** bootstrap replicates of the CBPE interval */
export const CBPE_BOOTSTRAP_RESAMPLES = 100;

/** the point values of the CBPE metrics from calibrated probabilities (no intervals); `asc` sorts score */
function cbpeValues(p: Float64Array, asc: Uint32Array, pred: Uint8Array): Record<CbpeMetric, number> {
  const { tp, fp, fn, tn } = expectedConfusion(p, pred);
  return confusionValues(tp, fp, fn, tn, p.length, rocAucInOrder(p, asc));
}

/**
 * The standard error of a CBPE estimate as an estimate of the realised metric, from a bootstrap that
 * keeps both sources of error (npm run bench cbpe-coverage measured NannyML's sampling error, which keeps
 * only the label noise, covering the realised ROC AUC in 35% of samples at 5,000 holdout rows, where this
 * covered 82–93%):
 *   calibration — the holdout resampled (Poisson(1) weights), the isotonic fit redone, the estimate
 *     recomputed on current: var_cal = the variance of those estimates;
 *   label noise — labels drawn on current from each refit's probabilities, the realised metric computed:
 *     var_label = the variance of realised − estimated.
 * On more than CBPE_BOOTSTRAP_ROWS current rows both run on a seeded subsample and var_label, which falls
 * as 1/n, is rescaled to all rows. SE = √(var_cal + var_label).
 */
export function cbpeBootstrapErrors(
  model: CbpeModel,
  score: Float64Array,
  pred: Uint8Array,
  seed: number,
  resamples = CBPE_BOOTSTRAP_RESAMPLES,
): Record<CbpeMetric, number> {
  const rng = createRng(seed);
  const n = score.length;
  const rows = subsample(n, CBPE_BOOTSTRAP_ROWS, rng);
  const s = Float64Array.from(rows, (r) => score[r]!);
  const d = Uint8Array.from(rows, (r) => pred[r]!);
  const ranks = averageRanks(s);
  const asc = argsort(s);
  const { y: hy, score: hs, order } = model.fitted;
  const weights = new Float64Array(hy.length);
  const est: Record<string, number[]> = {};
  const gap: Record<string, number[]> = {};
  for (const m of CBPE_METRICS) {
    est[m] = [];
    gap[m] = [];
  }
  const drawn = new Uint8Array(s.length);
  for (let b = 0; b < resamples; b++) {
    for (let i = 0; i < weights.length; i++) weights[i] = poissonDraw(1, rng);
    const fit = isotonicFitOrdered(order, hs, hy, weights);
    if (!fit) continue;
    const p = predictSorted(fit, s, asc);
    const e = cbpeValues(p, asc, d);
    for (let i = 0; i < p.length; i++) drawn[i] = rng.nextFloat() < p[i]! ? 1 : 0;
    const r = realisedValues(drawn, d, ranks);
    for (const m of CBPE_METRICS) {
      est[m]!.push(e[m]);
      gap[m]!.push(r[m] - e[m]);
    }
  }
  const scale = s.length / n;
  return Object.fromEntries(
    CBPE_METRICS.map((m) => [m, Math.sqrt(variance(est[m]!) + variance(gap[m]!) * scale)]),
  ) as Record<CbpeMetric, number>;
}

/** realised metrics of labels y on rows with decisions pred; ROC AUC from the scores' average ranks */
function realisedValues(y: Uint8Array, pred: Uint8Array, ranks: Float64Array): Record<CbpeMetric, number> {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  let rankSum = 0;
  for (let i = 0; i < y.length; i++) {
    if (y[i] === 1) rankSum += ranks[i]!;
    if (pred[i] === 1) {
      if (y[i] === 1) tp++;
      else fp++;
    } else if (y[i] === 1) fn++;
    else tn++;
  }
  const pos = tp + fn;
  const neg = fp + tn;
  const auc = pos > 0 && neg > 0 ? (rankSum - (pos * (pos + 1)) / 2) / (pos * neg) : NaN;
  return confusionValues(tp, fp, fn, tn, y.length, auc);
}

function variance(v: number[]): number {
  const finite = v.filter((x) => Number.isFinite(x));
  const n = finite.length;
  if (n < 2) return NaN;
  let mean = 0;
  for (const x of finite) mean += x;
  mean /= n;
  let ss = 0;
  for (const x of finite) ss += (x - mean) * (x - mean);
  return ss / (n - 1);
}

/** all rows up to `max`, else a seeded sample of `max` rows without replacement (sorted) */
function subsample(n: number, max: number, rng: Rng): Int32Array {
  if (n <= max) return Int32Array.from({ length: n }, (_, i) => i);
  const picked = new Uint8Array(n);
  let k = 0;
  while (k < max) {
    const i = rng.nextInt(n);
    if (picked[i] === 0) {
      picked[i] = 1;
      k++;
    }
  }
  const out = new Int32Array(max);
  let j = 0;
  for (let i = 0; i < n; i++) if (picked[i] === 1) out[j++] = i;
  return out;
}

/** isotonicPredict for values visited in ascending order (`asc`): one merge with the knots, O(n + k) */
function predictSorted(model: IsotonicModel, v: Float64Array, asc: Uint32Array): Float64Array {
  const { x, y } = model;
  const k = x.length;
  const out = new Float64Array(v.length);
  let j = 0;
  for (let r = 0; r < asc.length; r++) {
    const i = asc[r]!;
    const t = v[i]!;
    if (k === 1 || t <= x[0]!) {
      out[i] = y[0]!;
      continue;
    }
    if (t >= x[k - 1]!) {
      out[i] = y[k - 1]!;
      continue;
    }
    while (x[j + 1]! <= t) j++;
    const slope = (y[j + 1]! - y[j]!) / (x[j + 1]! - x[j]!);
    out[i] = slope * (t - x[j]!) + y[j]!;
  }
  return out;
}
