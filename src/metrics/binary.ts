/**
 * Binary sufficient statistics in one weighted pass: the confusion counts, the rank sums (ROC AUC, AP),
 * and the log-loss, Brier and calibration sums. Every binary metric in the registry is a formula of these
 * (confusion.ts, ranking.ts, probabilistic.ts give the formulas and oracles).
 *
 * `binaryKernel` does the per-model work once — sort by score, tie groups, per-row loss terms, calibration
 * bins, all laid out in score order — and `accumulate(counts)` then runs one pass over the rows in that order
 * with the row weights `counts` (row order; 1 everywhere for the point estimate, bootstrap counts for a
 * resample). Rows of one tie group share a score, so every score-based term depends only on the group
 * and the label: the pass reads one byte per row (label, prediction, end of group) plus its count, and
 * adds the group's log-loss, Brier, calibration and rank terms at the end of each group (a tie group lies
 * inside one calibration bin, since bins are intervals of the score). A zero count adds nothing.
 * When the rows already come in descending score order (the evaluator arranges that for the candidate),
 * the counts are read in place; otherwise, with few tie groups, counts are read in row order and added into
 * per-group sums (a small scatter), and only with many groups through the sort order (a gather).
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

/** at most this many tie groups: a resample scatters its counts into per-group sums in row order */
export const SCATTER_MAX_GROUPS = 65536;

