/**
 * Binary sufficient statistics in one weighted pass: the confusion counts, the rank sums (ROC AUC, AP),
 * and the log-loss, Brier and calibration sums. Every binary metric in the registry is a formula of these
 * (confusion.ts, ranking.ts, probabilistic.ts give the formulas and oracles).
 *
 * `binaryKernel` does the per-model work once — sort by score, tie groups, per-row loss terms, calibration
 * bins, all laid out in score order — and `accumulate(counts)` then runs one pass over the rows in that order
 * with the row weights `counts` (row order; 1 everywhere for the point estimate, bootstrap counts for a
 * resample). Cost: O(n log n) once, O(n) per accumulate with no allocation but the small result.
 */
import type { BinaryInput } from './inputs.js';
import { descendingOrder, tieGroupEnds } from './ranking.js';
import { ECE_BINS, binaryLogLossTerm, brierTerm, eceBin } from './probabilistic.js';

export interface BinaryStats {
  /** total weight (rows) */
  n: number;
  tp: number;
  fp: number;
  tn: number;
  fn: number;
  /** false when the model has no score column: the score-based sums below are 0 */
  hasScore: boolean;
  /** ROC AUC = area / ((tp + fn) · (tn + fp)) */
  area: number;
  /** AP = apSum / (tp + fn) */
  apSum: number;
  logLossSum: number;
  brierSum: number;
  /** Σ_b |Σ_{i∈b} w_i (y_i − s_i)| */
  eceSum: number;
}

export interface Kernel<S> {
  readonly rows: number;
  accumulate(counts: Int32Array): S;
}

export function binaryKernel(input: BinaryInput): Kernel<BinaryStats> {
  const n = input.y.length;
  const score = input.score;
  const order = score ? descendingOrder(score) : identity(n);
  const ends = score ? tieGroupEnds(score, order) : new Uint8Array(n);
  const y = new Uint8Array(n);
  const pred = new Uint8Array(n);
  const logLoss = new Float64Array(n);
  const brier = new Float64Array(n);
  const residual = new Float64Array(n);
  const bin = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const r = order[i]!;
    const yi = input.y[r]!;
    y[i] = yi;
    pred[i] = input.pred[r]!;
    if (score) {
      const s = score[r]!;
      logLoss[i] = binaryLogLossTerm(yi, s);
      brier[i] = brierTerm(yi, s);
      residual[i] = yi - s;
      bin[i] = eceBin(s);
    }
  }
  const calibration = new Float64Array(ECE_BINS);

  return {
    rows: n,
    accumulate(counts: Int32Array): BinaryStats {
      let tp = 0;
      let fp = 0;
      let tn = 0;
      let fn = 0;
      let tpG = 0;
      let fpG = 0;
      let cumTp = 0;
      let cumFp = 0;
      let area = 0;
      let apSum = 0;
      let logLossSum = 0;
      let brierSum = 0;
      calibration.fill(0);
      for (let i = 0; i < n; i++) {
        const w = counts[order[i]!]!;
        if (w !== 0) {
          if (y[i] === 1) {
            tpG += w;
            if (pred[i] === 1) tp += w;
            else fn += w;
          } else {
            fpG += w;
            if (pred[i] === 1) fp += w;
            else tn += w;
          }
          logLossSum += w * logLoss[i]!;
          brierSum += w * brier[i]!;
          calibration[bin[i]!]! += w * residual[i]!;
        }
        if (ends[i] === 1) {
          area += fpG * (cumTp + tpG / 2);
          cumTp += tpG;
          cumFp += fpG;
          if (tpG > 0) apSum += (tpG * cumTp) / (cumTp + cumFp);
          tpG = 0;
          fpG = 0;
        }
      }
      let eceSum = 0;
      for (let b = 0; b < ECE_BINS; b++) eceSum += Math.abs(calibration[b]!);
      return {
        n: tp + fp + tn + fn,
        tp,
        fp,
        tn,
        fn,
        hasScore: score !== null,
        area,
        apSum,
        logLossSum,
        brierSum,
        eceSum,
      };
    },
  };
}

export function identity(n: number): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  return order;
}
