/**
 * Bootstrap resamples on worker threads, for evaluateMetrics (`IntervalOptions.parallel`), through the
 * executor's shared-memory tasks (contract/executor.ts `share`, kind 'metrics.resamples'). The caller stays
 * synchronous: it starts the workers, computes resamples itself, then waits on a SharedArrayBuffer with
 * Atomics.wait (no event loop needed) for the resamples the workers claimed. Resample b's counts depend
 * only on (seed, b) (bootstrap.ts drawResample), and every thread claims the next unclaimed index from one
 * shared counter, so the report is identical with any number of threads, and threads that start late or
 * run slowly (the gate's drift workers share the cores) just claim fewer resamples.
 *
 * Workers: the executor's threads less the calling one (at least 1 when it has any); none → the caller
 * computes everything. A worker that fails, or has not finished preparing when the caller runs out of
 * resamples, is abandoned; resamples it claimed but did not finish (and any left by a worker that makes no
 * progress for STALL_MS on the executor's clock) are computed on the calling thread. The values are the
 * same whoever computes them. In-process, the "worker" runs to its end inside `share` (./resample-job.ts).
 */
import type { Executor } from '../contract/executor.js';
import { allocateSeries, runResamples, type ParallelRunner, type ResampleSeries } from './bootstrap.js';
import { NEXT, STATE, STATE_SLOT, type MetricsWorkerData } from './resample-job.js';

/** rows × resamples below which starting a thread costs more than it saves */
export const PARALLEL_MIN_WORK = 20_000_000;
/** a running worker that finishes no resample for this long is given up on */
export const STALL_MS = 30_000;

export function sharedResamples(executor: Executor): ParallelRunner {
  return (job, prepared, series) => {
    const count = executor.threads > 0 ? Math.max(1, executor.threads - 1) : 0;
    const R = series.resamples;
    const minWork = executor.eager ? 0 : PARALLEL_MIN_WORK;
    if (count <= 0 || R < 2 || prepared.rows * R < minWork) return false;

    const control = new Int32Array(new SharedArrayBuffer(4 * (STATE_SLOT + count)));
    const done = new Uint8Array(new SharedArrayBuffer(R));
    const shared = allocateSeries(prepared, R, (bytes) => new SharedArrayBuffer(bytes));
    // each worker sees its own state slot: slot STATE_SLOT + w
    const data: MetricsWorkerData[] = Array.from({ length: count }, (_, w) => ({
      job,
      control: control.buffer as SharedArrayBuffer,
      slot: STATE_SLOT + w,
      done: done.buffer as SharedArrayBuffer,
      candidate: shared.candidate.buffer as SharedArrayBuffer,
      baseline: (shared.baseline?.buffer as SharedArrayBuffer | undefined) ?? null,
      segments: shared.segments.map((s) => s.buffer as SharedArrayBuffer),
    }));
    const run = executor.share('metrics.resamples', data);
    run.started.forEach((ok, w) => {
      if (!ok) Atomics.store(control, STATE_SLOT + w, STATE.FAILED);
    });
    try {
      const claim = (): number => {
        const b = Atomics.add(control, NEXT, 1);
        return b < R ? b : -1;
      };
      const mark = (b: number): void => void Atomics.store(done, b, 1);
      runResamples(prepared, job.seed, shared, claim, mark);
      for (let w = 0; w < count; w++) waitFor(control, STATE_SLOT + w, done, executor.now);
      // whatever a failed or stalled worker claimed and did not finish
      let b = 0;
      const missing = (): number => {
        while (b < R && Atomics.load(done, b) === 1) b++;
        return b < R ? b++ : -1;
      };
      runResamples(prepared, job.seed, shared, missing, mark);
    } finally {
      run.release();
    }
    copySeries(shared, series);
    return true;
  };
}

/** waits until the worker at `slot` is done, failed, abandoned (still idle: it never claimed) or stalled */
function waitFor(control: Int32Array, slot: number, done: Uint8Array, now: () => number): void {
  let progress = countDone(done);
  let since = now();
  for (;;) {
    const state = Atomics.load(control, slot);
    if (state === STATE.DONE || state === STATE.FAILED || state === STATE.ABANDONED) return;
    if (state === STATE.IDLE) {
      if (Atomics.compareExchange(control, slot, STATE.IDLE, STATE.ABANDONED) === STATE.IDLE) return;
      continue;
    }
    Atomics.wait(control, slot, state, 200);
    const finished = countDone(done);
    if (finished !== progress) {
      progress = finished;
      since = now();
    } else if (now() - since > STALL_MS) return;
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
