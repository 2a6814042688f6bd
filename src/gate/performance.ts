/**
 * Model performance (DESIGN §2, §3, §6, §7): turns the holdout (and baseline, and a labelled current) table
 * into prepared typed arrays, evaluates every metric of the task with bootstrap intervals and paired deltas
 * (src/metrics), repeats it per segment and on production rows, draws the curves, and turns the configured
 * rules into checks. Thresholds are compared only through ./compare.ts.
 *
 * Inputs: binary — target labels mapped to 1 = positive label (DESIGN §2 default: 1 / true for 0/1 or boolean
 * labels), score = probability of the positive class, prediction from the prediction column or score ≥
 * decision_threshold. Multiclass — classes = the labels of targets, predictions and probability columns in
 * scikit-learn's order; probabilities from columns.scores or columns.scores_prefix; prediction from the
 * prediction column or the argmax of the probabilities (first maximum, as numpy.argmax). Regression —
 * numeric target and prediction. The baseline pairs with the holdout by columns.id, else by row order.
 *
 * Errors (one line each, naming the file, the column, the value and the expectation): missing labels,
 * predictions or scores; labels outside the binary pair; scores outside [0, 1]; probability rows not summing
 * to 1 within PROBA_SUM_TOLERANCE; an empty holdout; baseline rows that do not pair. A rule on a metric the
 * task does not have is a config error listing the task's metrics.
 */
import type { Config, MetricRule } from '../config/types.js';
import type { Severity, Task } from '../contract/kinds.js';
import { configError, inputError } from '../errors.js';
import type { CategoricalColumn, Column, Table } from '../contract/table.js';
import type { ColumnKind } from '../contract/kinds.js';
import { asCategorical } from '../io/raw-column.js';
import type {
  Check,
  CheckStatus,
  Estimate,
  ModelMetrics,
  PerformanceCurves,
  PerformanceSection,
  SegmentGap,
  SegmentMetrics,
} from '../contract/report.js';
import { formatNumber, formatPercent, intervalParts } from '../report/format.js';
import { type Evaluation, evaluateMetrics, type IntervalOptions } from '../metrics/bootstrap.js';
import { binaryCurves, multiclassCurves } from '../metrics/curves.js';
import { threadedResamples } from '../metrics/parallel.js';
import { PROBA_SUM_TOLERANCE, type TaskInput } from '../metrics/inputs.js';
import { defaultPositiveLabel, labelKey, sortClasses } from '../metrics/labels.js';
import { MIN_SEGMENT_ROWS } from '../metrics/settings.js';
import { type MetricDef, METRICS, findMetric, metricIds } from '../metrics/registry.js';
import { aboveMax, belowMin, exceeds, worsening } from './compare.js';
import { brokenStatus } from './verdict.js';

export { MIN_SEGMENT_ROWS };
/** the rules a metric may carry, in check order */
export const RULES = ['min', 'max', 'max_regression', 'max_relative_regression'] as const;
export type RuleName = (typeof RULES)[number];
/** the severity of per-segment rule checks: segments are small samples, so they warn, never fail */
export const SEGMENT_SEVERITY: Severity = 'warn';

export interface PerformanceTables {
  holdout: Table;
  baseline: Table | null;
  /** `current`, only when it carries the target column (production performance) */
  current: Table | null;
}

export interface PerformanceResult {
  section: PerformanceSection;
  checks: Check[];
}

type Role = 'holdout' | 'baseline' | 'current';

// ------------------------------------------------------------------------------------------------ columns

/** the probability columns of a table: class label (as written) → column name */
function probabilityColumns(config: Config, available: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const { scores, scores_prefix: prefix } = config.columns;
  if (scores) {
    for (const [label, column] of Object.entries(scores)) out.set(label, column);
  } else if (prefix) {
    const taken = new Set([config.columns.target, config.columns.prediction, config.columns.id]);
    for (const name of available) {
      if (name.startsWith(prefix) && name.length > prefix.length && !taken.has(name)) {
        out.set(name.slice(prefix.length), name);
      }
    }
  }
  return out;
}

