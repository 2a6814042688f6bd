/**
 * Multiclass sufficient statistics in one weighted evaluation: the K×K confusion matrix (rows = true class),
 * the log-loss sum, and one-vs-rest rank sums per class. The registry's multiclass metrics are formulas of
 * these (confusion.ts for the matrix metrics, probabilistic.ts for log loss, ranking.ts for AUC).
 *
 * roc_auc_ovr_macro = mean over classes c of AUC(y = c, p_c); roc_auc_ovr_weighted weights each by the
 * count of class c in the target. Oracle: `sklearn.metrics.roc_auc_score(y, P, multi_class='ovr',
 * average='macro'|'weighted', labels=classes)` (1.2). Undefined when a class of `classes` is absent from
 * the target (scikit-learn raises: "Only one class present in y_true") — reported as such.
 * Cost: K sorts of n once; per evaluation O(n·K) (one pass for the matrix and log loss, one per class for
 * AUC), allocating the K×K matrix and K small records.
 */
import type { MulticlassInput } from './inputs.js';
import { type ConfusionMatrix, type MatrixMargins, margins } from './confusion.js';
import { type RankSums, descendingOrder, rankSums, tieGroupEnds } from './ranking.js';
import { multiclassLogLossTerm } from './probabilistic.js';
import type { Kernel } from './binary.js';

export interface MulticlassStats extends ConfusionMatrix {
  classes: readonly string[];
  n: number;
  margins: MatrixMargins;
  hasProba: boolean;
  logLossSum: number;
  /** one-vs-rest rank sums per class; empty without probabilities */
  ovr: RankSums[];
}

export function multiclassKernel(input: MulticlassInput): Kernel<MulticlassStats> {
  const n = input.y.length;
  const k = input.classes.length;
  const { y, pred, proba } = input;
  const logLoss = new Float64Array(n);
  const perClass: { order: Int32Array; ends: Uint8Array; positive: Uint8Array }[] = [];
  if (proba) {
    for (let i = 0; i < n; i++) logLoss[i] = multiclassLogLossTerm(proba, i, y[i]!);
    for (let c = 0; c < k; c++) {
      const order = descendingOrder(proba[c]!);
      const positive = new Uint8Array(n);
      for (let i = 0; i < n; i++) positive[i] = y[order[i]!] === c ? 1 : 0;
      perClass.push({ order, ends: tieGroupEnds(proba[c]!, order), positive });
    }
  }
  return {
    rows: n,
    accumulate(counts: Uint8Array): MulticlassStats {
      const m = new Float64Array(k * k);
      let total = 0;
      let logLossSum = 0;
      for (let i = 0; i < n; i++) {
        const w = counts[i]!;
        if (w === 0) continue;
        m[y[i]! * k + pred[i]!]! += w;
        total += w;
        logLossSum += w * logLoss[i]!;
      }
      const ovr = perClass.map((c) => rankSums(c.order, c.ends, c.positive, counts));
      return {
        k,
        m,
        classes: input.classes,
        n: total,
        margins: margins({ k, m }),
        hasProba: proba !== null,
        logLossSum,
        ovr,
      };
    },
  };
}
