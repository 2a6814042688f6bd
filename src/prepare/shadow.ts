/**
 * Shadow champion/challenger inputs (issue 12), prepared from `current`: the candidate's outputs (columns
 * score / prediction) and the champion's (columns.champion_score / champion_prediction) on the same
 * requests, and — where late labels arrived — both on the labelled rows, paired row by row.
 *
 * The champion is read by the same model-output reader as the candidate with its own columns: binary takes
 * champion_score as the probability of the positive class and champion_prediction as its label (derived
 * from champion_score ≥ decision_threshold when absent); multiclass takes champion_prediction only (no
 * probability columns for the champion: its probability metrics are then undefined, with the reason);
 * regression takes champion_prediction as the predicted value. Labelled rows are those whose target is not
 * missing. Pure: tables in, typed inputs out; bad values are the model-output reader's one-line errors.
 */
import type { Config, PerformanceConfig } from '../config/types.js';
import type { ColumnKind } from '../contract/kinds.js';
import type { Table } from '../contract/table.js';
import type { TaskInput } from '../metrics/inputs.js';
import { column, numbers } from './columns.js';
import { modelOutputs, outputsWithoutLabels } from './outputs.js';
import { alignedTable } from './pairing.js';
import { labelledRows } from './performance.js';
import type { ReadPlan } from './plan.js';

/** the champion's configured columns, to be read from current (a configured one missing is the reader's error) */
export function shadowColumns(config: Config, available: readonly string[]): ReadPlan {
  const c = config.columns;
  const kinds: Record<string, ColumnKind> = {};
  const columns: string[] = [];
  if (c.champion_score === null && c.champion_prediction === null) return { columns, kinds };
  if (c.champion_score) {
    columns.push(c.champion_score);
    kinds[c.champion_score] = 'numerical';
  }
  if (c.champion_prediction) {
    columns.push(c.champion_prediction);
    if (config.task)
      kinds[c.champion_prediction] = config.task === 'regression' ? 'numerical' : 'categorical';
  }
  // the candidate's outputs and the late labels, when current has them
  for (const name of [c.score, c.prediction, c.target])
    if (name && available.includes(name)) columns.push(name);
  if (config.task && c.prediction && available.includes(c.prediction))
    kinds[c.prediction] = config.task === 'regression' ? 'numerical' : 'categorical';
  if (config.task && c.target && available.includes(c.target))
    kinds[c.target] = config.task === 'regression' ? 'numerical' : 'categorical';
  return { columns, kinds };
}

export function shadowConfigured(config: Config): boolean {
  return config.columns.champion_score !== null || config.columns.champion_prediction !== null;
}

export interface ShadowInputs {
  /** the decisions of both models on every row (class index, or 0/1), null for regression */
  decisions: { candidate: Int32Array; champion: Int32Array } | null;
  /** binary: both models' scores on every row, when both have one */
  scores: { candidate: Float64Array; champion: Float64Array } | null;
  /** regression: both predictions on every row */
  values: { candidate: Float64Array; champion: Float64Array } | null;
  /** both models on the labelled rows (null when no row is labelled) */
  labelled: { candidate: TaskInput; champion: TaskInput; rows: number } | null;
  rows: number;
  classes: string[] | null;
}

/** the champion's columns in place of the candidate's */
function championConfig(config: PerformanceConfig): PerformanceConfig {
  const c = config.columns;
  const multiclass = config.task === 'multiclass';
  return {
    ...config,
    columns: {
      ...c,
      score: multiclass ? null : c.champion_score,
      prediction: c.champion_prediction,
      scores: multiclass ? null : c.scores,
      scores_prefix: multiclass ? null : c.scores_prefix,
    },
  };
}

/**
 * Both models' outputs on current. `labels` are the label table the binary pair and multiclass classes are
 * read from (the holdout when there is one, else current's labelled rows).
 */
export function prepareShadow(
  config: PerformanceConfig,
  current: Table,
  holdout: Table | null,
): ShadowInputs | { skip: string } {
  if (current.rows === 0) return { skip: `${current.path} has no rows` };
  const c = config.columns;
  const hasTarget = current.columns.has(c.target);
  const rows = hasTarget ? labelledRows(current, c.target) : null;
  const labelledTable = !hasTarget
    ? null
    : rows === null
      ? current
      : rows.length > 0
        ? alignedTable(current, rows)
        : null;
  const labelSource = holdout ?? labelledTable;
  const candidateHas =
    [c.score, c.prediction, ...Object.values(c.scores ?? {})].some(
      (x) => x !== null && current.columns.has(x),
    ) ||
    (c.scores_prefix !== null && current.columnNames.some((n) => n.startsWith(c.scores_prefix!)));
  if (!candidateHas) {
    return {
      skip: `${current.path} has none of the candidate's output columns (${[c.score, c.prediction].filter(Boolean).join(', ') || 'none configured'})`,
    };
  }
  const champ = championConfig(config);
  const decisions =
    config.task === 'regression' ? null : decisionColumns(config, champ, current, labelSource ?? current);
  const values =
    config.task === 'regression'
      ? {
          candidate: numericColumn(current, c.prediction!),
          champion: numericColumn(current, c.champion_prediction!),
        }
      : null;
  const scores =
    config.task === 'binary' && c.score && c.champion_score && current.columns.has(c.score)
      ? { candidate: numericColumn(current, c.score), champion: numericColumn(current, c.champion_score) }
      : null;

  let labelled: ShadowInputs['labelled'] = null;
  let classes: string[] | null = null;
  if (labelSource && labelledTable) {
    const tables = holdout ? [holdout, labelledTable] : [labelledTable];
    const outputs = modelOutputs(config, tables, labelSource);
    const candidate = outputs.model(labelledTable, null);
    const champOutputs = modelOutputs(champ, tables, labelSource);
    const champion = candidate ? champOutputs.model(labelledTable, candidate.data.y) : null;
    if (candidate && champion) labelled = { candidate, champion, rows: labelledTable.rows };
    classes = outputs.classes;
  }
  return { decisions, scores, values, labelled, rows: current.rows, classes };
}

/**
 * Both models' decisions on every row, in one code space: binary 1 = predicted positive (prediction column,
 * else score ≥ decision_threshold), multiclass the class index. Read by the model-output reader with stand-in
 * labels (only the outputs are used); with scores alone and no label source, the scores decide.
 */
function decisionColumns(
  config: PerformanceConfig,
  champ: PerformanceConfig,
  current: Table,
  labelSource: Table,
): { candidate: Int32Array; champion: Int32Array } {
  const c = config.columns;
  const noLabels = !labelSource.columns.has(c.target);
  const scoresOnly =
    config.task === 'binary' &&
    noLabels &&
    !(c.prediction && current.columns.has(c.prediction)) &&
    !(c.champion_prediction && current.columns.has(c.champion_prediction));
  if (scoresOnly) {
    const t = config.decision_threshold;
    const cut = (s: Float64Array) => Int32Array.from(s, (x) => (x >= t ? 1 : 0));
    return {
      candidate: cut(numericColumn(current, c.score!)),
      champion: cut(numericColumn(current, c.champion_score!)),
    };
  }
  const cand = outputsWithoutLabels(config, current, labelSource);
  const chmp = outputsWithoutLabels(champ, current, labelSource);
  return { candidate: Int32Array.from(cand!.data.pred), champion: Int32Array.from(chmp!.data.pred) };
}

/** a score or prediction column as numbers; text in it is the input error prepare/columns gives everywhere */
function numericColumn(table: Table, name: string): Float64Array {
  return numbers(table, column(table, name), 'scores and predictions');
}
