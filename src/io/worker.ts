/**
 * Worker-thread entry (bundled as dist/read-worker.js by scripts/build.mjs): reads one task per message —
 * a group of a Parquet file's columns (readParquetRaw) or a whole CSV / JSON Lines file (readTextRaw), the
 * functions readTable itself uses — and hands the column buffers back transferred. Errors come back as
 * their message, flagged when they are input errors (the main thread rethrows them as such, so the user
 * sees readTable's one line).
 */
import { parentPort } from 'node:worker_threads';
import { isGateError } from '../errors.js';
import type { RawTable } from './raw-column.js';
import { readParquetRaw, readTextRaw } from './read.js';
import type { ColumnKind } from '../contract/kinds.js';

export interface ReadRequest {
  id: number;
  path: string;
  /** true: a whole CSV / JSON Lines file; false: a group of a Parquet file's columns */
  text: boolean;
  /** the columns to read; null = all (text files only) */
  columns: string[] | null;
  /** kinds forced while parsing (text files only; Parquet kinds are applied by makeTable) */
  kinds: Record<string, ColumnKind> | null;
}

export type ReadResponse = { id: number; result: RawTable } | { id: number; error: string; input: boolean };

function read(msg: ReadRequest): Promise<RawTable> {
  return msg.text
    ? readTextRaw(msg.path, msg.columns ?? undefined, msg.kinds ?? undefined)
    : readParquetRaw(msg.path, msg.columns ?? undefined);
}

const port = parentPort;
if (port) {
  port.on('message', (msg: ReadRequest) => {
    read(msg).then(
      (result) => {
        const buffers = result.columns.map((c) => (c.type === 'numbers' ? c.values : c.codes).buffer);
        const response: ReadResponse = { id: msg.id, result };
        port.postMessage(response, buffers as ArrayBuffer[]);
      },
      (e: unknown) => {
        const response: ReadResponse = isGateError(e)
          ? { id: msg.id, error: e.message, input: e.code === 'input' }
          : { id: msg.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e), input: false };
        port.postMessage(response);
      },
    );
  });
}
