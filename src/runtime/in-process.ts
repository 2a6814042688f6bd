/**
 * The executor on the calling thread: the same handlers (./handlers.ts) the workers run, called here, so
 * unit and golden tests run the workers' code under vitest and get the threaded executor's results.
 * `threads` (default 0) is how many workers it pretends to have: with 1 or more, the computations take
 * their threaded paths (jobs, shared-memory resamples) and every job runs here in order; a shared job runs
 * to its end inside `share`, before the caller starts its own part. No buffer is moved or copied.
 */
import {
  SKIPPED_JOB,
  type Executor,
  type JobSource,
  jobOf,
  type MapOptions,
  type MessageKind,
} from '../contract/executor.js';
import { initState, runMessage, runShared } from './handlers.js';

export interface InProcessOptions {
  /** workers to pretend: 0 = the computations take their single-thread paths */
  threads?: number;
  /** take the threaded paths whatever the input size (tests) */
  eager?: boolean;
  /** the clock for stall timers; default Date.now */
  now?: () => number;
}

export function inProcessExecutor(options: InProcessOptions = {}): Executor {
  return {
    name: 'in-process',
    threads: Math.max(0, Math.floor(options.threads ?? 0)),
    eager: options.eager ?? false,
    map: <I, O>(kind: MessageKind, jobs: readonly JobSource<I>[], opts: MapOptions = {}) =>
      runHere<I, O>(kind, jobs, opts),
    share: (kind, data) => {
      for (const d of data) runShared(kind, d);
      return { started: data.map(() => true), release: () => {} };
    },
    now: options.now ?? (() => Date.now()),
  };
}

async function runHere<I, O>(
  kind: MessageKind,
  jobs: readonly JobSource<I>[],
  options: MapOptions,
): Promise<PromiseSettledResult<O>[]> {
  const state = initState(kind);
  const results: PromiseSettledResult<O>[] = [];
  for (let i = 0; i < jobs.length; i++) {
    if (options.skip?.(i)) {
      results.push({ status: 'rejected', reason: SKIPPED_JOB });
      continue;
    }
    try {
      const { output } = await runMessage(kind, jobOf(jobs[i]!).input, state);
      results.push({ status: 'fulfilled', value: output as O });
    } catch (e) {
      results.push({ status: 'rejected', reason: e });
    }
  }
  options.whileWaiting?.();
  return results;
}
