/**
 * Where work runs, as the computations see it: the interface src/runtime implements twice — on worker
 * threads (`threadedExecutor`, what the CLI and the action inject) and in the calling thread
 * (`inProcessExecutor`, what unit and golden tests use, so the code a worker runs is exercised under
 * vitest). Every task kind has one handler (src/runtime/handlers.ts) that both run; results are the same
 * whichever ran them. Types, and `jobOf`.
 *
 * Two shapes of work:
 * - `map`: message tasks of one kind, each job an input (with buffers handed over, `transfer`) answered by
 *   one output; outcomes come back settled, in job order (reads report every file's own error; drift rethrows
 *   the first).
 * - `share`: a shared-memory job (the bootstrap's claim counter): one worker per data record, coordinated by
 *   the caller through SharedArrayBuffers and Atomics, so the caller may stay synchronous.
 */

/** message task kinds (handlers: src/runtime/handlers.ts) */
export type MessageKind = 'read' | 'drift.numeric';
/** shared-memory task kinds */
export type SharedKind = 'metrics.resamples';

export interface Job<I> {
  input: I;
  /** buffers moved to the worker with the input (detached here afterwards); none in-process */
  transfer?: readonly ArrayBuffer[];
}

/** a job, or how to make it when it is handed out (so a copy it needs is made then, not all at once) */
export type JobSource<I> = Job<I> | (() => Job<I>);

export function jobOf<I>(source: JobSource<I>): Job<I> {
  return typeof source === 'function' ? source() : source;
}

export interface MapOptions {
  /** jobs handed to each worker ahead of its results (default 1); jobs go out in the order given */
  depth?: number;
  /** consulted as each job is about to be handed out: true = not run (rejected with SKIPPED_JOB) */
  skip?: (index: number) => boolean;
  /** runs on the calling thread once the first jobs are out (in-process: after the jobs) */
  whileWaiting?: () => void;
}

/** the reason a skipped job is rejected with */
export const SKIPPED_JOB = 'skipped';

export interface SharedRun {
  /** per data record: whether its worker was started (a failed start leaves its state untouched) */
  readonly started: readonly boolean[];
  /** ends the workers (they may still be running when the caller no longer waits for them) */
  release(): void;
}

export interface Executor {
  readonly name: 'threaded' | 'in-process';
  /** worker threads the work may use besides the calling one; 0 = everything on the calling thread */
  readonly threads: number;
  /** use the workers whatever the input size (tests): the size thresholds of io, drift and metrics are off */
  readonly eager: boolean;
  map<I, O>(
    kind: MessageKind,
    jobs: readonly JobSource<I>[],
    options?: MapOptions,
  ): Promise<PromiseSettledResult<O>[]>;
  share(kind: SharedKind, data: readonly unknown[]): SharedRun;
  /** milliseconds, for stall timers (injectable so nothing pure reads the clock) */
  now(): number;
}
