/**
 * The one worker-thread entry, bundled as dist/worker.js by scripts/build.mjs. Started with `workerData`
 * it runs that shared-memory task and ends; otherwise it answers message tasks, dispatching on their kind
 * to src/runtime/handlers.ts — the functions the in-process executor calls, so results are identical
 * either way. Errors come back as their message, with the GateError code when there is one (the caller
 * rethrows them as such, so the user sees the reader's one line).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { isGateError } from '../errors.js';
import { initState, runMessage, runShared, type Reply, type Request, type SharedStart } from './handlers.js';

const start = workerData as SharedStart | undefined;
const port = parentPort;
if (start && typeof start === 'object' && 'kind' in start) runShared(start.kind, start.data);
else if (port) {
  const states = new Map<string, unknown>();
  port.on('message', (msg: Request) => {
    if (!states.has(msg.kind)) states.set(msg.kind, initState(msg.kind));
    const reply = (r: Reply, transfer: ArrayBuffer[] = []): void => port.postMessage(r, transfer);
    runMessage(msg.kind, msg.input, states.get(msg.kind)).then(
      ({ output, transfer }) => reply({ id: msg.id, ok: true, output }, transfer),
      (e: unknown) =>
        reply({
          id: msg.id,
          ok: false,
          message: e instanceof Error ? e.message : String(e),
          code: isGateError(e) ? e.code : null,
          stack: e instanceof Error ? (e.stack ?? null) : null,
        }),
    );
  });
}
