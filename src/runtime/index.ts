/**
 * The runtime: where work runs. The entries call `defaultExecutor()` (worker threads when the bundled
 * dist/worker.js is beside them, else the calling thread) and inject it into runGate; tests pick one.
 */
import type { Executor } from '../contract/executor.js';
import { inProcessExecutor } from './in-process.js';
import { threadedExecutor } from './threaded.js';
import { bundledWorkerUrl } from './worker-url.js';

export { inProcessExecutor, type InProcessOptions } from './in-process.js';
export { threadedExecutor, type ThreadedOptions } from './threaded.js';
export { bundledWorkerUrl, WORKER_FILE } from './worker-url.js';

export function defaultExecutor(): Executor {
  const url = bundledWorkerUrl();
  return url ? threadedExecutor({ workerUrl: url }) : inProcessExecutor();
}
