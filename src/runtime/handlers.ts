/**
 * The one table of task kinds: what a worker thread (./worker.ts) or the in-process executor runs for each.
 * Message handlers get their input and a per-worker state (made once per worker by `init`: the drift
 * analysis reuses its sort buffers feature after feature) and return the output with the buffers to hand
 * back; shared handlers run once per worker on their data record. Adding a kind is one entry here (the
 * compiler holds the table to contract/executor.ts's kinds). The readers are imported on first use, so a
 * worker that only analyses features starts without initialising them.
 */
import type { MessageKind, SharedKind } from '../contract/executor.js';
import { analyseNumeric, type NumericTask } from '../drift/analyse.js';
import type { ReadRequest } from '../io/read-task.js';
import { runResampleJob, type MetricsWorkerData } from '../metrics/resample-job.js';
import { SortScratch } from '../stats/index.js';

export interface MessageHandler<I, O, S> {
  init(): S;
  run(
    input: I,
    state: S,
  ): { output: O; transfer: ArrayBuffer[] } | Promise<{ output: O; transfer: ArrayBuffer[] }>;
}

export const MESSAGE_HANDLERS = {
  read: {
    init: () => null,
    // loaded on first use: a drift or metrics worker never initialises the Parquet decoders
    run: async (input: ReadRequest) => (await import('../io/read-task.js')).readTask(input),
  },
  'drift.numeric': {
    init: () => new SortScratch(),
    run: (input: NumericTask, scratch: SortScratch) => ({
      output: analyseNumeric(input, scratch),
      transfer: [],
    }),
  },
} satisfies { [K in MessageKind]: MessageHandler<any, unknown, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any

export const SHARED_HANDLERS = {
  'metrics.resamples': (data: MetricsWorkerData) => runResampleJob(data),
} satisfies { [K in SharedKind]: (data: any) => void }; // eslint-disable-line @typescript-eslint/no-explicit-any

/** what a worker posts back for a message task */
export type Reply =
  | { id: number; ok: true; output: unknown }
  | { id: number; ok: false; message: string; code: string | null; stack: string | null };

/** a message task as posted to a worker */
export interface Request {
  kind: MessageKind;
  id: number;
  input: unknown;
}

/** the data a shared-task worker starts with */
export interface SharedStart {
  kind: SharedKind;
  data: unknown;
}

/** runs one message task of `kind` with `state` (the caller keeps one state per kind and worker) */
export async function runMessage(
  kind: MessageKind,
  input: unknown,
  state: unknown,
): Promise<{ output: unknown; transfer: ArrayBuffer[] }> {
  const handler = MESSAGE_HANDLERS[kind] as MessageHandler<unknown, unknown, unknown>;
  return handler.run(input, state);
}

export function initState(kind: MessageKind): unknown {
  return (MESSAGE_HANDLERS[kind] as MessageHandler<unknown, unknown, unknown>).init();
}

export function runShared(kind: SharedKind, data: unknown): void {
  (SHARED_HANDLERS[kind] as (d: unknown) => void)(data);
}
