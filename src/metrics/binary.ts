/**
 * Binary sufficient statistics in one weighted pass: the confusion counts, the rank sums (ROC AUC, AP),
 * and the log-loss, Brier and calibration sums. Every binary metric in the registry is a formula of these
 * (confusion.ts, ranking.ts, probabilistic.ts give the formulas and oracles).
 *
 * `binaryKernel` does the per-model work once — sort by score, tie groups, per-row loss terms, calibration
 * bins, all laid out in score order — and `accumulate(counts)` then runs one pass over the rows in that order
 * with the row weights `counts` (row order; 1 everywhere for the point estimate, bootstrap counts for a
 * resample). The pass walks tie groups (a tie group lies inside one calibration bin, since bins are
 * intervals of the score) and is branch-free per row, so a zero weight simply adds nothing.
 * When the rows already come in descending score order (the evaluator arranges that for the candidate),
 * the counts are read in place, with no gather.
 * Cost: O(n log n) once, O(n) per accumulate with no allocation but the small result.
 */
import type { BinaryInput } from './inputs.js';
import { descendingOrder } from './ranking.js';
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
  accumulate(counts: Uint8Array): S;
}

/** true when `score` is non-increasing (already in the order the kernel needs) */
export function isDescending(score: Float64Array): boolean {
  for (let i = 1; i < score.length; i++) if (score[i]! > score[i - 1]!) return false;
  return true;
}

export function binaryKernel(input: BinaryInput): Kernel<BinaryStats> {
  const n = input.y.length;
  const score = input.score;
  // null = rows are already in descending score order (or there is no score): read counts in place
  const order = score && !isDescending(score) ? descendingOrder(score) : null;
  const row = (i: number): number => (order ? order[i]! : i);
  const y = new Uint8Array(n);
  const pred = new Uint8Array(n);
  const logLoss = new Float64Array(n);
  const brier = new Float64Array(n);
  const residual = new Float64Array(n);
  // tie groups: rows groupStart[g] .. groupStart[g + 1] − 1 share one score (one group when there is none)
  const starts: number[] = [0];
  const groupBin: number[] = [];
  for (let i = 0; i < n; i++) {
    const r = row(i);
    const yi = input.y[r]!;
    y[i] = yi;
    pred[i] = input.pred[r]!;
    if (score) {
      const s = score[r]!;
      logLoss[i] = binaryLogLossTerm(yi, s);
      brier[i] = brierTerm(yi, s);
      residual[i] = yi - s;
      if (i > 0 && s !== score[row(i - 1)]!) {
        starts.push(i);
      }
      if (groupBin.length < starts.length) groupBin.push(eceBin(s));
    }
  }
  starts.push(n);
  if (!score) groupBin.push(0);
  const groupStart = Int32Array.from(starts);
  const bins = Uint8Array.from(groupBin);
  const groups = bins.length;
  const calibration = new Float64Array(ECE_BINS);

  return {
    rows: n,
    accumulate(counts: Uint8Array): BinaryStats {
      let total = 0;
      let pos = 0;
      let predPos = 0;
      let tp = 0;
      let cumTp = 0;
      let cumFp = 0;
      let area = 0;
      let apSum = 0;
      let logLossSum = 0;
      let brierSum = 0;
      calibration.fill(0);
      for (let g = 0; g < groups; g++) {
        let gw = 0;
        let gPos = 0;
        let gRes = 0;
        const end = groupStart[g + 1]!;
        for (let i = groupStart[g]!; i < end; i++) {
          const w = order ? counts[order[i]!]! : counts[i]!;
          const wy = w * y[i]!;
          const p = pred[i]!;
          gw += w;
          gPos += wy;
          predPos += w * p;
          tp += wy * p;
          logLossSum += w * logLoss[i]!;
          brierSum += w * brier[i]!;
          gRes += w * residual[i]!;
        }
        const gNeg = gw - gPos;
        total += gw;
        pos += gPos;
        calibration[bins[g]!]! += gRes;
        area += gNeg * (cumTp + gPos / 2);
        cumTp += gPos;
        cumFp += gNeg;
        if (gPos > 0) apSum += (gPos * cumTp) / (cumTp + cumFp);
      }
      let eceSum = 0;
      for (let b = 0; b < ECE_BINS; b++) eceSum += Math.abs(calibration[b]!);
      const fp = predPos - tp;
      return {
        n: total,
        tp,
        fp,
        tn: total - pos - fp,
        fn: pos - tp,
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
