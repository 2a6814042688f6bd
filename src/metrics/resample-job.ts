/**
 * The shared-memory resample job (the runtime's 'metrics.resamples' kind, src/runtime/handlers.ts): computes
 * bootstrap resamples for src/metrics/parallel.ts with the same functions the calling thread runs, so every
 * resample's values are identical whichever thread computed them. Protocol (all through SharedArrayBuffers, so the main thread can
 * wait synchronously): `control` = Int32Array [next resample to claim, state]; the worker moves state from
 * IDLE to RUNNING (unless the main thread gave up on it first), claims resamples with Atomics.add until
 * none are left, marks each finished one in `done`, and ends in DONE or FAILED, notifying the waiter.
 */
import { prepareJob, runResamples, type ResampleJob, type ResampleSeries } from './bootstrap.js';

export const STATE = { IDLE: 0, RUNNING: 1, DONE: 2, FAILED: 3, ABANDONED: 4 } as const;
/** Int32 slots of the control buffer: the claim counter, then one state per worker */
export const NEXT = 0;
export const STATE_SLOT = 1;

export interface MetricsWorkerData {
  job: ResampleJob;
  control: SharedArrayBuffer;
  /** this worker's state slot in `control` */
  slot: number;
  done: SharedArrayBuffer;
  candidate: SharedArrayBuffer;
  baseline: SharedArrayBuffer | null;
  segments: SharedArrayBuffer[];
}

export function runResampleJob(data: MetricsWorkerData): void {
  const control = new Int32Array(data.control);
  const done = new Uint8Array(data.done);
  try {
    const prepared = prepareJob(data.job);
    if (Atomics.compareExchange(control, data.slot, STATE.IDLE, STATE.RUNNING) !== STATE.IDLE) return;
    const R = Math.max(0, Math.floor(data.job.resamples));
    const series: ResampleSeries = {
      resamples: R,
      candidate: new Float64Array(data.candidate),
      baseline: data.baseline ? new Float64Array(data.baseline) : null,
      segments: data.segments.map((s) => new Float64Array(s)),
    };
    const claim = (): number => {
      const b = Atomics.add(control, NEXT, 1);
      return b < R ? b : -1;
    };
    runResamples(prepared, data.job.seed, series, claim, (b) => Atomics.store(done, b, 1));
    Atomics.store(control, data.slot, STATE.DONE);
  } catch {
    // the main thread recomputes whatever this worker claimed and did not finish
    Atomics.compareExchange(control, data.slot, STATE.IDLE, STATE.FAILED);
    Atomics.compareExchange(control, data.slot, STATE.RUNNING, STATE.FAILED);
  }
  Atomics.notify(control, data.slot);
}
