/**
 * Tuned kernel (every resample of the bootstrap and of the bag of little bootstraps runs its passes; they are
 * module-level functions so V8 optimises each once). Binary sufficient statistics in one weighted pass: the confusion counts, the rank sums (ROC AUC, AP),
 * and the log-loss, Brier and calibration sums. Every binary metric in the registry is a formula of these
 * (confusion.ts, ranking.ts, probabilistic.ts give the formulas and oracles).
 *
 * `binaryKernel` does the per-model work once — sort by score, tie groups, per-row loss terms, calibration
 * bins, all laid out in score order — and `accumulate(counts)` then runs one pass over the rows in that order
 * with the row weights `counts` (row order; 1 everywhere for the point estimate, bootstrap counts for a
 * resample). Rows of one tie group share a score, so every score-based term depends only on the group
 * and the label: the row pass reads one byte per row (label, prediction, end of group) plus its count and
 * stores running weighted sums per group; a group pass then adds each group's log-loss, Brier, calibration
 * and rank terms (a tie group lies inside one calibration bin, since bins are intervals of the score).
 * Neither pass branches on the data (group ends are unpredictable). A zero count adds nothing.
 * When the rows already come in descending score order (the evaluator arranges that for the candidate),
 * the counts are read in place; otherwise, with few tie groups, counts are read in row order and added into
 * per-group sums (a small scatter), and only with many groups gathered through the sort order first.
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

/** doubles per tie group in the kernel's interleaved group table */
const GROUP_STRIDE = 6;

/** the kernel's tables: rows in descending score order as codes, and the interleaved per-group table */
interface KernelTables {
  n: number;
  score: Float64Array | null;
  /** null = rows are already in descending score order (or there is no score) */
  order: Int32Array | null;
  /** one byte per sorted row: bit 0 = predicted positive, bit 1 = positive label, bit 2 = last row of a group */
  code: Uint8Array;
  groups: number;
  /** per group: [log-loss term of a positive, of a negative, Brier term of a positive, of a negative, 1 − s, s] */
  G: Float64Array;
  /** per group: its calibration bin */
  gBin: Uint8Array;
}

function kernelTables(input: BinaryInput): KernelTables {
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
  // Per tie group, in descending score order, interleaved so that finishing a group reads one place:
  // [log-loss term of a positive, of a negative, Brier term of a positive, of a negative, 1 − s, s]
  const G = new Float64Array(groups * GROUP_STRIDE);
  for (let g = 0; g < groups; g++) {
    const s = gScore[g]!;
    const o = g * GROUP_STRIDE;
    G[o] = groupLossPos[g]!;
    G[o + 1] = groupLossNeg[g]!;
    G[o + 2] = brierTerm(1, s);
    G[o + 3] = brierTerm(0, s);
    G[o + 4] = 1 - s;
    G[o + 5] = s;
  }
  const gBin = Uint8Array.from(groupBin);
  return { n, score, order, code, groups, G, gBin };
}

/** scatter mode: each row's label/prediction bits and tie group, in row order */
function rowTables(
  order: Int32Array,
  code: Uint8Array,
  n: number,
): { rowCode: Uint8Array; rowGroup: Uint16Array } {
  const rowCode = new Uint8Array(n);
  const rowGroup = new Uint16Array(n);
  let g = 0;
  for (let i = 0; i < n; i++) {
    const r = order[i]!;
    rowCode[r] = code[i]! & 3;
    rowGroup[r] = g;
    if (code[i]! & 4) g++;
  }
  return { rowCode, rowGroup };
}

