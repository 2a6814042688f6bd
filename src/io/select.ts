/**
 * Checks the requested column names against a file's columns and assembles the Table from raw columns.
 */
import { inputError } from '../errors.js';
import { finishColumn, type RawColumn } from './raw-column.js';
import type { Column, ReadOptions, Table } from '../contract/table.js';
import type { FileFormat } from '../contract/kinds.js';

/** how many available column names an error message lists before "… and N more" */
export const MAX_LISTED_COLUMNS = 30;

/** lists column names for a message: "id, label, prob" or "a, b, …, and 12 more" */
export function listColumns(names: readonly string[]): string {
  if (names.length === 0) return 'none';
  const shown = names.slice(0, MAX_LISTED_COLUMNS).join(', ');
  return names.length > MAX_LISTED_COLUMNS
    ? `${shown} … and ${names.length - MAX_LISTED_COLUMNS} more`
    : shown;
}

/**
 * The columns to read, in the order requested (all, in file order, when `requested` is undefined).
 * A requested name the file does not have is an input error listing the available ones.
 */
export function selectColumns(
  path: string,
  available: readonly string[],
  requested: readonly string[] | undefined,
): string[] {
  if (requested === undefined) return [...available];
  const have = new Set(available);
  for (const name of requested) {
    if (!have.has(name))
      throw inputError(`column '${name}' not found in ${path} (columns: ${listColumns(available)})`);
  }
  return [...new Set(requested)];
}

/** Builds the Table: applies kind inference / forced kinds to every raw column. */
export function makeTable(
  path: string,
  format: FileFormat,
  rows: number,
  columnNames: readonly string[],
  raw: readonly RawColumn[],
  options: ReadOptions | undefined,
  nested: readonly string[] = [],
): Table {
  const columns = new Map<string, Column>();
  for (const r of raw) {
    // an exact (id) column read as text stays text: its integers may not fit a double
    const exact = r.type === 'codes' && (options?.exact?.includes(r.name) ?? false);
    columns.set(r.name, finishColumn(r, exact ? 'categorical' : options?.kinds?.[r.name], path));
  }
  return { path, format, rows, columnNames, columns, ...(nested.length > 0 ? { nested } : {}) };
}
