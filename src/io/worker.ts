/**
 * Worker-thread entry (bundled as dist/read-worker.js by scripts/build.mjs): reads one group of a Parquet
 * file's columns per message with readParquetRaw — the function readTable itself uses — and hands the
 * column buffers back transferred. Errors come back as their message, flagged when they are input errors
 * (the main thread rethrows them as such, so the user sees readTable's one line).
 */
import { parentPort } from 'node:worker_threads';
import { isGateError } from '../errors.js';
import type { ParquetResult } from './parquet.js';
import { readParquetRaw } from './read.js';

export interface ReadRequest {
  id: number;
  path: string;
  columns: string[];
}

export type ReadResponse =
  { id: number; result: ParquetResult } | { id: number; error: string; input: boolean };

const port = parentPort;
if (port) {
  port.on('message', (msg: ReadRequest) => {
    readParquetRaw(msg.path, msg.columns).then(
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