/**
 * Which columns performance reads from a file, and with which kinds: the target (categorical for
 * classification, numerical for regression), the prediction (same kind as the target), the score or
 * probability columns (numerical), the id (holdout and baseline; its kind as read: numbers pair as
 * numbers, anything else as text) and the segment columns (categorical; holdout). Optional columns absent
 * from the file are left out; when the holdout or baseline holds none of the model's outputs the configured
 * ones are listed anyway, so the reader reports the missing column (for `current` they are optional: production performance is then skipped with a note).
 */
export function performanceColumns(
  config: Config,
  role: Role,
  available: readonly string[],
): { columns: string[]; kinds: Record<string, ColumnKind> } {
  const { task, columns: c } = config;
  const has = new Set(available);
  const labelKind: ColumnKind = task === 'regression' ? 'numerical' : 'categorical';
  const kinds: Record<string, ColumnKind> = {};
  const columns = new Set<string>();
  const add = (name: string, kind: ColumnKind | null): void => {
    columns.add(name);
    if (kind) kinds[name] = kind;
  };
  if (role !== 'baseline' || has.has(c.target)) add(c.target, labelKind);

  const outputs: [string, ColumnKind][] = [];
  if (c.prediction) outputs.push([c.prediction, labelKind]);
  if (task === 'binary' && c.score) outputs.push([c.score, 'numerical']);
  if (task === 'multiclass')
    for (const col of probabilityColumns(config, available).values()) outputs.push([col, 'numerical']);
  const present = outputs.filter(([name]) => has.has(name));
  const probabilities = task === 'multiclass' ? [...probabilityColumns(config, available).values()] : [];
  // a configured probability map must be complete: list all of it so a missing column is reported
  const partialProba =
    config.columns.scores !== null &&
    probabilities.some((p) => !has.has(p)) &&
    probabilities.some((p) => has.has(p));
  // the current file's outputs are optional (production performance is then skipped with a note)
  const listAll = role !== 'current' && (present.length === 0 || partialProba);
  for (const [name, kind] of listAll ? outputs : present) add(name, kind);

  // ids keep the kind read from the file: numbers pair as numbers, anything else as text (pairRows)
  if (c.id && role !== 'current') add(c.id, null);
  if (role === 'holdout') for (const s of c.segments) add(s, 'categorical');
  return { columns: [...columns], kinds };
}

function column(table: Table, name: string): Column {
  const col = table.columns.get(name);
  if (!col) {
    throw inputError(
      `column '${name}' not found in ${table.path} (columns: ${table.columnNames.join(', ')})`,
    );
  }
  return col;
}

function optionalColumn(table: Table, name: string | null): Column | null {
  return name ? (table.columns.get(name) ?? null) : null;
}

/** a column as numbers; text that is not a number is an input error */
function numbers(table: Table, col: Column, what: string): Float64Array {
  if (col.kind === 'numerical') return col.values;
  const parsed = col.dictionary.map((d) => (d.trim() === '' ? NaN : Number(d)));
  const out = new Float64Array(col.codes.length);
  for (let i = 0; i < out.length; i++) {
    const code = col.codes[i]!;
    const v = code < 0 ? NaN : parsed[code]!;
    if (code >= 0 && Number.isNaN(v)) {
      throw inputError(
        `column '${col.name}' in ${table.path} has '${col.dictionary[code]}' at row ${i + 1}; ${what} must be numbers`,
      );
    }
    out[i] = v;
  }
  return out;
}

function requireComplete(table: Table, name: string, missing: (i: number) => boolean, n: number): void {
  let count = 0;
  let first = -1;
  for (let i = 0; i < n; i++) {
    if (missing(i)) {
      if (count === 0) first = i;
      count++;
    }
  }
  if (count > 0) {
    throw inputError(
      `column '${name}' in ${table.path} has ${count} missing value${count === 1 ? '' : 's'} (first at row ${first + 1}); performance needs a value on every row`,
    );
  }
}

function labelCodes(table: Table, col: Column): { codes: Int32Array; keys: string[] } {
  const l = asCategorical(col);
  requireComplete(table, col.name, (i) => l.codes[i]! < 0, l.codes.length);
  return { codes: l.codes, keys: l.dictionary.map(labelKey) };
}

