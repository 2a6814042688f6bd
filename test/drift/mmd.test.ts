// MMD against alibi-detect 0.13.0 itself (scripts/ref_mmd.py → test/vectors/mmd.json). Tolerances:
// σ 1e-6 relative (alibi-detect keeps σ as a float32 weight), MMD² 2e-5 absolute (TensorFlow sums the
// kernel in float32), p-values within three Monte-Carlo errors of 1000 permutations plus the +1 (ours
// is (k + 1)/(B + 1), alibi-detect's k/B).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mmdTest } from '../../src/drift/mmd.js';
import { createRng } from '../../src/stats/random.js';

interface Case {
  name: string;
  d: number;
  reference: number[];
  current: number[];
  sigma: number;
  mmd2: number;
  pValue: number;
  permutations: number;
}
const V: { versions: Record<string, string>; cases: Case[] } = JSON.parse(
  readFileSync(fileURLToPath(new URL('../vectors/mmd.json', import.meta.url)), 'utf8'),
);

describe('MMD as alibi-detect', () => {
  it('vectors come from alibi-detect (versions recorded)', () => {
    expect(V.versions['alibi-detect']).toBe('0.13.0');
  });

  it.each(V.cases.map((c) => [c.name, c] as const))('%s: σ, MMD² and the permutation p-value', (_n, c) => {
    const n = c.reference.length / c.d;
    const m = c.current.length / c.d;
    const r = mmdTest(
      Float64Array.from(c.reference),
      n,
      Float64Array.from(c.current),
      m,
      c.d,
      c.permutations,
      createRng(3),
    );
    expect(Math.abs(r.sigma - c.sigma) / c.sigma).toBeLessThan(1e-6);
    expect(Math.abs(r.mmd2 - c.mmd2)).toBeLessThan(2e-5);
    const B = c.permutations;
    const p = Math.min(Math.max(c.pValue, 1 / B), 1 - 1 / B);
    expect(Math.abs(r.pValue - c.pValue)).toBeLessThanOrEqual(3 * Math.sqrt((p * (1 - p)) / B) + 2 / B);
    // never 0: the permutation p-value counts the observed labelling
    expect(r.pValue).toBeGreaterThanOrEqual(1 / (B + 1));
  });

  it('is seeded, and needs two rows a side', () => {
    const c = V.cases[0]!;
    const n = c.reference.length / c.d;
    const m = c.current.length / c.d;
    const run = (seed: number) =>
      mmdTest(Float64Array.from(c.reference), n, Float64Array.from(c.current), m, c.d, 100, createRng(seed));
    expect(run(5)).toEqual(run(5));
    expect(() => mmdTest(Float64Array.of(1), 1, Float64Array.of(1, 2), 2, 1, 10, createRng(1))).toThrow(
      RangeError,
    );
  });
});
