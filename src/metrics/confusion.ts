/**
 * Metrics of a (weighted) confusion matrix: accuracy, balanced accuracy, precision, recall, F1, specificity,
 * Matthews correlation, Cohen's kappa, positive rate; binary from the four counts, multiclass from the K×K
 * matrix (rows = true class, columns = predicted class). Weights are bootstrap counts (1 per row for the
 * point estimate), so every formula is scikit-learn's with `sample_weight`.
 *
 * Oracles (scikit-learn 1.2, default `zero_division="warn"`, which returns 0):
 *   accuracy_score, balanced_accuracy_score, precision_score / recall_score / f1_score (average='binary',
 *   'macro', 'weighted'), recall_score(pos_label=0) for specificity, matthews_corrcoef, cohen_kappa_score,
 *   numpy.mean(pred == positive) for positive_rate.
 * Zero division: precision with no predicted positives, recall with no true positives, specificity with no
 * true negatives, F1 with precision + recall = 0 → 0 (the caller records a note). Balanced accuracy averages
 * the recall of the classes present in the target only (scikit-learn drops the others). MCC with a constant
 * target or prediction → 0 (scikit-learn's rule). Kappa with no expected disagreement (target and
 * prediction constant and equal) is undefined (scikit-learn returns NaN) → `undefined`.
 * Macro and weighted averages run over the classes present in target ∪ prediction (scikit-learn's
 * `unique_labels`); weighted uses the true counts as weights.
 * Cost: O(1) binary, O(K²) multiclass, per evaluation.
 */
export interface BinaryCounts {
  readonly tp: number;
  readonly fp: number;
  readonly tn: number;
  readonly fn: number;
}

/** a / b, or 0 when b = 0 (scikit-learn's zero_division default) */
export function safeDivide(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

/** F1 as scikit-learn 1.2 computes it from precision and recall: 2PR / (P + R), 0 when P + R = 0 */
export function f1FromPR(precision: number, recall: number): number {
  const denom = precision + recall;
  return denom === 0 ? 0 : (2 * precision * recall) / denom;
}

export const binaryConfusion = {
  total: (c: BinaryCounts): number => c.tp + c.fp + c.tn + c.fn,
  accuracy: (c: BinaryCounts): number => (c.tp + c.tn) / (c.tp + c.fp + c.tn + c.fn),
  precision: (c: BinaryCounts): number => safeDivide(c.tp, c.tp + c.fp),
  recall: (c: BinaryCounts): number => safeDivide(c.tp, c.tp + c.fn),
  specificity: (c: BinaryCounts): number => safeDivide(c.tn, c.tn + c.fp),
  f1: (c: BinaryCounts): number => f1FromPR(safeDivide(c.tp, c.tp + c.fp), safeDivide(c.tp, c.tp + c.fn)),
  positiveRate: (c: BinaryCounts): number => (c.tp + c.fp) / (c.tp + c.fp + c.tn + c.fn),
  balancedAccuracy(c: BinaryCounts): number {
    const pos = c.tp + c.fn;
    const neg = c.tn + c.fp;
    if (pos > 0 && neg > 0) return (c.tp / pos + c.tn / neg) / 2;
    return pos > 0 ? c.tp / pos : c.tn / neg;
  },
  mcc(c: BinaryCounts): number {
    const n = c.tp + c.fp + c.tn + c.fn;
    const tPos = c.tp + c.fn;
    const tNeg = c.tn + c.fp;
    const pPos = c.tp + c.fp;
    const pNeg = c.tn + c.fn;
    return mccFromSums(
      c.tp + c.tn,
      n,
      tNeg * pNeg + tPos * pPos,
      pNeg * pNeg + pPos * pPos,
      tNeg * tNeg + tPos * tPos,
    );
  },
  /** NaN when kappa is undefined (see the file comment) */
  kappa(c: BinaryCounts): number {
    const n = c.tp + c.fp + c.tn + c.fn;
    // expected[i][j] = predSum[i] · trueSum[j] / n, summed off the diagonal
    const expectedOff = ((c.tn + c.fn) * (c.tp + c.fn) + (c.tp + c.fp) * (c.tn + c.fp)) / n;
    return 1 - (c.fp + c.fn) / expectedOff;
  },
};

/** scikit-learn's matthews_corrcoef from the matrix sums; 0 when either variance term is 0 */
export function mccFromSums(correct: number, n: number, dotTP: number, dotPP: number, dotTT: number): number {
  const covYtYp = correct * n - dotTP;
  const covYpYp = n * n - dotPP;
  const covYtYt = n * n - dotTT;
  const denom = covYtYt * covYpYp;
  return denom === 0 ? 0 : covYtYp / Math.sqrt(denom);
}

/** a weighted K×K confusion matrix, row-major, rows = true class */
export interface ConfusionMatrix {
  readonly k: number;
  readonly m: Float64Array;
}

/** row sums (true counts), column sums (predicted counts), diagonal, total */
export interface MatrixMargins {
  readonly trueSum: Float64Array;
  readonly predSum: Float64Array;
  readonly diag: Float64Array;
  readonly n: number;
}

export function margins(c: ConfusionMatrix): MatrixMargins {
  const { k, m } = c;
  const trueSum = new Float64Array(k);
  const predSum = new Float64Array(k);
  const diag = new Float64Array(k);
  let n = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const v = m[i * k + j]!;
      trueSum[i]! += v;
      predSum[j]! += v;
      n += v;
    }
    diag[i] = m[i * k + i]!;
  }
  return { trueSum, predSum, diag, n };
}