export function binaryKernel(input: BinaryInput): Kernel<BinaryStats> {
  const { n, score, order, code, groups, G, gBin } = kernelTables(input);
  const calibration = new Float64Array(ECE_BINS);

  // Three ways to sum the counts per group, by layout (all give the same sums):
  // 'sequential' — rows already in score order: read counts and codes in place (`sequential` below);
  // 'scatter' — few groups: walk rows in row order (sequential counts) adding into small per-group sums;
  // 'gather' — many groups: first gather the counts into score order (a branch-free loop, so the loads
  //   overlap), then as 'sequential'.
  const mode = order === null ? 'sequential' : groups <= SCATTER_MAX_GROUPS ? 'scatter' : 'gather';
  // weighted rows and positives per group, filled by each accumulate (scatter mode only)
  const gWeight = new Int32Array(mode === 'scatter' ? groups : 0);
  const gPositive = new Int32Array(mode === 'scatter' ? groups : 0);
  // the counts gathered into score order (gather mode only)
  const scratch = mode === 'gather' ? new Uint8Array(n) : null;
  const { rowCode, rowGroup } =
    mode === 'scatter' ? rowTables(order!, code, n) : { rowCode: null, rowGroup: null };

  // Finishing a group is the same expression in every mode, so every mode gives the same sums. An empty
  // group adds exact zeros (the AP denominator is at least 1 for it): the sums are those of the non-empty
  // groups, and the AP term of a group without positives is an exact 0.

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

  // running weighted rows and positives at the end of each group, filled by each accumulate (sequential and
  // gather modes)
  const endWeight = new Int32Array(mode === 'scatter' ? 0 : groups);
  const endPositive = new Int32Array(mode === 'scatter' ? 0 : groups);

  /**
   * Rows in score order, row weights read in place. Two passes, neither with a data-dependent branch: the
   * rows (running sums stored at every row's group slot, so a group's slot ends with the running sums at its
   * last row), then the groups (their weights are differences of running sums). Finishing an empty group
   * adds exact zeros (the AP denominator is at least 1 for it), so every group is finished: the same sums,
   * in the same order, as `scatterGroups`.
   */
  const sums = new Float64Array(SUMS);
  const sequential = (counts: Uint8Array): BinaryStats => {
    rowPass(counts, code, n, endWeight, endPositive, sums);
    groupPass(groups, endWeight, endPositive, G, gBin, calibration, sums);
    return finish(
      sums[PRED_POS]!,
      sums[TP]!,
      sums[TOTAL]!,
      sums[CUM_TP]!,
      sums[AREA]!,
      sums[AP_SUM]!,
      sums[LOG_LOSS]!,
      sums[BRIER]!,
    );
  };

  return {
    rows: n,
    accumulate(counts: Uint8Array): BinaryStats {
      if (mode === 'sequential') return sequential(counts);
      if (mode === 'gather') {
        gatherCounts(counts, order!, scratch!, n);
        return sequential(scratch!);
      }
      scatterPass(counts, rowCode!, rowGroup!, n, gWeight, gPositive, sums);
      scatterGroups(groups, gWeight, gPositive, G, gBin, calibration, sums);
      return finish(
        sums[PRED_POS]!,
        sums[TP]!,
        sums[TOTAL]!,
        sums[CUM_TP]!,
        sums[AREA]!,
        sums[AP_SUM]!,
        sums[LOG_LOSS]!,
        sums[BRIER]!,
      );
    },
  };
}

// slots of the sums array the passes below fill
const PRED_POS = 0;
const TP = 1;
const TOTAL = 2;
const CUM_TP = 3;
const AREA = 4;
const AP_SUM = 5;
const LOG_LOSS = 6;
const BRIER = 7;
const SUMS = 8;

// The two passes of a kernel in score order are module-level functions, not closures inside binaryKernel:
// V8 then optimises each once for every kernel (as closures, each call of every kernel deoptimised between
// the loops and ran the group loop in the interpreter until on-stack replacement; measured ~2× slower).

/**
 * The row pass: row weights `counts` in score order; running weighted rows and positives stored at every
 * row's group slot (a group's slot ends with the running sums at its last row). No data-dependent branch.
 */
function rowPass(
  counts: Uint8Array,
  code: Uint8Array,
  n: number,
  endWeight: Int32Array,
  endPositive: Int32Array,
  sums: Float64Array,
): void {
  let predPos = 0;
  let tp = 0;
  let runW = 0;
  let runP = 0;
  let g = 0;
  for (let i = 0; i < n; i++) {
    const w = counts[i]!;
    const c = code[i]!;
    const p = c & 1;
    const wy = w * ((c >> 1) & 1);
    runW += w;
    runP += wy;
    predPos += w * p;
    tp += wy * p;
    endWeight[g] = runW;
    endPositive[g] = runP;
    g += (c >> 2) & 1;
  }
  sums[PRED_POS] = predPos;
  sums[TP] = tp;
}

