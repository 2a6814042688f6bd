/**
 * Bundles the worker entry with esbuild into a fresh temporary folder, as scripts/build.mjs bundles it into
 * dist/ (vitest runs the TypeScript sources, which a worker thread cannot load). Returns the bundle's URL
 * and a function that removes the folder; the folder has a package.json marking it as ESM.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export interface WorkerBundle {
  url: URL;
  dir: string;
  remove(): void;
}

/** `entry` relative to the repository root (default: the one worker entry); `file` the bundle's name */
export async function bundleWorker(
  entry = 'src/runtime/worker.ts',
  file = 'worker.js',
): Promise<WorkerBundle> {
  const dir = mkdtempSync(join(tmpdir(), 'model-gate-worker-'));
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n');
  const outfile = join(dir, file);
  await build({
    entryPoints: [join(import.meta.dirname, '..', '..', entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
  return { url: pathToFileURL(outfile), dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
