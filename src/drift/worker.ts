/**
 * Worker-thread entry (bundled as dist/drift-worker.js by scripts/build.mjs): analyses one numerical
 * feature per message with the same function the main thread would call, so results are identical either
 * way. The buffers arrive transferred; the result is a small plain object. The sort buffers are kept
 * between messages, so a worker allocates no column-sized scratch per feature.
 */
import { parentPort } from 'node:worker_threads';
import { SortScratch } from '../stats/index.js';
import { analyseNumeric, type NumericTask } from './analyse.js';

export interface WorkerRequest {
  id: number;
  task: NumericTask;
}

export type WorkerResponse =
  { id: number; result: ReturnType<typeof analyseNumeric> } | { id: number; error: string };

const port = parentPort;
if (port) {
  // the sort buffers, reused feature after feature (three column-sized buffers per worker)
  const scratch = new SortScratch();
  port.on('message', (msg: WorkerRequest) => {
    let response: WorkerResponse;
    try {
      response = { id: msg.id, result: analyseNumeric(msg.task, scratch) };
    } catch (e) {
      response = { id: msg.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
    }
    port.postMessage(response);
  });
}