export const matrixConfusion = {
  accuracy(g: MatrixMargins): number {
    let correct = 0;
    for (const d of g.diag) correct += d;
    return correct / g.n;
  },
  balancedAccuracy(g: MatrixMargins): number {
    let sum = 0;
    let count = 0;
    for (let i = 0; i < g.diag.length; i++) {
      if (g.trueSum[i]! > 0) {
        sum += g.diag[i]! / g.trueSum[i]!;
        count++;
      }
    }
    return sum / count;
  },
  /** per-class precision, recall or F1 averaged 'macro' or 'weighted' over the present classes */
  averaged(g: MatrixMargins, what: 'precision' | 'recall' | 'f1', average: 'macro' | 'weighted'): number {
    let sum = 0;
    let weight = 0;
    for (let i = 0; i < g.diag.length; i++) {
      const t = g.trueSum[i]!;
      const p = g.predSum[i]!;
      if (t === 0 && p === 0) continue; // not in unique_labels(y_true, y_pred)
      const precision = safeDivide(g.diag[i]!, p);
      const recall = safeDivide(g.diag[i]!, t);
      const v = what === 'precision' ? precision : what === 'recall' ? recall : f1FromPR(precision, recall);
      const w = average === 'macro' ? 1 : t;
      sum += w * v;
      weight += w;
    }
    return sum / weight;
  },
  mcc(g: MatrixMargins): number {
    let correct = 0;
    let dotTP = 0;
    let dotPP = 0;
    let dotTT = 0;
    for (let i = 0; i < g.diag.length; i++) {
      correct += g.diag[i]!;
      dotTP += g.trueSum[i]! * g.predSum[i]!;
      dotPP += g.predSum[i]! * g.predSum[i]!;
      dotTT += g.trueSum[i]! * g.trueSum[i]!;
    }
    return mccFromSums(correct, g.n, dotTP, dotPP, dotTT);
  },
  /** NaN when kappa is undefined */
  kappa(g: MatrixMargins): number {
    const k = g.diag.length;
    let expectedOff = 0;
    let correct = 0;
    for (let i = 0; i < k; i++) {
      correct += g.diag[i]!;
      for (let j = 0; j < k; j++) if (i !== j) expectedOff += (g.predSum[i]! * g.trueSum[j]!) / g.n;
    }
    return 1 - (g.n - correct) / expectedOff;
  },
};