/** the label keys that occur in a column (dictionary entries that no row uses are ignored) */
function occurringKeys(codes: Int32Array, keys: readonly string[]): string[] {
  const used = new Uint8Array(keys.length);
  for (let i = 0; i < codes.length; i++) used[codes[i]!] = 1;
  return keys.filter((_, j) => used[j] === 1);
}

// ------------------------------------------------------------------------------------------------ binary

interface BinaryPair {
  positive: string;
  /** null until a second label is seen */
  negative: string | null;
}

function binaryPair(config: Config, holdout: Table): BinaryPair {
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
function binaryModel(config: Config, table: Table, pair: BinaryPair, y: Uint8Array | null): TaskInput | null {
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

function multiclassClasses(config: Config, tables: readonly Table[]): string[] {
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
  config: Config,
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

function regressionModel(config: Config, table: Table, y: Float64Array | null): TaskInput | null {
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

// ------------------------------------------------------------------------------------------------ pairing

/** holdout row i pairs with baseline row pairing[i]; null = by order (same counts, checked) */
function pairRows(config: Config, holdout: Table, baseline: Table): Int32Array | null {
  const id = config.columns.id;
  if (!id) {
    if (baseline.rows !== holdout.rows) {
      throw inputError(
        `${baseline.path} has ${baseline.rows} rows but ${holdout.path} has ${holdout.rows}; without columns.id rows pair by order, so the counts must match`,
      );
    }
    return null;
  }
  // ids pair by their text (asCategorical: the number 7 is '7'); when both files hold numbers, the numbers
  // themselves are the keys — the same pairs (String is one-to-one on finite numbers, -0 and 0 both '0',
  // as Map's key equality has it), without a million strings
  const hCol = column(holdout, id);
  const bCol = column(baseline, id);
  const numeric = hCol.kind === 'numerical' && bCol.kind === 'numerical';
  const ids = (table: Table, col: Column): ArrayLike<number | string> => {
    if (numeric && col.kind === 'numerical') {
      const v = col.values;
      requireComplete(table, id, (i) => Number.isNaN(v[i]!), v.length);
      return v;
    }
    const l = asCategorical(col);
    requireComplete(table, id, (i) => l.codes[i]! < 0, l.codes.length);
    return Array.from(l.codes, (c) => l.dictionary[c]!);
  };
  const h = ids(holdout, hCol);
  const b = ids(baseline, bCol);
  const holdoutRow = new Map<number | string, number>();
  let duplicates = 0;
  let firstDuplicate = '';
  for (let i = 0; i < h.length; i++) {
    const key = h[i]!;
    if (holdoutRow.has(key)) {
      if (duplicates++ === 0) firstDuplicate = String(key);
    } else holdoutRow.set(key, i);
  }
  if (duplicates > 0) {
    throw inputError(
      `column '${id}' in ${holdout.path} has ${duplicates} duplicate id${duplicates === 1 ? '' : 's'} (first '${firstDuplicate}'); rows cannot be paired with ${baseline.path}`,
    );
  }
  const pairing = new Int32Array(holdout.rows).fill(-1);
  let unknown = 0;
  for (let j = 0; j < b.length; j++) {
    const key = b[j]!;
    const i = holdoutRow.get(key);
    if (i === undefined) unknown++;
    else if (pairing[i] !== -1) {
      if (duplicates++ === 0) firstDuplicate = String(key);
    } else pairing[i] = j;
  }
  if (duplicates > 0) {
    throw inputError(
      `column '${id}' in ${baseline.path} has ${duplicates} duplicate id${duplicates === 1 ? '' : 's'} (first '${firstDuplicate}'); rows cannot be paired with ${holdout.path}`,
    );
  }
  let unmatched = 0;
  for (const j of pairing) if (j < 0) unmatched++;
  if (unmatched > 0 || unknown > 0) {
    throw inputError(
      `${baseline.path} does not pair with ${holdout.path} by '${id}': ${unmatched} holdout id${unmatched === 1 ? '' : 's'} missing from the baseline, ${unknown} baseline id${unknown === 1 ? '' : 's'} not in the holdout (holdout ${holdout.rows} rows, baseline ${baseline.rows} rows)`,
    );
  }
  return pairing;
}

/** the baseline table's rows in holdout order */
function alignedTable(table: Table, pairing: Int32Array | null): Table {
  if (!pairing) return table;
  const columns = new Map<string, Column>();
  for (const [name, col] of table.columns) {
    if (col.kind === 'numerical') {
      const values = new Float64Array(pairing.length);
      for (let i = 0; i < pairing.length; i++) values[i] = col.values[pairing[i]!]!;
      columns.set(name, { ...col, values });
    } else {
      const codes = new Int32Array(pairing.length);
      for (let i = 0; i < pairing.length; i++) codes[i] = col.codes[pairing[i]!]!;
      columns.set(name, { ...col, codes } satisfies CategoricalColumn);
    }
  }
  return { ...table, rows: pairing.length, columns };
}

function sameLabels(a: TaskInput, b: TaskInput): { count: number; first: number } {
  const ya = a.data.y;
  const yb = b.data.y;
  let count = 0;
  let first = -1;
  for (let i = 0; i < ya.length; i++) {
    if (ya[i] !== yb[i]) {
      if (count === 0) first = i;
      count++;
    }
  }
  return { count, first };
}

// ------------------------------------------------------------------------------------------------ build

interface Prepared {
  model: (table: Table, y: TaskInput['data']['y'] | null) => TaskInput | null;
  positiveLabel: string | null;
  classes: string[] | null;
  curves: (input: TaskInput) => PerformanceCurves;
}

function prepare(config: Config, tables: readonly Table[], holdout: Table): Prepared {
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
      curves: (input) =>
        input.task === 'binary'
          ? binaryCurves(input.data, [pair.negative ?? `not ${pair.positive}`, pair.positive])
          : {},
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
      curves: (input) => (input.task === 'multiclass' ? multiclassCurves(input.data) : {}),
    };
  }
  return {
    model: (table, y) => regressionModel(config, table, y as Float64Array | null),
    positiveLabel: null,
    classes: null,
    curves: () => ({}),
  };
}

function noOutputs(config: Config, table: Table): string {
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

function validateRules(config: Config): void {
  const ids = metricIds(config.task);
  for (const id of Object.keys(config.performance.metrics)) {
    if (!ids.includes(id)) {
      throw configError(
        `config performance.metrics.${id} is not a ${config.task} metric (${config.task} metrics: ${ids.join(', ')})`,
      );
    }
  }
}

export function buildPerformance(config: Config, tables: PerformanceTables): PerformanceResult {
  validateRules(config);
  const { holdout } = tables;
  if (holdout.rows === 0)
    throw inputError(`holdout ${holdout.path} has no rows; performance needs labelled rows`);
  const task = config.task;
  const pairing = tables.baseline ? pairRows(config, holdout, tables.baseline) : null;
  const baselineTable = tables.baseline ? alignedTable(tables.baseline, pairing) : null;
  const prep = prepare(config, baselineTable ? [holdout, baselineTable] : [holdout], holdout);

  const candidate = prep.model(holdout, null);
  if (!candidate) throw inputError(noOutputs(config, holdout));
  let baseline: TaskInput | null = null;
  if (baselineTable) {
    const withOwnLabels = baselineTable.columns.has(config.columns.target)
      ? prep.model(baselineTable, null)
      : null;
    if (withOwnLabels) {
      const diff = sameLabels(candidate, withOwnLabels);
      if (diff.count > 0) {
        throw inputError(
          `${tables.baseline!.path} and ${holdout.path} disagree on column '${config.columns.target}' in ${diff.count} paired row${diff.count === 1 ? '' : 's'} (first at holdout row ${diff.first + 1})`,
        );
      }
    }
    baseline = prep.model(baselineTable, candidate.data.y);
    if (!baseline) throw inputError(noOutputs(config, tables.baseline!));
  }

  const options: IntervalOptions = {
    resamples: config.performance.resamples,
    confidence: config.performance.confidence,
    seed: config.performance.seed,
    // resamples also on worker threads when running from the bundle (the report is the same either way)
    parallel: threadedResamples(),
  };
  // segments are evaluated with the holdout, on the same resamples (see evaluateMetrics)
  const segmentRows = segmentGroups(config, holdout);
  const evaluation = evaluateMetrics(
    candidate,
    baseline,
    options,
    segmentRows.map((s) => s.rows),
  );
  const notes = [...evaluation.notes];
  const rows = candidate.data.y.length;

  const segments = segmentMetrics(segmentRows, evaluation.segments, notes);
  const production = productionMetrics(config, tables.current, task, notes, options);

  const section: PerformanceSection = {
    task,
    positiveLabel: prep.positiveLabel,
    decisionThreshold: task === 'binary' ? config.decision_threshold : null,
    classes: prep.classes,
    candidate: { rows, metrics: evaluation.candidate },
    baseline: evaluation.baseline ? { rows, metrics: evaluation.baseline } : null,
    deltas: evaluation.deltas,
    segments,
    segmentGaps: segmentGaps(task, segments),
    production,
    curves: { candidate: prep.curves(candidate), baseline: baseline ? prep.curves(baseline) : null },
    notes,
  };
  return { section, checks: [...ruleChecks(config, section), ...segmentChecks(config, section)] };

  function productionMetrics(
    cfg: Config,
    current: Table | null,
    t: Task,
    out: string[],
    opts: IntervalOptions,
  ): ModelMetrics | null {
    if (!current || !current.columns.has(cfg.columns.target)) return null;
    if (current.rows === 0) {
      out.push(`production: ${current.path} has no rows`);
      return null;
    }
    const p = t === 'multiclass' ? prepare(cfg, [holdout, current], holdout) : prep;
    const input = p.model(current, null);
    if (!input) {
      out.push(`production: ${noOutputs(cfg, current)}`);
      return null;
    }
    const e = evaluateMetrics(input, null, opts);
    out.push(...e.notes.map((n) => `production ${n}`));
    return { rows: current.rows, metrics: e.candidate };
  }
}

// ------------------------------------------------------------------------------------------------ segments

interface SegmentRows {
  column: string;
  value: string;
  rows: Int32Array;
}

/** the holdout rows of each value of each segment column, largest first (ties by first code) */
function segmentGroups(config: Config, holdout: Table): SegmentRows[] {
  const out: SegmentRows[] = [];
  for (const name of config.columns.segments) {
    const { codes, dictionary } = asCategorical(column(holdout, name));
    const groups = new Map<number, number[]>();
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i]!;
      let g = groups.get(code);
      if (!g) groups.set(code, (g = []));
      g.push(i);
    }
    const entries = [...groups.entries()].sort((a, b) => b[1].length - a[1].length || a[0] - b[0]);
    for (const [code, rows] of entries) {
      const value = code < 0 ? '(missing)' : dictionary[code]!;
      out.push({ column: name, value, rows: Int32Array.from(rows) });
    }
  }
  return out;
}

function segmentMetrics(
  groups: readonly SegmentRows[],
  evaluations: readonly Evaluation[],
  notes: string[],
): SegmentMetrics[] {
  return groups.map((s, k) => {
    const e = evaluations[k]!;
    notes.push(...e.notes.map((n) => `segment ${s.column}=${s.value} ${n}`));
    return {
      column: s.column,
      value: s.value,
      rows: s.rows.length,
      gated: s.rows.length >= MIN_SEGMENT_ROWS,
      metrics: e.candidate,
    };
  });
}

function segmentGaps(task: Task, segments: readonly SegmentMetrics[]): SegmentGap[] {
  const out: SegmentGap[] = [];
  const columns = [...new Set(segments.map((s) => s.column))];
  for (const col of columns) {
    const gated = segments.filter((s) => s.column === col && s.gated);
    for (const def of METRICS[task] as readonly MetricDef[]) {
      const values = gated
        .map((s) => ({ value: s.value, metric: s.metrics[def.id]?.value ?? null }))
        .filter((v): v is { value: string; metric: number } => v.metric !== null);
      if (values.length < 2) continue;
      let best = values[0]!;
      let worst = values[0]!;
      for (const v of values) {
        if (def.higherIsBetter ? v.metric > best.metric : v.metric < best.metric) best = v;
        if (def.higherIsBetter ? v.metric < worst.metric : v.metric > worst.metric) worst = v;
      }
      out.push({ column: col, metric: def.id, gap: Math.abs(best.metric - worst.metric), best, worst });
    }
  }
  return out;
}

// ------------------------------------------------------------------------------------------------ checks

function confidenceText(config: Config): string {
  return `${formatPercent(config.performance.confidence)} CI`;
}

function ciText(config: Config, ci: [number, number] | null, format: (x: number) => string): string {
  return ci ? ` (${confidenceText(config)} ${format(ci[0])} to ${format(ci[1])})` : '';
}

interface RuleOutcome {
  status: CheckStatus;
  value: number | null;
  message: string;
}

/**
 * Point mode: the rule is broken when the point estimate breaks it. Interval mode: broken when the whole
 * interval breaks it, a warning when only the point estimate does (without an interval: the point decides).
 * A broken rule's status carries its severity (./verdict.ts brokenStatus).
 */
function decide(
  config: Config,
  severity: Severity,
  pointBreaks: boolean,
  intervalBreaks: boolean | null,
): CheckStatus {
  if (config.performance.decide_on === 'point' || intervalBreaks === null) {
    return pointBreaks ? brokenStatus(severity) : 'pass';
  }
  if (intervalBreaks) return brokenStatus(severity);
  return pointBreaks ? 'warn' : 'pass';
}

/**
 * A min or max rule on one estimate. `segment`: decided on the interval whenever there is one — a warning
 * (the segment severity) only when the whole interval breaks the rule; a point estimate alone breaking it
 * passes, and the message says so (segments are small samples: their point estimates cross a bound by
 * chance far more often than the holdout's). Without an interval the point decides.
 */
function boundRule(
  config: Config,
  severity: Severity,
  id: string,
  rule: 'min' | 'max',
  limit: number,
  e: Estimate | undefined,
  where: string,
  segment = false,
): RuleOutcome {
  if (!e || e.value === null) {
    return {
      status: 'skip',
      value: null,
      message: `${id}${where} is undefined (${e?.reason ?? 'not computed'}); ${rule} ${formatNumber(limit)} not checked`,
    };
  }
  const v = e.value;
  const breaks = (x: number): boolean => (rule === 'min' ? belowMin(x, limit) : aboveMax(x, limit));
  // the whole interval breaks a min when its upper end is below it, a max when its lower end is above it
  const intervalBreaks = e.ci ? breaks(rule === 'min' ? e.ci[1] : e.ci[0]) : null;
  const sign = breaks(v) ? (rule === 'min' ? '<' : '>') : rule === 'min' ? '≥' : '≤';
  if (segment) {
    const status = (intervalBreaks ?? breaks(v)) ? brokenStatus(severity) : 'pass';
    const chance =
      intervalBreaks === false && breaks(v) ? '; the interval reaches the bound, so not flagged' : '';
    return {
      status,
      value: v,
      message: `${id} ${formatNumber(v)}${ciText(config, e.ci, formatNumber)} ${sign} ${rule} ${formatNumber(limit)}${where}${chance}`,
    };
  }
  const status = decide(config, severity, breaks(v), intervalBreaks);
  const ci = config.performance.decide_on === 'interval' ? ciText(config, e.ci, formatNumber) : '';
  return {
    status,
    value: v,
    message: `${id} ${formatNumber(v)}${ci} ${sign} ${rule} ${formatNumber(limit)}${where}`,
  };
}

function moved(delta: number): string {
  return delta < 0 ? 'fell' : delta > 0 ? 'rose' : 'did not change';
}

function regressionRule(
  config: Config,
  severity: Severity,
  def: MetricDef,
  rule: 'max_regression' | 'max_relative_regression',
  allowed: number,
  section: PerformanceSection,
): RuleOutcome {
  const id = def.id;
  if (!section.baseline || !section.deltas) {
    return { status: 'skip', value: null, message: `${id} ${rule} needs a baseline input; none was given` };
  }
  const d = section.deltas[id];
  const base = section.baseline.metrics[id];
  if (!d || d.value === null || !base || base.value === null) {
    return {
      status: 'skip',
      value: null,
      message: `${id} delta is undefined (${d?.reason ?? base?.reason ?? 'not computed'}); ${rule} not checked`,
    };
  }
  const hib = def.higherIsBetter;
  const worseOf = (delta: number): number => worsening(delta, hib);
  if (rule === 'max_regression') {
    const worse = worseOf(d.value);
    const intervalBreaks = d.ci ? exceeds(Math.min(worseOf(d.ci[0]), worseOf(d.ci[1])), allowed) : null;
    const status = decide(config, severity, exceeds(worse, allowed), intervalBreaks);
    // the change, its interval and the allowance in the same decimals: "fell 0.018 (95% CI −0.030 to −0.007)"
    const parts = intervalParts(d.value, d.ci, { signed: true, magnitude: true });
    const ci = parts.lo !== null ? ` (${confidenceText(config)} ${parts.lo} to ${parts.hi})` : '';
    return {
      status,
      value: worse,
      message: `${id} ${moved(d.value)}${d.value === 0 ? '' : ` ${parts.value}`}${ci} vs baseline; allowed ${formatNumber(allowed)}`,
    };
  }
  if (base.value === 0) {
    return {
      status: 'skip',
      value: null,
      message: `${id} is 0 for the baseline, so a relative regression is undefined; ${rule} not checked`,
    };
  }
  const scale = Math.abs(base.value);
  const worse = worseOf(d.value) / scale;
  const intervalBreaks = d.ci ? exceeds(Math.min(worseOf(d.ci[0]), worseOf(d.ci[1])) / scale, allowed) : null;
  const status = decide(config, severity, exceeds(worse, allowed), intervalBreaks);
  const pct = (x: number): string => formatPercent(x / scale);
  return {
    status,
    value: worse,
    message: `${id} ${moved(d.value)}${d.value === 0 ? '' : ` ${formatPercent(Math.abs(d.value) / scale)}`}${ciText(config, d.ci, pct)} vs baseline ${formatNumber(base.value)}; allowed ${formatPercent(allowed)}`,
  };
}

function ruleChecks(config: Config, section: PerformanceSection): Check[] {
  const checks: Check[] = [];
  for (const [id, rules] of Object.entries(config.performance.metrics)) {
    const def = findMetric(config.task, id)!;
    for (const rule of RULES) {
      const limit = rules[rule];
      if (limit === undefined) continue;
      const severity = severityOf(config, rules);
      const outcome =
        rule === 'min' || rule === 'max'
          ? boundRule(config, severity, id, rule, limit, section.candidate.metrics[id], '')
          : regressionRule(config, severity, def, rule, limit, section);
      checks.push({
        id: `performance.${id}.${rule}`,
        group: 'performance',
        subject: id,
        status: outcome.status,
        severity,
        value: outcome.value,
        threshold: limit,
        message: outcome.message,
      });
    }
  }
  return checks;
}

function severityOf(config: Config, rule: MetricRule): Severity {
  return rule.severity ?? config.performance.severity;
}

/**
 * min / max rules again on each gated segment, as warnings decided on the segment's interval (boundRule's
 * `segment`): segments are small samples
 */
function segmentChecks(config: Config, section: PerformanceSection): Check[] {
  const checks: Check[] = [];
  for (const [id, rules] of Object.entries(config.performance.metrics)) {
    for (const rule of ['min', 'max'] as const) {
      const limit = rules[rule];
      if (limit === undefined) continue;
      for (const s of section.segments) {
        if (!s.gated) continue;
        const where = ` in segment ${s.column}=${s.value} (${s.rows} rows)`;
        const outcome = boundRule(config, SEGMENT_SEVERITY, id, rule, limit, s.metrics[id], where, true);
        checks.push({
          id: `segments.${id}.${rule}.${s.column}=${s.value}`,
          group: 'segments',
          subject: id,
          status: outcome.status,
          severity: SEGMENT_SEVERITY,
          value: outcome.value,
          threshold: limit,
          message: outcome.message,
        });
      }
    }
  }
  return checks;
}
