/**
 * The performance inputs, prepared (DESIGN §2, §3, §6): the holdout's model outputs, the baseline's paired
 * to the holdout's rows (./pairing.ts) with the holdout's labels (a baseline carrying its own target must
 * agree with it), the segments' rows, and the production rows of a labelled `current`. Pure: tables in,
 * typed inputs out; bad input is one input error naming the file, the column and the value.
 */
import type { PerformanceConfig } from '../config/types.js';
import type { Table } from '../contract/table.js';
import { inputError } from '../errors.js';
import type { TaskInput } from '../metrics/inputs.js';
import { modelOutputs, noOutputs, type ModelOutputs } from './outputs.js';
import { alignedTable, pairRows, sameLabels } from './pairing.js';
import { asCategorical } from '../values/coerce.js';
import { segmentGroups, type SegmentRows } from './segments.js';

export interface PerformanceTables {
  holdout: Table;
  baseline: Table | null;
  /** `current`, only when it carries the target column (production performance) */
  current: Table | null;
}

export interface PreparedPerformance {
  outputs: ModelOutputs;
  candidate: TaskInput;
  /** the baseline's outputs in holdout row order, with the holdout's labels; null without a baseline */
  baseline: TaskInput | null;
  segments: SegmentRows[];
  /** what was left out of the segments (performance.max_segments) */
  notes: string[];
}

export function preparePerformance(
  config: PerformanceConfig,
  tables: PerformanceTables,
): PreparedPerformance {
  const { holdout } = tables;
  if (holdout.rows === 0)
    throw inputError(`holdout ${holdout.path} has no rows; performance needs labelled rows`);
  const pairing = tables.baseline ? pairRows(config, holdout, tables.baseline) : null;
  const baselineTable = tables.baseline ? alignedTable(tables.baseline, pairing) : null;
  const outputs = modelOutputs(config, baselineTable ? [holdout, baselineTable] : [holdout], holdout);

  const candidate = outputs.model(holdout, null);
  if (!candidate) throw inputError(noOutputs(config, holdout));
  let baseline: TaskInput | null = null;
  if (baselineTable) {
    const withOwnLabels = baselineTable.columns.has(config.columns.target)
      ? outputs.model(baselineTable, null)
      : null;
    if (withOwnLabels) {
      const diff = sameLabels(candidate, withOwnLabels);
      if (diff.count > 0) {
        throw inputError(
          `${tables.baseline!.path} and ${holdout.path} disagree on column '${config.columns.target}' in ${diff.count} paired row${diff.count === 1 ? '' : 's'} (first at holdout row ${diff.first + 1})`,
        );
      }
    }
    baseline = outputs.model(baselineTable, candidate.data.y);
    if (!baseline) throw inputError(noOutputs(config, tables.baseline!));
  }
  const { groups, notes } = segmentGroups(config, holdout);
  return { outputs, candidate, baseline, segments: groups, notes };
}

/**
 * The candidate's outputs on a labelled `current`, or a note saying why production performance is
 * skipped (no rows, none of the model's output columns). Multiclass classes are taken over the holdout and
 * current together.
 */
export function prepareProduction(
  config: PerformanceConfig,
  holdout: Table,
  current: Table,
  outputs: ModelOutputs,
): { input: TaskInput; note?: string } | { note: string } {
  if (current.rows === 0) return { note: `${current.path} has no rows` };
  // late labels: only the rows whose label arrived are scored (all rows when none is missing)
  const rows = labelledRows(current, config.columns.target);
  if (rows !== null && rows.length === 0)
    return { note: `${current.path} has no labelled rows yet (column '${config.columns.target}' is empty)` };
  const table = rows === null ? current : alignedTable(current, rows);
  const o = config.task === 'multiclass' ? modelOutputs(config, [holdout, table], holdout) : outputs;
  const input = o.model(table, null);
  if (!input) return { note: noOutputs(config, current) };
  return rows === null
    ? { input }
    : {
        input,
        note: `${table.rows} of ${current.rows} rows of ${current.path} have labels; production metrics are on those`,
      };
}

/** the rows whose `target` is present; null when every row has one (or there is no such column) */
export function labelledRows(table: Table, target: string): Int32Array | null {
  const col = table.columns.get(target);
  if (!col) return null;
  const present: number[] = [];
  if (col.kind === 'numerical') {
    for (let i = 0; i < col.values.length; i++) if (!Number.isNaN(col.values[i]!)) present.push(i);
  } else {
    const codes = asCategorical(col).codes;
    for (let i = 0; i < codes.length; i++) if (codes[i]! >= 0) present.push(i);
  }
  return present.length === table.rows ? null : Int32Array.from(present);
}