export function binaryKernel(input: BinaryInput): Kernel<BinaryStats> {
  const n = input.y.length;
  const score = input.score;
  // null = rows are already in descending score order (or there is no score)
  const order = score && !isDescending(score) ? descendingOrder(score) : null;
  const row = (i: number): number => (order ? order[i]! : i);
  // one byte per sorted row: bit 0 = predicted positive, bit 1 = positive label, bit 2 = last row of a group
  const code = new Uint8Array(n);
  // per tie group, in descending score order: the score, the log-loss terms of a positive and of a
  // negative row, the calibration bin
  const groupScore: number[] = [];
  const groupLossPos: number[] = [];
  const groupLossNeg: number[] = [];
  const groupBin: number[] = [];
  for (let i = 0; i < n; i++) {
    const r = row(i);
    const s = score ? score[r]! : 0;
    const last = i === n - 1 || (score !== null && score[row(i + 1)] !== s);
    code[i] = input.pred[r]! | (input.y[r]! << 1) | (last ? 4 : 0);
    if (last) {
      groupScore.push(s);
      groupLossPos.push(score ? binaryLogLossTerm(1, s) : 0);
      groupLossNeg.push(score ? binaryLogLossTerm(0, s) : 0);
      groupBin.push(score ? eceBin(s) : 0);
    }
  }
  const groups = groupScore.length;
  const gScore = Float64Array.from(groupScore);
  const gLossPos = Float64Array.from(groupLossPos);
  const gLossNeg = Float64Array.from(groupLossNeg);
  const gBin = Uint8Array.from(groupBin);
  const calibration = new Float64Array(ECE_BINS);

  // Three ways to sum the counts per group, by layout (all give the same sums):
  // 'sequential' — rows already in score order: read counts and codes in place, and finish each group as
  //   its last row passes (one fused pass, no per-group arrays touched);
  // 'scatter' — few groups: walk rows in row order (sequential counts) adding into small per-group sums;
  // 'gather' — many groups: walk rows in score order, reading each row's count through the order.
  const mode = order === null ? 'sequential' : groups <= SCATTER_MAX_GROUPS ? 'scatter' : 'gather';
  // weighted rows and positives per group, filled by each accumulate (scatter mode only)
  const gWeight = new Int32Array(mode === 'scatter' ? groups : 0);
  const gPositive = new Int32Array(mode === 'scatter' ? groups : 0);
  let rowCode: Uint8Array | null = null;
  let rowGroup: Uint16Array | null = null;
  if (mode === 'scatter') {
    rowCode = new Uint8Array(n);
    rowGroup = new Uint16Array(n);
    let g = 0;
    for (let i = 0; i < n; i++) {
      const r = order![i]!;
      rowCode[r] = code[i]! & 3;
      rowGroup[r] = g;
      if (code[i]! & 4) g++;
    }
  }
  // per group, in descending score order: the Brier terms of a positive and of a negative row
  const gBrierPos = Float64Array.from(gScore, (s) => brierTerm(1, s));
  const gBrierNeg = Float64Array.from(gScore, (s) => brierTerm(0, s));

  /** the statistics from per-group weighted rows and positives (scatter mode) */
  const fromGroups = (predPos: number, tp: number): BinaryStats => {
    let total = 0;
    let cumTp = 0;
    let cumFp = 0;
    let area = 0;
    let apSum = 0;
    let logLossSum = 0;
    let brierSum = 0;
    calibration.fill(0);
    for (let g = 0; g < groups; g++) {
      const gw = gWeight[g]!;
      if (gw === 0) continue;
      const gPos = gPositive[g]!;
      const gNeg = gw - gPos;
      const s = gScore[g]!;
      total += gw;
      logLossSum += gPos * gLossPos[g]! + gNeg * gLossNeg[g]!;
      brierSum += gPos * gBrierPos[g]! + gNeg * gBrierNeg[g]!;
      calibration[gBin[g]!]! += gPos * (1 - s) - gNeg * s;
      area += gNeg * (cumTp + gPos / 2);
      cumTp += gPos;
      cumFp += gNeg;
      if (gPos > 0) apSum += (gPos * cumTp) / (cumTp + cumFp);
    }
    return finish(predPos, tp, total, cumTp, area, apSum, logLossSum, brierSum);
  };
  const finish = (
    predPos: number,
    tp: number,
    total: number,
    positives: number,
    area: number,
    apSum: number,
    logLossSum: number,
    brierSum: number,
  ): BinaryStats => {
    let eceSum = 0;
    for (let b = 0; b < ECE_BINS; b++) eceSum += Math.abs(calibration[b]!);
    const fp = predPos - tp;
    return {
      n: total,
      tp,
      fp,
      tn: total - positives - fp,
      fn: positives - tp,
      hasScore: score !== null,
      area,
      apSum,
      logLossSum,
      brierSum,
      eceSum,
    };
  };

  /**
   * One fused pass in score order: row weights from `counts` (through `through` when given, a gather),
   * each group finished as its last row passes. The same sums, in the same order, as `fromGroups`.
   */
  const fused = (counts: Uint8Array, through: Int32Array | null): BinaryStats => {
    let predPos = 0;
    let tp = 0;
    let total = 0;
    let cumTp = 0;
    let cumFp = 0;
    let area = 0;
    let apSum = 0;
    let logLossSum = 0;
    let brierSum = 0;
    calibration.fill(0);
    let g = 0;
    let gw = 0;
    let gPos = 0;
    for (let i = 0; i < n; i++) {
      const w = through === null ? counts[i]! : counts[through[i]!]!;
      const c = code[i]!;
      const p = c & 1;
      const wy = w * ((c >> 1) & 1);
      gw += w;
      gPos += wy;
      predPos += w * p;
      tp += wy * p;
      if (c & 4) {
        if (gw !== 0) {
          const gNeg = gw - gPos;
          const s = gScore[g]!;
          total += gw;
          logLossSum += gPos * gLossPos[g]! + gNeg * gLossNeg[g]!;
          brierSum += gPos * gBrierPos[g]! + gNeg * gBrierNeg[g]!;
          calibration[gBin[g]!]! += gPos * (1 - s) - gNeg * s;
          area += gNeg * (cumTp + gPos / 2);
          cumTp += gPos;
          cumFp += gNeg;
          if (gPos > 0) apSum += (gPos * cumTp) / (cumTp + cumFp);
        }
        g++;
        gw = 0;
        gPos = 0;
      }
    }
    return finish(predPos, tp, total, cumTp, area, apSum, logLossSum, brierSum);
  };

  return {
    rows: n,
    accumulate(counts: Uint8Array): BinaryStats {
      if (mode === 'sequential') return fused(counts, null);
      if (mode === 'gather') return fused(counts, order);
      let predPos = 0;
      let tp = 0;
      gWeight.fill(0);
      gPositive.fill(0);
      const rc = rowCode!;
      const rg = rowGroup!;
      for (let r = 0; r < n; r++) {
        const w = counts[r]!;
        const c = rc[r]!;
        const p = c & 1;
        const wy = w * (c >> 1);
        const g = rg[r]!;
        gWeight[g]! += w;
        gPositive[g]! += wy;
        predPos += w * p;
        tp += wy * p;
      }
      return fromGroups(predPos, tp);
    },
  };
}
