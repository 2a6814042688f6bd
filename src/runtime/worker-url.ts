/**
 * Where the threaded executor finds its worker script: dist/worker.js beside the running bundle
 * (scripts/build.mjs writes dist/cli.js, dist/action.js and dist/worker.js side by side), or null when it is
 * absent — running from the TypeScript sources (vitest), where `defaultExecutor` is the in-process one.
 * The one file-system probe of the runtime.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const WORKER_FILE = 'worker.js';

export function bundledWorkerUrl(file: string = WORKER_FILE): URL | null {
  const url = new URL(`./${file}`, import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : null;
}
