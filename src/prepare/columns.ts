/**
 * Looking columns up in a table, as the model-output preparation needs them: present (else the input error
 * that lists the file's columns), as numbers (values/coerce asNumbers: one grammar for every number), as
 * label codes, complete (a missing value on any row is an input error naming the first row).
 */
import { inputError } from '../errors.js';
import type { Column, Table } from '../contract/table.js';
import { asCategorical, asNumbers } from '../values/coerce.js';
import { labelKey } from './labels.js';

export function column(table: Table, name: string): Column {
  const col = table.columns.get(name);
  if (!col) {
    throw inputError(
      `column '${name}' not found in ${table.path} (columns: ${table.columnNames.join(', ')})`,
    );
  }
  return col;
}

export function optionalColumn(table: Table, name: string | null): Column | null {
  return name ? (table.columns.get(name) ?? null) : null;
}

/** a column as numbers (values/coerce asNumbers); text that is not a number is an input error */
export function numbers(table: Table, col: Column, what: string): Float64Array {
  const n = asNumbers(col);
  if (!n.ok) {
    throw inputError(
      `column '${col.name}' in ${table.path} has '${n.text}' at row ${n.row + 1}; ${what} must be numbers`,
    );
  }
  return n.values;
}

export function requireComplete(
  table: Table,
  name: string,
  missing: (i: number) => boolean,
  n: number,
  needs = 'performance needs',
): void {
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
      `column '${name}' in ${table.path} has ${count} missing value${count === 1 ? '' : 's'} (first at row ${first + 1}); ${needs} a value on every row`,
    );
  }
}

export function labelCodes(table: Table, col: Column): { codes: Int32Array; keys: string[] } {
  const l = asCategorical(col);
  requireComplete(table, col.name, (i) => l.codes[i]! < 0, l.codes.length);
  return { codes: l.codes, keys: l.dictionary.map(labelKey) };
}

/** the label keys that occur in a column (dictionary entries that no row uses are ignored) */
export function occurringKeys(codes: Int32Array, keys: readonly string[]): string[] {
  const used = new Uint8Array(keys.length);
  for (let i = 0; i < codes.length; i++) used[codes[i]!] = 1;
  return keys.filter((_, j) => used[j] === 1);
}
