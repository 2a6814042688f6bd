/**
 * CDF brackets (src/stats/cdf-bracket.ts): on random samples, compacted and merged brackets still bound
 * the samples' CDFs, and the KS, Wasserstein and ties-free Cramér–von Mises bounds between two brackets
 * hold the exact statistics (scipy's ks_2samp statistic and wasserstein_distance, here from the exact
 * brackets, which must give them exactly).
 */
import { describe, expect, it } from 'vitest';
import {
  boundsAt,
  bracketStatistics,
  bracketWidth,
  compactBracket,
  cramerVonMisesTwoSample,
  createRng,
  ksStatisticSorted,
  mergeBrackets,
  nextUp,
  sampleBracket,
  wassersteinSorted,
} from '../../src/stats/index.js';

function sample(seed: number, n: number, shift: number, ties: boolean): Float64Array {
  const rng = createRng(seed);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const u = Math.max(rng.nextFloat(), 1e-12);
    const x = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextFloat()) + shift;
    out[i] = ties ? Math.round(x * 10) / 10 : x;
  }
  return out.sort();
}

/** #{x ≤ t} of a sorted sample */
const countAtMost = (s: Float64Array, t: number): number => {
  let k = 0;
  while (k < s.length && s[k]! <= t) k++;
  return k;
};

describe('CDF brackets', () => {
  it('nextUp is the next double', () => {
    expect(nextUp(1)).toBe(1 + Number.EPSILON);
    expect(nextUp(-1)).toBeGreaterThan(-1);
    expect(nextUp(0)).toBe(Number.MIN_VALUE);
  });

  it.each([false, true])('a compacted bracket bounds the sample everywhere (ties %s)', (ties) => {
    const s = sample(1, 3000, 0, ties);
    const b = compactBracket(sampleBracket(s), 100);
    expect(b.points.length).toBeLessThanOrEqual(100);
    for (let t = -4; t <= 4; t += 0.013) {
      const [lo, hi] = boundsAt(b, t);
      const c = countAtMost(s, t);
      expect(c).toBeGreaterThanOrEqual(lo);
      expect(c).toBeLessThanOrEqual(hi);
    }
    // about n / k wide, not more than twice that
    expect(bracketWidth(b)).toBeLessThanOrEqual((2 * 3000) / 100);
  });

  it('two compacted brackets add into a bracket of the union', () => {
    const a = sample(2, 2000, 0, false);
    const b = sample(3, 1500, 0.4, false);
    const m = mergeBrackets(compactBracket(sampleBracket(a), 80), compactBracket(sampleBracket(b), 80));
    const u = Float64Array.from([...a, ...b]).sort();
    expect(m.n).toBe(3500);
    for (let t = -4; t <= 4; t += 0.017) {
      const [lo, hi] = boundsAt(m, t);
      const c = countAtMost(u, t);
      expect(c).toBeGreaterThanOrEqual(lo);
      expect(c).toBeLessThanOrEqual(hi);
    }
  });

  it.each([0, 0.05, 0.5])('KS, W1 and CvM bounds hold the exact statistics (shift %s)', (shift) => {
    const r = sample(4, 2500, 0, false);
    const c = sample(5, 1800, shift, false);
    const exact = bracketStatistics(sampleBracket(r), sampleBracket(c), true);
    expect(exact.ks.lower).toBe(exact.ks.upper);
    expect(exact.ks.estimate).toBeCloseTo(ksStatisticSorted(r, c), 12);
    expect(exact.wasserstein.estimate).toBeCloseTo(wassersteinSorted(r, c), 10);
    // no ties: the ties-free form is scipy's statistic
    const t = cramerVonMisesTwoSample(r, c, 'asymptotic').statistic;
    expect(Math.abs(exact.cramerVonMises!.estimate - t)).toBeLessThanOrEqual(1e-9 * Math.max(1, t));
    for (const k of [50, 400]) {
      const bounded = bracketStatistics(
        compactBracket(sampleBracket(r), k),
        compactBracket(sampleBracket(c), k),
        true,
      );
      for (const key of ['ks', 'wasserstein', 'cramerVonMises'] as const) {
        const x = exact[key]!.estimate;
        expect(x, `${key} at ${k}`).toBeGreaterThanOrEqual(bounded[key]!.lower - 1e-12);
        expect(x, `${key} at ${k}`).toBeLessThanOrEqual(bounded[key]!.upper + 1e-12);
      }
      // KS bounds are at most the two rank errors wide
      const w =
        bracketWidth(compactBracket(sampleBracket(r), k)) / 2500 +
        bracketWidth(compactBracket(sampleBracket(c), k)) / 1800;
      expect(bounded.ks.upper - bounded.ks.lower).toBeLessThanOrEqual(w + 1e-12);
    }
  });
});
