// Deterministic samples rebuilt from (generator, seed, n): mirrors sample() in scripts/ref_stats.py, which
// ports createRng (xoshiro128**) to Python, so large reference samples need not be stored in the vectors.
import { createRng } from '../../src/stats/random.js';

export interface SampleSpec {
  gen: 'uniform' | 'irwin' | 'int' | 'ratio';
  seed: number;
  n: number;
  scale?: number;
  shift?: number;
  k?: number;
}

export function makeSample(spec: SampleSpec): Float64Array {
  const r = createRng(spec.seed);
  const scale = spec.scale ?? 1;
  const shift = spec.shift ?? 0;
  const out = new Float64Array(spec.n);
  for (let i = 0; i < spec.n; i++) {
    let v: number;
    if (spec.gen === 'uniform') v = r.nextFloat() * scale + shift;
    else if (spec.gen === 'irwin') {
      let a = r.nextFloat();
      a = a + r.nextFloat();
      a = a + r.nextFloat();
      a = a + r.nextFloat();
      v = (a - 2) * scale + shift;
    } else if (spec.gen === 'int') v = r.nextInt(spec.k!) * scale + shift;
    else {
      const a = r.nextFloat() - 0.5;
      const b = 1 - r.nextFloat();
      v = (a / b) * scale + shift;
    }
    out[i] = v;
  }
  return out;
}
