/**
 * Bootstrap resamples on worker threads, for evaluateMetrics (`IntervalOptions.parallel`). The caller stays
 * synchronous: it starts the workers, computes resamples itself, then waits on a SharedArrayBuffer with
 * Atomics.wait (no event loop needed) for the resamples the workers claimed. Resample b's counts depend
 * only on (seed, b) (bootstrap.ts drawResample), and every thread claims the next unclaimed index from one
 * shared counter, so the report is identical with any number of threads, and threads that start late or
 * run slowly (the gate's drift workers share the cores) just claim fewer resamples.
 *
 * The worker is the bundled metrics-worker.js beside the running bundle (scripts/build.mjs); when that file
 * does not exist (running from TypeScript sources, e.g. under vitest) everything runs in-process. A worker
 * that fails, or has not finished preparing when the caller runs out of resamples, is abandoned; resamples
 * it claimed but did not finish (and any left by a worker that makes no progress for STALL_MS) are
 * computed on the calling thread. The values are the same whoever computes them.
 * This file is the one place metrics/ touches the runtime (worker_threads; the script is found by
 * io/bundled-worker.ts).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { bundledWorkerUrl } from '../io/bundled-worker.js';
import { allocateSeries, runResamples, type ParallelRunner, type ResampleSeries } from './bootstrap.js';
import { NEXT, STATE, STATE_SLOT, type MetricsWorkerData } from './worker.js';

/** rows × resamples below which starting a thread costs more than it saves */
export const PARALLEL_MIN_WORK = 20_000_000;
/** a running worker that finishes no resample for this long is given up on */
export const STALL_MS = 30_000;

export interface ThreadOptions {
  /** worker threads besides the calling one; default: available parallelism − 1 */
  workers?: number;
  /** the worker script; default: metrics-worker.js beside this module (the bundle); null = in-process */
  workerUrl?: URL | null;
  /** rows × resamples from which threads are used; default PARALLEL_MIN_WORK */
  minWork?: number;
}

/** the bundled worker beside this module, or null when not running from the bundle */
export function defaultMetricsWorkerUrl(): URL | null {
  return bundledWorkerUrl('metrics-worker.js');
}

export function threadedResamples(options: ThreadOptions = {}): ParallelRunner {
  return (job, prepared, series) => {
    const url = options.workerUrl === undefined ? defaultMetricsWorkerUrl() : options.workerUrl;
    const count = options.workers ?? Math.max(0, availableParallelism() - 1);
    const R = series.resamples;
    if (url === null || count <= 0 || R < 2 || prepared.rows * R < (options.minWork ?? PARALLEL_MIN_WORK))
      return false;

    const control = new Int32Array(new SharedArrayBuffer(4 * (STATE_SLOT + count)));
    const done = new Uint8Array(new SharedArrayBuffer(R));
    const shared = allocateSeries(prepared, R, (bytes) => new SharedArrayBuffer(bytes));
    const workers: Worker[] = [];
    for (let w = 0; w < count; w++) {
      // each worker sees its own state slot as STATE_SLOT: it gets a view shifted by w slots
      const data: MetricsWorkerData = {
        job,
        control: control.buffer as SharedArrayBuffer,
        slot: STATE_SLOT + w,
        done: done.buffer as SharedArrayBuffer,
        candidate: shared.candidate.buffer as SharedArrayBuffer,
        baseline: (shared.baseline?.buffer as SharedArrayBuffer | undefined) ?? null,
        segments: shared.segments.map((s) => s.buffer as SharedArrayBuffer),
      };
      try {
        const worker = new Worker(url, { workerData: data });
        worker.on('error', () => {}); // a failed worker is abandoned; its resamples are computed here
        worker.unref();
        workers.push(worker);
      } catch {
        Atomics.store(control, STATE_SLOT + w, STATE.FAILED);
      }
    }
    try {
      const claim = (): number => {
        const b = Atomics.add(control, NEXT, 1);
        return b < R ? b : -1;
      };
      const mark = (b: number): void => void Atomics.store(done, b, 1);
      runResamples(prepared, job.seed, shared, claim, mark);
      for (let w = 0; w < count; w++) waitFor(control, STATE_SLOT + w, done);
      // whatever a failed or stalled worker claimed and did not finish
      let b = 0;
      const missing = (): number => {
        while (b < R && Atomics.load(done, b) === 1) b++;
        return b < R ? b++ : -1;
      };
      runResamples(prepared, job.seed, shared, missing, mark);
    } finally {
      for (const w of workers) void w.terminate();
    }
    copySeries(shared, series);
    return true;
  };
}

/** waits until the worker at `slot` is done, failed, abandoned (still idle: it never claimed) or stalled */
function waitFor(control: Int32Array, slot: number, done: Uint8Array): void {
  let progress = countDone(done);
  let since = Date.now();
  for (;;) {
    const state = Atomics.load(control, slot);
    if (state === STATE.DONE || state === STATE.FAILED || state === STATE.ABANDONED) return;
    if (state === STATE.IDLE) {
      if (Atomics.compareExchange(control, slot, STATE.IDLE, STATE.ABANDONED) === STATE.IDLE) return;
      continue;
    }
    Atomics.wait(control, slot, state, 200);
    const now = countDone(done);
    if (now !== progress) {
      progress = now;
      since = Date.now();
    } else if (Date.now() - since > STALL_MS) return;
  }
}

function countDone(done: Uint8Array): number {
  let k = 0;
  for (let b = 0; b < done.length; b++) k += Atomics.load(done, b);
  return k;
}

function copySeries(from: ResampleSeries, to: ResampleSeries): void {
  to.candidate.set(from.candidate);
  if (to.baseline && from.baseline) to.baseline.set(from.baseline);
  to.segments.forEach((s, k) => s.set(from.segments[k]!));
}
