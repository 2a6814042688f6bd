// Shared helpers for benchmarks: timing, peak memory, a place for generated data (not committed).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

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
