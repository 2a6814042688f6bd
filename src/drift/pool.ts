/**
 * Runs the numerical feature analyses on worker threads, one feature at a time per worker, so both cores
 * of a CI runner sort at once (the sort dominates). The worker is the bundled dist/drift-worker.js beside
 * the running bundle; when that file does not exist (running from TypeScript sources, e.g. under vitest)
 * or `workers` is 0, the same analyses run in-process, with identical results.
 *
 * Each task's columns are handed over by transferring their buffers: a column that owns its whole
 * ArrayBuffer is transferred as is when `transfer` is true (the caller gives the column up — it is detached
 * afterwards), otherwise a copy is made and the copy transferred; nothing is structured-cloned.
 * With `transfer`, all but a short tail of tasks (POOL_TAIL_PER_WORKER each) are posted at once, so the
 * workers keep going while the caller's main thread does other work (the gate computes performance
 * meanwhile); the tail goes out as workers finish, largest tasks first, so both stay busy to the end.
 * This file is the one place drift/ touches the runtime (worker_threads; the script is found by
 * io/bundled-worker.ts).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { bundledWorkerUrl } from '../io/bundled-worker.js';
import { analyseNumeric, type FeatureAnalysis, type NumericTask } from './analyse.js';
import { SortScratch } from '../stats/index.js';
import type { WorkerRequest, WorkerResponse } from './worker.js';

export interface ParallelOptions {
  /** number of worker threads; default: available parallelism; 0 = in-process */
  workers?: number;
  /** the worker script; default: drift-worker.js beside this module (the bundle); null = in-process */
  workerUrl?: URL | null;
  /** transfer the columns' own buffers instead of copies (the caller must not use them afterwards) */
  transfer?: boolean;
  /** buffers that are copied even with `transfer` (columns the caller still needs) */
  keep?: ReadonlySet<ArrayBufferLike>;
  /**
   * tasks queued per worker beyond the one it is running. Default when transferring: the worker's whole
   * share but POOL_TAIL_PER_WORKER tasks (moving a buffer costs no memory, and the workers then run on
   * while the main thread is busy elsewhere; the held-back tail goes to whichever worker finishes first,
   * so a worker slowed by a busy machine does not leave the other idle at the end). Otherwise 1 (each
   * queued copy costs memory).
   */
  queueDepth?: number;
}

/**
 * tasks per worker held back from the up-front posting (with transfer) and handed out as workers finish:
 * enough to even out two workers on a shared machine, few enough that a main thread busy until the end
 * delays only two tasks per worker
 */
export const POOL_TAIL_PER_WORKER = 2;

/** the bundled worker beside this module, or null when not running from the bundle */
export function defaultWorkerUrl(): URL | null {
  return bundledWorkerUrl('drift-worker.js');
}

export function analyseNumericInProcess(tasks: readonly NumericTask[]): FeatureAnalysis[] {
  const scratch = new SortScratch();
  return tasks.map((task) => analyseNumeric(task, scratch));
}

/**
 * Analyses every task; `whileWaiting` runs on the main thread after the workers have been started (the
 * gate uses it for categorical features). Results come back in task order.
 */
export async function analyseNumericParallel(
  tasks: readonly NumericTask[],
  options: ParallelOptions = {},
  whileWaiting: () => void = () => {},
): Promise<FeatureAnalysis[]> {
  const url = options.workerUrl === undefined ? defaultWorkerUrl() : options.workerUrl;
  const count = Math.min(options.workers ?? availableParallelism(), tasks.length);
  if (url === null || count <= 0) {
    const results = analyseNumericInProcess(tasks);
    whileWaiting();
    return results;
  }
  const share = Math.ceil(tasks.length / count);
  const defaultDepth = options.transfer === true ? share - 1 - POOL_TAIL_PER_WORKER : 1;
  const depth = 1 + Math.max(0, options.queueDepth ?? defaultDepth);
  // largest first (rows of both sides), so the last tasks handed out are the short ones
  const order = tasks
    .map((t, i) => ({ i, rows: t.reference.length + t.current.length }))
    .sort((a, b) => b.rows - a.rows || a.i - b.i)
    .map((x) => x.i);
  // a buffer behind more than one column slot (the same column as a feature and as the prediction, say)
  // is copied, never transferred: transferring would detach it under the other slot
  const uses = new Map<ArrayBufferLike, number>();
  for (const t of tasks)
    for (const v of [t.reference, t.current]) uses.set(v.buffer, (uses.get(v.buffer) ?? 0) + 1);
  const transferable = (v: Float64Array): boolean =>
    options.transfer === true && uses.get(v.buffer) === 1 && !(options.keep?.has(v.buffer) ?? false);
  const results: FeatureAnalysis[] = new Array(tasks.length);
  const workers = Array.from({ length: count }, () => new Worker(url));
  let next = 0;
  let done = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const send = (w: Worker): void => {
        if (next >= tasks.length) return;
        const id = order[next++]!;
        const task = tasks[id]!;
        const reference = handOver(task.reference, transferable(task.reference));
        const current = handOver(task.current, transferable(task.current));
        const msg: WorkerRequest = { id, task: { ...task, reference, current } };
        w.postMessage(msg, [reference.buffer as ArrayBuffer, current.buffer as ArrayBuffer]);
      };
      for (const w of workers) {
        w.on('message', (msg: WorkerResponse) => {
          if ('error' in msg) {
            reject(new Error(`drift worker failed on '${tasks[msg.id]!.name}': ${msg.error}`));
            return;
          }
          results[msg.id] = msg.result;
          done++;
          if (done === tasks.length) resolve();
          else send(w);
        });
        w.on('error', reject);
      }
      for (let round = 0; round < depth; round++) for (const w of workers) send(w);
      try {
        whileWaiting();
      } catch (e) {
        reject(e);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}

/** a Float64Array that owns its whole buffer, safe to transfer */
function handOver(values: Float64Array, transfer: boolean): Float64Array {
  const owns = values.byteOffset === 0 && values.buffer.byteLength === values.byteLength;
  if (transfer && owns && !(values.buffer instanceof SharedArrayBuffer)) return values;
  return values.slice();
}
