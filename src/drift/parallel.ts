/**
 * The numerical feature analyses through the executor (contract/executor.ts, kind 'drift.numeric'), one
 * feature per job, so both cores of a CI runner sort at once (the sort dominates); with no threads they run
 * here, feature after feature, with the same results.
 *
 * Each task's columns are handed over by transferring their buffers: a column that owns its whole
 * ArrayBuffer is transferred as is when `transfer` is true (the caller gives the column up — it is detached
 * afterwards), otherwise a copy is made and the copy transferred; nothing is structured-cloned.
 * With `transfer`, all but a short tail of tasks (POOL_TAIL_PER_WORKER each) are handed out at once, so the
 * workers keep going while the caller's main thread does other work (the gate computes performance
 * meanwhile); the tail goes out as workers finish, largest tasks first, so both stay busy to the end.
 */
import type { Executor, JobSource } from '../contract/executor.js';
import { analyseNumeric, type FeatureAnalysis, type NumericTask } from './analyse.js';
import { SortScratch } from '../stats/index.js';

export interface ParallelOptions {
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

export function analyseNumericInProcess(tasks: readonly NumericTask[]): FeatureAnalysis[] {
  const scratch = new SortScratch();
  return tasks.map((task) => analyseNumeric(task, scratch));
}

/**
 * Analyses every task; `whileWaiting` runs on the main thread after the jobs have been handed out (the
 * gate uses it for categorical features). Results come back in task order; a failed analysis throws.
 */
export async function analyseNumericParallel(
  executor: Executor,
  tasks: readonly NumericTask[],
  options: ParallelOptions = {},
  whileWaiting: () => void = () => {},
): Promise<FeatureAnalysis[]> {
  const count = Math.min(executor.threads, tasks.length);
  if (count <= 0) {
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
  // each job's copies are made when it is handed out (a queued copy costs memory)
  const jobs: JobSource<NumericTask>[] = order.map((id) => () => {
    const task = tasks[id]!;
    const reference = handOver(task.reference, transferable(task.reference));
    const current = handOver(task.current, transferable(task.current));
    return {
      input: { ...task, reference, current },
      transfer: [reference.buffer as ArrayBuffer, current.buffer as ArrayBuffer],
    };
  });
  const settled = await executor.map<NumericTask, FeatureAnalysis>('drift.numeric', jobs, {
    depth,
    whileWaiting,
  });
  const results: FeatureAnalysis[] = new Array(tasks.length);
  settled.forEach((s, k) => {
    const id = order[k]!;
    if (s.status === 'rejected') {
      const why = s.reason instanceof Error ? s.reason.message : String(s.reason);
      throw new Error(`drift worker failed on '${tasks[id]!.name}': ${why}`);
    }
    results[id] = s.value;
  });
  return results;
}

/** a Float64Array that owns its whole buffer, safe to transfer */
function handOver(values: Float64Array, transfer: boolean): Float64Array {
  const owns = values.byteOffset === 0 && values.buffer.byteLength === values.byteLength;
  if (transfer && owns && !(values.buffer instanceof SharedArrayBuffer)) return values;
  return values.slice();
}
