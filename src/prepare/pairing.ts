/**
 * Pairing the baseline with the holdout (DESIGN §2): by columns.id when set (ids keep the kind they are
 * read with: numbers pair as numbers, anything else as text), else by row order (the counts must match).
 * Duplicate, unknown and unmatched ids are input errors with counts and the first offender.
 */
import type { Config } from '../config/types.js';
import type { CategoricalColumn, Column, Table } from '../contract/table.js';
import { inputError } from '../errors.js';
import type { TaskInput } from '../metrics/inputs.js';
import { asCategorical } from '../values/coerce.js';
import { column, requireComplete } from './columns.js';

/** holdout row i pairs with baseline row pairing[i]; null = by order (same counts, checked) */
export function pairRows(config: Config, holdout: Table, baseline: Table): Int32Array | null {
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
export function alignedTable(table: Table, pairing: Int32Array | null): Table {
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

/** rows where two models' labels differ: how many, and the first */
export function sameLabels(a: TaskInput, b: TaskInput): { count: number; first: number } {
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
