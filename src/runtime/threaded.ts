/**
 * The executor on worker threads: the one pool of model-gate. `map` starts up to `threads` workers of the
 * bundled dist/worker.js for one batch of jobs, hands each worker `depth` jobs ahead in the order given
 * (callers order them largest first), the next job to whichever worker answers, and ends the workers when
 * every job has settled. A worker that dies (or exits) fails the jobs it held; its other jobs go to the
 * workers still alive, and when none is, every job not yet handed out fails with the last worker's error. `share`
 * starts one worker per data record with that record as `workerData` and leaves the coordination to the
 * caller (shared memory); unref'd, so an abandoned one never holds the process.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  SKIPPED_JOB,
  type Executor,
  type JobSource,
  jobOf,
  type MapOptions,
  type MessageKind,
  type SharedKind,
  type SharedRun,
} from '../contract/executor.js';
import { GateError, type GateErrorCode } from '../errors.js';
import type { Reply, Request, SharedStart } from './handlers.js';

export interface ThreadedOptions {
  /** the worker script (dist/worker.js) */
  workerUrl: URL;
  /** worker threads; default: the machine's available parallelism */
  threads?: number;
  /** use workers for any input size (tests) */
  eager?: boolean;
}

export function threadedExecutor(options: ThreadedOptions): Executor {
  const threads = Math.max(0, Math.floor(options.threads ?? availableParallelism()));
  return {
    name: 'threaded',
    threads,
    eager: options.eager ?? false,
    map: <I, O>(kind: MessageKind, jobs: readonly JobSource<I>[], opts: MapOptions = {}) =>
      runPool<I, O>(options.workerUrl, threads, kind, jobs, opts),
    share: (kind, data) => startShared(options.workerUrl, kind, data),
    now: () => Date.now(),
  };
}

function errorOf(reply: Extract<Reply, { ok: false }>): Error {
  return reply.code !== null
    ? new GateError(reply.code as GateErrorCode, reply.message)
    : new Error(reply.stack ?? reply.message);
}

async function runPool<I, O>(
  url: URL,
  threads: number,
  kind: MessageKind,
  jobs: readonly JobSource<I>[],
  options: MapOptions,
): Promise<PromiseSettledResult<O>[]> {
  const results: PromiseSettledResult<O>[] = new Array(jobs.length);
  const count = Math.min(threads, jobs.length);
  if (count <= 0) {
    // no thread to run on: the caller decides to run in-process; here every job fails visibly
    for (let i = 0; i < jobs.length; i++)
      results[i] = { status: 'rejected', reason: new Error('no worker threads') };
    options.whileWaiting?.();
    return results;
  }
  const workers = Array.from({ length: count }, () => new Worker(url));
  const held = workers.map(() => new Set<number>());
  const alive = workers.map(() => true);
  let next = 0;
  let settled = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const finish = (i: number, r: PromiseSettledResult<O>): void => {
        if (results[i] !== undefined) return;
        results[i] = r;
        if (++settled === jobs.length) resolve();
      };
      const send = (w: number): void => {
        while (next < jobs.length) {
          const i = next++;
          if (options.skip?.(i)) {
            finish(i, { status: 'rejected', reason: SKIPPED_JOB });
            continue;
          }
          held[w]!.add(i);
          const job = jobOf(jobs[i]!);
          const msg: Request = { kind, id: i, input: job.input };
          workers[w]!.postMessage(msg, (job.transfer ?? []) as ArrayBuffer[]);
          return;
        }
      };
      const lost = (w: number, reason: unknown): void => {
        if (!alive[w]) return;
        alive[w] = false;
        for (const i of held[w]!) finish(i, { status: 'rejected', reason });
        held[w]!.clear();
        if (alive.some(Boolean)) return;
        const why = reason instanceof Error ? reason.message : String(reason);
        const stopped = new Error(`worker stopped before this job: ${why}`);
        while (next < jobs.length) finish(next++, { status: 'rejected', reason: stopped });
      };
      workers.forEach((worker, w) => {
        worker.on('message', (reply: Reply) => {
          held[w]!.delete(reply.id);
          finish(
            reply.id,
            reply.ok
              ? { status: 'fulfilled', value: reply.output as O }
              : { status: 'rejected', reason: errorOf(reply) },
          );
          send(w);
        });
        worker.on('error', (e) => lost(w, e));
        worker.on('exit', (code) => lost(w, new Error(`worker exited (code ${code})`)));
      });
      if (jobs.length === 0) resolve();
      const depth = Math.max(1, Math.floor(options.depth ?? 1));
      for (let round = 0; round < depth; round++) for (let w = 0; w < count; w++) send(w);
      try {
        options.whileWaiting?.();
      } catch (e) {
        reject(e);
      }
    });
  } finally {
    for (let w = 0; w < count; w++) alive[w] = false;
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}

function startShared(url: URL, kind: SharedKind, data: readonly unknown[]): SharedRun {
  const workers: Worker[] = [];
  const started = data.map((d) => {
    try {
      const start: SharedStart = { kind, data: d };
      const worker = new Worker(url, { workerData: start });
      worker.on('error', () => {}); // a failed worker is abandoned; the caller computes its share
      worker.unref();
      workers.push(worker);
      return true;
    } catch {
      return false;
    }
  });
  return { started, release: () => workers.forEach((w) => void w.terminate()) };
}
