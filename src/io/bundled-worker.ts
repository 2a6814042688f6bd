/**
 * Where a worker pool finds its script: `file` beside the running bundle (scripts/build.mjs writes
 * dist/cli.js, dist/action.js and the worker bundles side by side), or null when it is absent — running
 * from the TypeScript sources (vitest), where every pool works in-process instead, with the same results.
 * The one lookup the read, drift and metrics pools share.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function bundledWorkerUrl(file: string): URL | null {
  const url = new URL(`./${file}`, import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : null;
}
