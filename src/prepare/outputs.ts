/**
 * Model outputs from tables (DESIGN §2, §3): labels, scores, probabilities and predictions as the typed
 * inputs the metrics take (src/metrics/inputs.ts).
 *
 * Binary — target labels mapped to 1 = positive label (DESIGN §2 default: 1 / true for 0/1 or boolean
 * labels), score = probability of the positive class, prediction from the prediction column or score ≥
 * decision_threshold. Multiclass — classes = the labels of targets, predictions and probability columns in
 * scikit-learn's order; probabilities from columns.scores or columns.scores_prefix; prediction from the
 * prediction column or the argmax of the probabilities (first maximum, as numpy.argmax). Regression —
 * numeric target and prediction.
 *
 * Errors (one line each, naming the file, the column, the value and the expectation): missing labels,
 * predictions or scores; labels outside the binary pair; scores outside [0, 1]; probability rows not summing
 * to 1 within PROBA_SUM_TOLERANCE; fewer than 2 classes.
 */
import type { PerformanceConfig } from '../config/types.js';
import type { Column, Table } from '../contract/table.js';
import { configError, inputError } from '../errors.js';
import { PROBA_SUM_TOLERANCE, type TaskInput } from '../metrics/inputs.js';
import { column, labelCodes, numbers, occurringKeys, optionalColumn, requireComplete } from './columns.js';
import { defaultPositiveLabel, labelKey, sortClasses } from './labels.js';
import { probabilityColumns } from './plan.js';

interface BinaryPair {
  positive: string;
  /** null until a second label is seen */
  negative: string | null;
}

function binaryPair(config: PerformanceConfig, holdout: Table): BinaryPair {
  const seen = new Set<string>();
  for (const name of [config.columns.target, config.columns.prediction]) {
    const col = optionalColumn(holdout, name);
    if (!col) continue;
    const { codes, keys } = labelCodes(holdout, col);
    for (const k of occurringKeys(codes, keys)) seen.add(k);
  }
  const keys = sortClasses(seen);
  const configured = config.columns.positive_label;
  if (configured === null) {
    const positive = defaultPositiveLabel(keys);
    if (positive === null) {
      throw configError(
        `config columns.positive_label is required: the labels of column '${config.columns.target}' in ${holdout.path} are not 0/1 or booleans (labels: ${keys.slice(0, 10).join(', ')})`,
      );
    }
    return { positive, negative: positive === '1' ? '0' : 'false' };
  }
  const positive = labelKey(configured);
  const others = keys.filter((k) => k !== positive);
  if (others.length === keys.length && keys.length >= 2) {
    throw configError(
      `config columns.positive_label '${configured}' is not a label of column '${config.columns.target}' in ${holdout.path} (labels: ${keys.slice(0, 10).join(', ')})`,
    );
  }
  return { positive, negative: others[0] ?? null };
}

function pairText(pair: BinaryPair): string {
  return `${pair.negative ?? '?'}, ${pair.positive}`;
}

/** a label column as 1 = positive, 0 = negative; a label outside the pair is an input error */
function binaryLabels(table: Table, col: Column, pair: BinaryPair): Uint8Array {
  const { codes, keys } = labelCodes(table, col);
  const map = keys.map((k) => {
    if (k === pair.positive) return 1;
    if (pair.negative === null) pair.negative = k; // the target held the positive label only
    return k === pair.negative ? 0 : -1;
  });
  const out = new Uint8Array(codes.length);
  for (let i = 0; i < codes.length; i++) {
    const v = map[codes[i]!]!;
    if (v < 0) {
      const value = (col.kind === 'categorical' ? col.dictionary[codes[i]!] : keys[codes[i]!]) ?? '';
      throw inputError(
        `column '${col.name}' in ${table.path} has label '${value}' (row ${i + 1}) outside the binary pair (${pairText(pair)})`,
      );
    }
    out[i] = v;
  }
  return out;
}

function probabilities(table: Table, col: Column, what: string): Float64Array {
  const values = numbers(table, col, what);
  requireComplete(table, col.name, (i) => Number.isNaN(values[i]!), values.length);
  let count = 0;
  let first = -1;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!(v >= 0 && v <= 1)) {
      if (count === 0) first = i;
      count++;
    }
  }
  if (count > 0) {
    throw inputError(
      `column '${col.name}' in ${table.path} has ${count} value${count === 1 ? '' : 's'} outside [0, 1] (first at row ${first + 1}: ${values[first]}); ${what} must be probabilities`,
    );
  }
  return values;
}

