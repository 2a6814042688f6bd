// Shared helpers for benchmarks: timing, peak memory, a place for generated data (not committed).
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Executor } from '../../src/contract/executor.js';
import { threadedExecutor } from '../../src/runtime/index.js';

export const ROOT = process.env.MODEL_GATE_ROOT ?? process.cwd();
/** generated benchmark inputs live here (git-ignored) */
export const BENCH_DATA = join(ROOT, 'bench-data');
mkdirSync(BENCH_DATA, { recursive: true });

let peak = 0;
const timer = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage.rss());
}, 5);
timer.unref();

/** resets the sampled peak RSS (after a gc when exposed) */
export function resetPeak(): void {
  (globalThis as { gc?: () => void }).gc?.();
  peak = process.memoryUsage.rss();
}

export function peakMb(): number {
  peak = Math.max(peak, process.memoryUsage.rss());
  return peak / 2 ** 20;
}

export async function timed<T>(label: string, f: () => T | Promise<T>): Promise<T> {
  resetPeak();
  const t0 = performance.now();
  const result = await f();
  const ms = performance.now() - t0;
  console.log(
    `${label.padEnd(60)} ${(ms / 1000).toFixed(3).padStart(8)} s   peak RSS ${peakMb().toFixed(0).padStart(6)} MB`,
  );
  return result;
}

/**
 * The worker entry (src/runtime/worker.ts) bundled into `dir` as worker.js, as scripts/build.mjs bundles
 * dist/worker.js (esbuild cannot itself be bundled into a bench, so its CLI builds it); returns its URL.
 */
export function buildWorker(dir: string): URL {
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n');
  const built = spawnSync(
    join(ROOT, 'node_modules/esbuild/bin/esbuild'),
    [
      join(ROOT, 'src/runtime/worker.ts'),
      '--bundle',
      '--platform=node',
      '--format=esm',
      '--target=node20',
      '--log-level=warning',
      `--outfile=${join(dir, 'worker.js')}`,
    ],
    { stdio: 'inherit' },
  );
  if (built.status !== 0) throw new Error('bench: bundling the worker failed');
  return pathToFileURL(join(dir, 'worker.js'));
}

/** the threaded executor over a freshly bundled worker in `dir` (`threads` default: one per core) */
export function benchExecutor(dir: string, threads?: number): Executor {
  return threadedExecutor({ workerUrl: buildWorker(dir), ...(threads === undefined ? {} : { threads }) });
}
