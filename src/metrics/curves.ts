/**
 * Curves for rendering (report.performance.curves): ROC, precision–recall, calibration and the confusion
 * matrix, from one model's prepared input. Point estimates only, no weights.
 *
 * ROC: (0, 0) then (FPR, TPR) after each tie group in descending score order — the points of
 * `sklearn.metrics.roc_curve(y, s, drop_intermediate=False)`. PR: (recall 0, precision 1) then (recall,
 * precision) after each tie group — `precision_recall_curve` (1.2 keeps every threshold) read by ascending
 * recall (both checked in test/metrics/curves.test.ts). Both are thinned to
 * at most CURVE_POINTS points by keeping evenly spaced ones plus the ends (a rendering, not a statistic).
 * Calibration: the ECE_BINS equal-width bins of probabilistic.ts, non-empty bins only: mean score, share of
 * positives, rows. Confusion: counts, rows = true label, columns = predicted label.
 * Cost: one sort O(n log n) for ROC/PR, O(n) for the rest. One class only: ROC and PR are left out.
 */
import type { PerformanceCurves } from '../contract/report.js';
import type { BinaryInput, MulticlassInput } from './inputs.js';
import { descendingOrder } from './ranking.js';
import { ECE_BINS, eceBin } from './probabilistic.js';

export const CURVE_POINTS = 200;

/** evenly spaced indices 0 … n−1, at most `max` of them, always with both ends */
function thin(n: number, max: number): number[] {
  if (n <= max) return Array.from({ length: n }, (_, i) => i);
  const out: number[] = [];
  for (let k = 0; k < max; k++) out.push(Math.round((k * (n - 1)) / (max - 1)));
  return out;
}

export function binaryCurves(input: BinaryInput, labels: readonly [string, string]): PerformanceCurves {
  const { y, pred, score } = input;
  const n = y.length;
  let tp = 0;
  let fp = 0;
  let tn = 0;
  let fn = 0;
  for (let i = 0; i < n; i++) {
    if (y[i] === 1) {
      if (pred[i] === 1) tp++;
      else fn++;
    } else if (pred[i] === 1) fp++;
    else tn++;
  }
  const curves: PerformanceCurves = {
    confusion: {
      labels: [labels[0], labels[1]],
      matrix: [
        [tn, fp],
        [fn, tp],
      ],
    },
  };
  if (!score) return curves;

  const pos = tp + fn;
  const neg = fp + tn;
  if (pos > 0 && neg > 0) {
    const order = descendingOrder(score);
    const fpr = [0];
    const tpr = [0];
    const recall = [0];
    const precision = [1];
    let ctp = 0;
    let cfp = 0;
    for (let i = 0; i < n; i++) {
      const r = order[i]!;
      if (y[r] === 1) ctp++;
      else cfp++;
      if (i === n - 1 || score[order[i + 1]!] !== score[r]) {
        fpr.push(cfp / neg);
        tpr.push(ctp / pos);
        recall.push(ctp / pos);
        precision.push(ctp / (ctp + cfp));
      }
    }
    const keepRoc = thin(fpr.length, CURVE_POINTS);
    curves.roc = { fpr: keepRoc.map((i) => fpr[i]!), tpr: keepRoc.map((i) => tpr[i]!) };
    const keepPr = thin(recall.length, CURVE_POINTS);
    curves.pr = { recall: keepPr.map((i) => recall[i]!), precision: keepPr.map((i) => precision[i]!) };
  }

  const count = new Array<number>(ECE_BINS).fill(0);
  const sumScore = new Array<number>(ECE_BINS).fill(0);
  const sumY = new Array<number>(ECE_BINS).fill(0);
  for (let i = 0; i < n; i++) {
    const b = eceBin(score[i]!);
    count[b]!++;
    sumScore[b]! += score[i]!;
    sumY[b]! += y[i]!;
  }
  const bins = count.map((c, b) => b).filter((b) => count[b]! > 0);
  curves.calibration = {
    meanScore: bins.map((b) => sumScore[b]! / count[b]!),
    fractionPositive: bins.map((b) => sumY[b]! / count[b]!),
    count: bins.map((b) => count[b]!),
  };
  return curves;
}

export function multiclassCurves(input: MulticlassInput): PerformanceCurves {
  const k = input.classes.length;
  const matrix = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let i = 0; i < input.y.length; i++) matrix[input.y[i]!]![input.pred[i]!]!++;
  return { confusion: { labels: [...input.classes], matrix } };
}
