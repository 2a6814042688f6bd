/**
 * Prepared model outputs, one object per model and task: typed arrays only, aligned by row (row i of the
 * candidate and row i of the baseline are the same holdout row). Built by src/gate/performance.ts from the
 * input tables; every metric, interval and curve reads these and nothing else.
 *
 * Invariants (checked when they are built, never again): no missing values; binary scores and multiclass
 * probabilities lie in [0, 1]; multiclass probability rows sum to 1 within PROBA_SUM_TOLERANCE; class
 * indices lie in [0, classes.length).
 */
export interface BinaryInput {
  /** 1 = the positive label, 0 = the other */
  readonly y: Uint8Array;
  /** probability of the positive class; null when the model gives only a predicted label */
  readonly score: Float64Array | null;
  /** predicted label, 1 = positive (from the prediction column, else score >= decision_threshold) */
  readonly pred: Uint8Array;
}

export interface MulticlassInput {
  /** class labels in scikit-learn's order (np.unique: numeric order when all labels are numbers, else code points) */
  readonly classes: readonly string[];
  /** true class index per row */
  readonly y: Int32Array;
  /** predicted class index per row (from the prediction column, else the argmax of the probabilities) */
  readonly pred: Int32Array;
  /** one probability column per class, in `classes` order; null when the model gives only labels */
  readonly proba: readonly Float64Array[] | null;
}

export interface RegressionInput {
  readonly y: Float64Array;
  readonly pred: Float64Array;
}

export type TaskInput =
  | { readonly task: 'binary'; readonly data: BinaryInput }
  | { readonly task: 'multiclass'; readonly data: MulticlassInput }
  | { readonly task: 'regression'; readonly data: RegressionInput };

/** multiclass probability rows must sum to 1 within this absolute tolerance */
export const PROBA_SUM_TOLERANCE = 1e-6;

export function inputRows(input: TaskInput): number {
  return input.data.y.length;
}

/** the rows `index` of an input (for segments), in that order */
export function subsetInput(input: TaskInput, index: Int32Array): TaskInput {
  switch (input.task) {
    case 'binary': {
      const d = input.data;
      return {
        task: 'binary',
        data: { y: pick(d.y, index), score: d.score && pick(d.score, index), pred: pick(d.pred, index) },
      };
    }
    case 'multiclass': {
      const d = input.data;
      return {
        task: 'multiclass',
        data: {
          classes: d.classes,
          y: pick(d.y, index),
          pred: pick(d.pred, index),
          proba: d.proba && d.proba.map((p) => pick(p, index)),
        },
      };
    }
    case 'regression':
      return {
        task: 'regression',
        data: { y: pick(input.data.y, index), pred: pick(input.data.pred, index) },
      };
  }
}

function pick<A extends Uint8Array | Int32Array | Float64Array>(a: A, index: Int32Array): A {
  const out = new (a.constructor as new (n: number) => A)(index.length);
  for (let i = 0; i < index.length; i++) out[i] = a[index[i]!]!;
  return out;
}