/**
 * The group pass: each group's weight and positives are differences of the running sums; finishing a group
 * is the expression of `scatterGroups` (empty groups add exact zeros), so the sums are the same, in the same
 * order. Groups come in descending score order, so each calibration bin is one run of groups: its sum is
 * kept in a local and stored when the run ends.
 */
function groupPass(
  groups: number,
  endWeight: Int32Array,
  endPositive: Int32Array,
  G: Float64Array,
  gBin: Uint8Array,
  calibration: Float64Array,
  sums: Float64Array,
): void {
  let total = 0;
  let cumTp = 0;
  let cumFp = 0;
  let area = 0;
  let apSum = 0;
  let logLossSum = 0;
  let brierSum = 0;
  calibration.fill(0);
  let prevW = 0;
  let prevP = 0;
  let bin = groups > 0 ? gBin[0]! : 0;
  let binSum = 0;
  for (let k = 0, o = 0; k < groups; k++, o += GROUP_STRIDE) {
    const endW = endWeight[k]!;
    const endP = endPositive[k]!;
    const gw = (endW - prevW) | 0;
    const gPos = (endP - prevP) | 0;
    prevW = endW;
    prevP = endP;
    const gNeg = gw - gPos;
    total += gw;
    logLossSum += gPos * G[o]! + gNeg * G[o + 1]!;
    brierSum += gPos * G[o + 2]! + gNeg * G[o + 3]!;
    const b = gBin[k]!;
    if (b !== bin) {
      calibration[bin] = binSum;
      bin = b;
      binSum = 0;
    }
    binSum += gPos * G[o + 4]! - gNeg * G[o + 5]!;
    area += gNeg * (cumTp + gPos / 2);
    cumTp += gPos;
    cumFp += gNeg;
    apSum += (gPos * cumTp) / Math.max(cumTp + cumFp, 1);
  }
  if (groups > 0) calibration[bin] = binSum;
  sums[TOTAL] = total;
  sums[CUM_TP] = cumTp;
  sums[AREA] = area;
  sums[AP_SUM] = apSum;
  sums[LOG_LOSS] = logLossSum;
  sums[BRIER] = brierSum;
}

/** the statistics from per-group weighted rows and positives (scatter mode), into `sums` */
function scatterGroups(
  groups: number,
  gWeight: Int32Array,
  gPositive: Int32Array,
  G: Float64Array,
  gBin: Uint8Array,
  calibration: Float64Array,
  sums: Float64Array,
): void {
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
    const o = g * GROUP_STRIDE;
    total += gw;
    logLossSum += gPos * G[o]! + gNeg * G[o + 1]!;
    brierSum += gPos * G[o + 2]! + gNeg * G[o + 3]!;
    calibration[gBin[g]!]! += gPos * G[o + 4]! - gNeg * G[o + 5]!;
    area += gNeg * (cumTp + gPos / 2);
    cumTp += gPos;
    cumFp += gNeg;
    apSum += (gPos * cumTp) / Math.max(cumTp + cumFp, 1);
  }
  sums[TOTAL] = total;
  sums[CUM_TP] = cumTp;
  sums[AREA] = area;
  sums[AP_SUM] = apSum;
  sums[LOG_LOSS] = logLossSum;
  sums[BRIER] = brierSum;
}

/** out[i] = counts[through[i]]: a branch-free loop, so the random loads overlap */
function gatherCounts(counts: Uint8Array, through: Int32Array, out: Uint8Array, n: number): void {
  for (let i = 0; i < n; i++) out[i] = counts[through[i]!]!;
}

/** scatter mode's row pass: rows in row order, weighted rows and positives added into per-group sums */
function scatterPass(
  counts: Uint8Array,
  rowCode: Uint8Array,
  rowGroup: Uint16Array,
  n: number,
  gWeight: Int32Array,
  gPositive: Int32Array,
  sums: Float64Array,
): void {
  let predPos = 0;
  let tp = 0;
  gWeight.fill(0);
  gPositive.fill(0);
  for (let r = 0; r < n; r++) {
    const w = counts[r]!;
    const c = rowCode[r]!;
    const p = c & 1;
    const wy = w * (c >> 1);
    const g = rowGroup[r]!;
    gWeight[g]! += w;
    gPositive[g]! += wy;
    predPos += w * p;
    tp += wy * p;
  }
  sums[PRED_POS] = predPos;
  sums[TP] = tp;
}
