/**
 * Rank metrics from one sort: ROC AUC and average precision (PR AUC), weighted.
 *
 * Rows are sorted once by score, descending; rows with equal scores form one group (scikit-learn's
 * `_binary_clf_curve` keeps only the last index of each run of equal scores, so ties move together). Walking
 * the groups with weighted positive / negative counts tpG, fpG and running totals TP, FP (before the group):
 *   ROC AUC = Σ_groups fpG · (TP + tpG / 2) / (P · N)                  (trapezoid rule over the ROC points)
 *   AP      = Σ_groups (tpG / P) · (TP + tpG) / (TP + tpG + FP + fpG)   (step sum, no interpolation)
 * where P, N are the weighted positive and negative totals. Oracles: `sklearn.metrics.roc_auc_score(y, s)`
 * and `sklearn.metrics.average_precision_score(y, s)` (1.2), to relative 1e-9 (the sums differ only in
 * rounding order). Bootstrap resamples reuse the one sort: a resample is a count per row, and a row with
 * count 0 adds nothing to its group, exactly as if it were absent (a group left empty adds 0 to both sums).
 *
 * Undefined: one class only (P = 0 or N = 0) — scikit-learn raises for ROC AUC; the caller reports it.
 * Cost: sort O(n log n) once; each evaluation O(n), no allocation.
 */
import { argsort } from '../stats/argsort.js';

/**
 * Row indices ordered by score, descending (the reverse of src/stats/argsort's stable radix argsort;
 * equal scores end up adjacent, which is all the tie grouping needs). Scores must be free of NaN.
 * Remembered per score array (a WeakMap on the array: model outputs are never changed once built), so the
 * kernel, DeLong's placements and the curves of one model sort its million scores once. Callers must not
 * modify the returned order.
 */
export function descendingOrder(score: Float64Array): Int32Array {
  let order = ORDERS.get(score);
  if (!order) {
    order = sortDescending(score);
    ORDERS.set(score, order);
  }
  return order;
}

const ORDERS = new WeakMap<Float64Array, Int32Array>();

function sortDescending(score: Float64Array): Int32Array {
  const ascending = argsort(score);
  const n = ascending.length;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = ascending[n - 1 - i]!;
  return order;
}

/** 1 at the last position of each run of equal scores in `order` */
export function tieGroupEnds(score: Float64Array, order: Int32Array): Uint8Array {
  const n = order.length;
  const ends = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    ends[i] = i === n - 1 || score[order[i]!] !== score[order[i + 1]!] ? 1 : 0;
  }
  return ends;
}

export interface RankSums {
  /** weighted positives and negatives */
  pos: number;
  neg: number;
  /** Σ fpG · (TP + tpG / 2): ROC AUC = area / (pos · neg) */
  area: number;
  /** Σ tpG · precision at the group: AP = apSum / pos */
  apSum: number;
}

/**
 * The rank sums over rows in `order`, with `positive[i]` for the i-th sorted row (sorted order) and
 * `counts[order[i]]` its weight (row order).
 */
export function rankSums(
  order: Int32Array,
  ends: Uint8Array,
  positive: Uint8Array,
  counts: Uint8Array,
): RankSums {
  let tp = 0;
  let fp = 0;
  let tpG = 0;
  let fpG = 0;
  let area = 0;
  let apSum = 0;
  const n = order.length;
  for (let i = 0; i < n; i++) {
    const w = counts[order[i]!]!;
    if (positive[i] === 1) tpG += w;
    else fpG += w;
    if (ends[i] === 1) {
      area += fpG * (tp + tpG / 2);
      tp += tpG;
      fp += fpG;
      if (tpG > 0) apSum += (tpG * tp) / (tp + fp);
      tpG = 0;
      fpG = 0;
    }
  }
  return { pos: tp, neg: fp, area, apSum };
}

export function aucFromSums(s: RankSums): number {
  return s.area / (s.pos * s.neg);
}

export function apFromSums(s: RankSums): number {
  return s.apSum / s.pos;
}
