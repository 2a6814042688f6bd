// Loads the SciPy/numpy reference vectors written by scripts/ref_stats.py.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const path = fileURLToPath(new URL('../vectors/stats.json', import.meta.url));
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const VECTORS: any = JSON.parse(readFileSync(path, 'utf8'));

/** relative error |a − b| / |b| (absolute when b = 0) */
export function relErr(a: number, b: number): number {
  if (a === b) return 0;
  return Math.abs(a - b) / (b === 0 ? 1 : Math.abs(b));
}
