/**
 * One read task (the runtime's 'read' kind, src/runtime/handlers.ts): a group of a Parquet file's columns
 * (readParquetRaw) or a whole CSV / JSON Lines file (readTextRaw), the functions readTable itself uses.
 * The column buffers are handed back (transferred when on a worker thread).
 */
import type { ColumnKind } from '../contract/kinds.js';
import type { RawTable } from './raw-column.js';
import { readParquetRaw, readTextRaw } from './read.js';

export interface ReadRequest {
  path: string;
  /** true: a whole CSV / JSON Lines file; false: a group of a Parquet file's columns */
  text: boolean;
  /** the columns to read; null = all (text files only) */
  columns: string[] | null;
  /** kinds forced while parsing (text files only; Parquet kinds are applied by makeTable) */
  kinds: Record<string, ColumnKind> | null;
  /** id columns read exactly (ReadOptions.exact) */
  exact: string[];
}

export async function readTask(msg: ReadRequest): Promise<{ output: RawTable; transfer: ArrayBuffer[] }> {
  const output = await (msg.text
    ? readTextRaw(msg.path, msg.columns ?? undefined, msg.kinds ?? undefined, msg.exact)
    : readParquetRaw(msg.path, msg.columns ?? undefined, msg.exact));
  const transfer = output.columns.map(
    (c) => (c.type === 'numbers' ? c.values : c.codes).buffer as ArrayBuffer,
  );
  return { output, transfer };
}