/** the model outputs of one table for the binary task; y given (the holdout's, aligned) or read from it */
function binaryModel(
  config: PerformanceConfig,
  table: Table,
  pair: BinaryPair,
  y: Uint8Array | null,
): TaskInput | null {
  const c = config.columns;
  const predCol = optionalColumn(table, c.prediction);
  const scoreCol = optionalColumn(table, c.score);
  if (!predCol && !scoreCol) return null;
  const score = scoreCol ? probabilities(table, scoreCol, 'scores') : null;
  let pred: Uint8Array;
  if (predCol) pred = binaryLabels(table, predCol, pair);
  else {
    pred = new Uint8Array(score!.length);
    for (let i = 0; i < pred.length; i++) pred[i] = score![i]! >= config.decision_threshold ? 1 : 0;
  }
  const labelsY = y ?? binaryLabels(table, column(table, c.target), pair);
  return { task: 'binary', data: { y: labelsY, score, pred } };
}

// ------------------------------------------------------------------------------------------------ multiclass

function multiclassClasses(config: PerformanceConfig, tables: readonly Table[]): string[] {
  const keys = new Set<string>();
  for (const table of tables) {
    for (const name of [config.columns.target, config.columns.prediction]) {
      const col = optionalColumn(table, name);
      if (!col) continue;
      const { codes, keys: k } = labelCodes(table, col);
      for (const key of occurringKeys(codes, k)) keys.add(key);
    }
    for (const [label, name] of probabilityColumns(config, table.columnNames)) {
      if (table.columns.has(name)) keys.add(labelKey(label));
    }
  }
  return sortClasses(keys);
}

function classIndices(table: Table, col: Column, classes: readonly string[]): Int32Array {
  const index = new Map(classes.map((k, i) => [k, i]));
  const { codes, keys } = labelCodes(table, col);
  const map = keys.map((k) => index.get(k) ?? -1);
  const out = new Int32Array(codes.length);
  for (let i = 0; i < codes.length; i++) {
    const v = map[codes[i]!]!;
    if (v < 0) {
      throw inputError(
        `column '${col.name}' in ${table.path} has label '${keys[codes[i]!]}' (row ${i + 1}) that is not a class of the holdout (classes: ${classes.slice(0, 20).join(', ')})`,
      );
    }
    out[i] = v;
  }
  return out;
}

function multiclassModel(
  config: PerformanceConfig,
  table: Table,
  classes: readonly string[],
  y: Int32Array | null,
): TaskInput | null {
  const c = config.columns;
  const predCol = optionalColumn(table, c.prediction);
  const byClass = new Map<string, string>();
  for (const [label, name] of probabilityColumns(config, table.columnNames)) {
    if (table.columns.has(name)) byClass.set(labelKey(label), name);
  }
  let proba: Float64Array[] | null = null;
  if (byClass.size > 0) {
    const lacking = classes.filter((k) => !byClass.has(k));
    if (lacking.length > 0) {
      throw inputError(
        `class '${lacking[0]}' has no probability column in ${table.path} (classes with one: ${[...byClass.keys()].join(', ')})`,
      );
    }
    proba = classes.map((k) => probabilities(table, column(table, byClass.get(k)!), 'class probabilities'));
    const n = proba[0]!.length;
    let count = 0;
    let first = -1;
    let firstSum = 0;
    for (let i = 0; i < n; i++) {
      let sum = 0;
      for (const p of proba) sum += p[i]!;
      if (!(Math.abs(sum - 1) <= PROBA_SUM_TOLERANCE)) {
        if (count === 0) {
          first = i;
          firstSum = sum;
        }
        count++;
      }
    }
    if (count > 0) {
      throw inputError(
        `probability columns in ${table.path} (${[...byClass.values()].join(', ')}) do not sum to 1 within ${PROBA_SUM_TOLERANCE} in ${count} row${count === 1 ? '' : 's'} (first at row ${first + 1}: sum ${firstSum})`,
      );
    }
  }
  if (!predCol && !proba) return null;
  let pred: Int32Array;
  if (predCol) pred = classIndices(table, predCol, classes);
  else {
    const n = proba![0]!.length;
    pred = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      let best = 0;
      for (let k = 1; k < proba!.length; k++) if (proba![k]![i]! > proba![best]![i]!) best = k;
      pred[i] = best;
    }
  }
  const labelsY = y ?? classIndices(table, column(table, c.target), classes);
  return { task: 'multiclass', data: { classes, y: labelsY, pred, proba } };
}

// ------------------------------------------------------------------------------------------------ regression

function regressionModel(config: PerformanceConfig, table: Table, y: Float64Array | null): TaskInput | null {
  const c = config.columns;
  const predCol = optionalColumn(table, c.prediction);
  if (!predCol) return null;
  const pred = numbers(table, predCol, 'predictions');
  requireComplete(table, predCol.name, (i) => Number.isNaN(pred[i]!), pred.length);
  let labelsY = y;
  if (!labelsY) {
    const target = column(table, c.target);
    labelsY = numbers(table, target, 'targets');
    const values = labelsY;
    requireComplete(table, target.name, (i) => Number.isNaN(values[i]!), values.length);
  }
  return { task: 'regression', data: { y: labelsY, pred } };
}

/**
 * How one task reads model outputs from a table: `model(table, y)` gives the table's typed outputs (with
 * the holdout's labels `y` when given, else the table's own), or null when the table has none of the
 * model's output columns. For binary, `positiveLabel` and `classes` (negative, positive) are final once the
 * holdout's model was read (the target may hold the positive label only until then).
 */
export interface ModelOutputs {
  model: (table: Table, y: TaskInput['data']['y'] | null) => TaskInput | null;
  positiveLabel: string | null;
  classes: string[] | null;
}

/** the outputs reader for the config's task; classes (multiclass) over all of `tables` */
export function modelOutputs(
  config: PerformanceConfig,
  tables: readonly Table[],
  holdout: Table,
): ModelOutputs {
  const task = config.task;
  if (task === 'binary') {
    const pair = binaryPair(config, holdout);
    return {
      model: (table, y) => binaryModel(config, table, pair, y as Uint8Array | null),
      get positiveLabel() {
        return pair.positive;
      },
      get classes() {
        return [pair.negative ?? `not ${pair.positive}`, pair.positive];
      },
    };
  }
  if (task === 'multiclass') {
    const classes = multiclassClasses(config, tables);
    if (classes.length < 2) {
      throw inputError(
        `column '${config.columns.target}' in ${holdout.path} has ${classes.length} class${classes.length === 1 ? '' : 'es'}; a multiclass task needs at least 2`,
      );
    }
    return {
      model: (table, y) => multiclassModel(config, table, classes, y as Int32Array | null),
      positiveLabel: null,
      classes,
    };
  }
  return {
    model: (table, y) => regressionModel(config, table, y as Float64Array | null),
    positiveLabel: null,
    classes: null,
  };
}

/** the input error text for a table holding none of the model's output columns */
export function noOutputs(config: PerformanceConfig, table: Table): string {
  const c = config.columns;
  const wanted =
    config.task === 'binary'
      ? [c.prediction, c.score]
      : config.task === 'multiclass'
        ? [c.prediction, c.scores ? 'columns.scores' : c.scores_prefix ? `${c.scores_prefix}*` : null]
        : [c.prediction];
  const names = wanted.filter((w): w is string => w !== null);
  return `${table.path} has none of the model's output columns (${names.join(', ') || 'none configured'}; columns: ${table.columnNames.join(', ')})`;
}

/**
 * A model's outputs on rows whose labels may be missing (production traffic): the table read without its
 * target column, the labels in the result stand-ins (zeros) that callers must not use. Binary classes come
 * from `labelSource` (the holdout, or labelled rows); multiclass classes from it and the outputs.
 */
export function outputsWithoutLabels(
  config: PerformanceConfig,
  table: Table,
  labelSource: Table,
): TaskInput | null {
  const outputsOnly: Table = {
    ...table,
    columns: new Map([...table.columns].filter(([name]) => name !== config.columns.target)),
  };
  const source = labelSource === table ? outputsOnly : labelSource;
  const tables = labelSource === table ? [outputsOnly] : [labelSource, outputsOnly];
  const stand =
    config.task === 'binary'
      ? new Uint8Array(table.rows)
      : config.task === 'multiclass'
        ? new Int32Array(table.rows)
        : new Float64Array(table.rows);
  return modelOutputs(config, tables, source).model(outputsOnly, stand);
}
